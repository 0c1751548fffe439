import type { AipContentFile, FileFormat } from '../aip/object-aip.js';

/** One content file of the version being written, wherever its bytes come from. */
export type VersionSource = {
  /** Path under representations/rep1/data/ (NFC, `/`-separated). */
  relative: string;
  size: number;
  originalRelative?: string;
  format?: FileFormat;
  description?: AipContentFile['description'];
  holey?: boolean;
  /** An attachment (an original scan) of the document whose `relative` this is. */
  attachmentOf?: string;
} & (
  | { kind: 'file'; absolute: string }
  /** Bytes the object already holds (a layout upgrade): nothing to stage. */
  | { kind: 'stored'; sha256: string }
  /** An entry of a submitted package, opened when its turn comes. */
  | { kind: 'stream'; open: () => Promise<AsyncIterable<Uint8Array>> }
);
