import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import type { BagAlgorithm } from '@duphong/core';

export type Digests = Map<BagAlgorithm, string>;

/** Hashes a byte stream once with every algorithm; memory stays at one chunk whatever the size. */
export async function digestStream(
  stream: AsyncIterable<Uint8Array>,
  algorithms: Iterable<BagAlgorithm>,
): Promise<{ digests: Digests; size: number }> {
  const hashers = new Map<BagAlgorithm, Hash>([...algorithms].map((a) => [a, createHash(a)]));
  let size = 0;
  for await (const chunk of stream) {
    size += chunk.length;
    for (const h of hashers.values()) h.update(chunk);
  }
  return { digests: new Map([...hashers].map(([a, h]) => [a, h.digest('hex')])), size };
}

export function digestBytes(bytes: Uint8Array, algorithms: Iterable<BagAlgorithm>): Digests {
  return new Map([...algorithms].map((a) => [a, createHash(a).update(bytes).digest('hex')]));
}

/**
 * Reads each wanted file once and computes all its algorithms. Files whose bytes are already in
 * memory (the small tag files) are hashed from there. Unreadable files are reported, not thrown.
 */
export async function digestFiles(
  root: string,
  wanted: ReadonlyMap<string, ReadonlySet<BagAlgorithm>>,
  inMemory: ReadonlyMap<string, Uint8Array> = new Map(),
): Promise<{ digests: Map<string, Digests>; unreadable: Map<string, string> }> {
  const digests = new Map<string, Digests>();
  const unreadable = new Map<string, string>();
  for (const [path, algorithms] of wanted) {
    const bytes = inMemory.get(path);
    if (bytes) {
      digests.set(path, digestBytes(bytes, algorithms));
      continue;
    }
    try {
      const stream = createReadStream(join(root, path), { highWaterMark: 1024 * 1024 });
      digests.set(path, (await digestStream(stream, algorithms)).digests);
    } catch (error) {
      unreadable.set(path, (error as NodeJS.ErrnoException).code ?? (error as Error).message);
    }
  }
  return { digests, unreadable };
}
