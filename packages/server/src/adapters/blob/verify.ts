import { createHash, type Hash } from 'node:crypto';
import { BlobStoreError } from '@duphong/core';
import type { ByteStream, PutOptions } from '@duphong/core';

/**
 * Counts (and, when a digest is expected, hashes) bytes on their way to storage, so a put can be
 * verified without reading the blob again.
 */
export class WriteVerifier {
  private readonly hash: Hash | undefined;
  size = 0;
  /** Set when the *source* failed, so adapters rethrow it untouched instead of blaming the store. */
  sourceError: unknown = undefined;

  constructor(
    private readonly key: string,
    private readonly expected: PutOptions = {},
  ) {
    this.hash = expected.sha256 === undefined ? undefined : createHash('sha256');
  }

  /** Feed one chunk; fails early when the stream is already longer than the expected size. */
  update(chunk: Uint8Array): void {
    this.size += chunk.byteLength;
    this.hash?.update(chunk);
    if (this.expected.size !== undefined && this.size > this.expected.size) {
      throw mismatch(this.key, `kích thước vượt quá ${this.expected.size} byte mong đợi`);
    }
  }

  /** Passes every chunk through `update`. */
  async *tap(data: ByteStream): AsyncGenerator<Uint8Array> {
    const it = data[Symbol.asyncIterator]();
    try {
      for (;;) {
        let next: IteratorResult<Uint8Array>;
        try {
          next = await it.next();
        } catch (err) {
          this.sourceError = err;
          throw err;
        }
        if (next.done) return;
        this.update(next.value);
        yield next.value;
      }
    } finally {
      // Stop the source if the consumer stopped early (error on the write side).
      await it.return?.().catch(() => undefined);
    }
  }

  /** Throws DIGEST_MISMATCH if what went through differs from what was promised. */
  check(): void {
    const { size, sha256 } = this.expected;
    if (size !== undefined && this.size !== size) {
      throw mismatch(this.key, `kích thước mong đợi ${size} byte, thực tế ${this.size} byte`);
    }
    if (sha256 !== undefined && this.hash) {
      const actual = this.hash.digest('hex');
      if (actual !== sha256.toLowerCase()) {
        throw mismatch(this.key, `SHA-256 mong đợi ${sha256}, thực tế ${actual}`);
      }
    }
  }
}

function mismatch(key: string, detail: string): BlobStoreError {
  return new BlobStoreError(
    'DIGEST_MISMATCH',
    key,
    `Dữ liệu ghi vào ${JSON.stringify(key)} không khớp: ${detail}; không lưu gì (digest mismatch)`,
  );
}
