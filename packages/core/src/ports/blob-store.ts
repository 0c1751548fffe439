import type { ByteStream } from './bytes.js';

export interface BlobInfo {
  key: string;
  size: number;
}

export interface PutOptions {
  /** When known in advance (repair, replication): the store verifies while writing and keeps nothing on mismatch. */
  sha256?: string;
  size?: number;
  /** Skip the per-blob flush to stable storage; the caller calls `flush()` before relying on it (bulk staging). */
  deferSync?: boolean;
}

export interface ProbeResult {
  online: boolean;
  writable: boolean;
  freeBytes?: number;
  message?: string;
  /**
   * The store's root itself does not exist (its folder or bucket): deleted, or a disk that is not
   * mounted. Either way nothing on it can be read; the audit marks its copies missing.
   */
  vanished?: boolean;
}

/** Why a store operation failed; drives exit codes (UNAVAILABLE/FULL → 4) and messages. */
export type BlobErrorKind = 'NOT_FOUND' | 'UNAVAILABLE' | 'FULL' | 'PERMISSION' | 'DIGEST_MISMATCH' | 'INVALID_KEY' | 'CONFLICT';

export class BlobStoreError extends Error {
  constructor(
    readonly kind: BlobErrorKind,
    readonly key: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BlobStoreError';
  }
}

/**
 * One storage site's bytes. Keys are `/`-separated relative paths, NFC, no `..`, no leading `/`.
 * Adapters: filesystem and S3. Every adapter passes the shared contract suite.
 */
export interface BlobStore {
  readonly description: string;
  /** Stream to `key`, replacing it; returns what was written. Never leaves a partial blob at `key` on failure. */
  put(key: string, data: ByteStream, options?: PutOptions): Promise<{ size: number }>;
  /** The blob's bytes as a stream; NOT_FOUND if absent. */
  get(key: string): Promise<ByteStream>;
  head(key: string): Promise<BlobInfo | undefined>;
  /** Read the stored blob back and hash it (a copy counts only once re-read); NOT_FOUND if absent. */
  digest(key: string): Promise<{ sha256: string; size: number }>;
  /** Every blob whose key starts with `prefix` (recursive), in key order. */
  list(prefix: string): AsyncIterable<BlobInfo>;
  /** Idempotent: deleting an absent key is not an error. */
  delete(key: string): Promise<void>;
  /** Make the staged blob visible at `finalKey` atomically (rename on a filesystem, copy-verify-delete on S3). */
  commit(stagingKey: string, finalKey: string): Promise<void>;
  /** Commit many staged blobs; all are durable when it resolves (one flush instead of one per blob). */
  commitMany(moves: Array<{ from: string; to: string }>): Promise<void>;
  /** Make every completed write durable (fs: syncfs of the site's filesystem; S3: writes are durable on success). */
  flush(): Promise<void>;
  probe(): Promise<ProbeResult>;
  /**
   * Remove what interrupted writes left under the folder `prefix` (ends with `/`): temp files,
   * unfinished multipart uploads, empty folders. Journal recovery calls it after a crash.
   */
  sweep(prefix: string): Promise<void>;
}
