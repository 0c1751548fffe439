import type { DigestAlgorithm } from '../ports/bytes.js';

export interface TreeEntry {
  name: string;
  /** `other` = symlink, device, fifo…: never valid inside an OCFL object. */
  kind: 'file' | 'dir' | 'other';
}

/**
 * Read access to a tree (an OCFL object or storage root) for the validator and reader.
 * Paths are relative to the tree's root, `/`-separated, '' for the root itself.
 * Adapters: a filesystem folder, and a BlobStore site (where empty folders cannot exist).
 */
export interface OcflTree {
  /** Direct children of `path`, or undefined if `path` is not a folder. */
  readDir(path: string): Promise<TreeEntry[] | undefined>;
  /** Whole file (only for small files: inventories, sidecars, declarations). */
  readFile(path: string): Promise<Uint8Array>;
  /** Streaming digest of a file. */
  digest(path: string, algorithm: DigestAlgorithm): Promise<string>;
}
