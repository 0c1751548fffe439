import type { Copy, PremisEvent } from '@duphong/core';
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
} & (
  | { kind: 'file'; absolute: string }
  /** Bytes the object already holds (a layout upgrade): nothing to stage. */
  | { kind: 'stored'; sha256: string }
  /** An entry of a submitted package, opened when its turn comes. */
  | { kind: 'stream'; open: () => Promise<AsyncIterable<Uint8Array>> }
);

export interface WriteVersionRequest {
  fileCode: string;
  title: string;
  sources: VersionSource[];
  /** Events of this version besides the ones every write records. */
  events?: (objectId: string, created: string) => PremisEvent[];
  /** What to call the write in the messages ("thư mục nguồn", "gói SIP", …). */
  origin: string;
  description?: Record<string, string>;
  fondsCode?: string;
  type?: 'Mixed' | 'Collection';
  /** Write a new version even when the content is unchanged (a metadata or layout change). */
  force?: boolean;
  onProgress?: (done: number, total: number, bytes: number) => void;
}

export interface IngestResult {
  object: string;
  fileCode: string;
  version: number;
  unchanged: boolean;
  files: number;
  bytes: number;
  copies: Array<{ site: string; status: Copy['status'] }>;
  policy: { met: boolean; shortfalls: string[] };
}
