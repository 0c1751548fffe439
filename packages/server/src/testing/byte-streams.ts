import { createHash } from 'node:crypto';
import type { ByteStream } from '@duphong/core';

const MiB = 1 << 20;

/**
 * Deterministic pseudo-random bytes, generated chunk by chunk so a 40 MiB (or 4 GiB) test blob is
 * never in memory at once. Each chunk starts with its index, so swapped or repeated parts show.
 * Stream it twice to get the same bytes again (e.g. once to store, once to compute the digest).
 */
export async function* patternStream(size: number, seed = 'duphong', chunkSize = MiB): AsyncGenerator<Uint8Array> {
  const block = expand(seed, chunkSize);
  for (let at = 0, index = 0; at < size; at += chunkSize, index++) {
    const chunk = Buffer.from(block.subarray(0, Math.min(chunkSize, size - at)));
    const label = Buffer.from(`#${index};`);
    label.copy(chunk, 0, 0, Math.min(label.length, chunk.length));
    yield chunk;
  }
}

/** Yields `bytesBefore` bytes of pattern, then throws: a source that dies midway. */
export async function* failingStream(
  bytesBefore: number,
  error = new Error('nguồn dữ liệu bị lỗi giữa chừng'),
): AsyncGenerator<Uint8Array> {
  yield* patternStream(bytesBefore, 'failing');
  throw error;
}

export async function sha256Of(stream: ByteStream): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk);
    size += chunk.byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

export function sha256Hex(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function expand(seed: string, length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let at = 0, n = 0; at < length; n++) {
    at += createHash('sha512').update(`${seed}:${n}`).digest().copy(out, at);
  }
  return out;
}
