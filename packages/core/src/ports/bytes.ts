/** Bytes cross every port as an async iterable of chunks, so nothing needs the whole file in memory. */
export type ByteStream = AsyncIterable<Uint8Array>;

export type DigestAlgorithm = 'sha256' | 'sha512' | 'sha1' | 'md5' | 'blake2b-512';

/** Incremental hash, provided by the server (node:crypto); core stays free of I/O and natives. */
export interface HashState {
  update(chunk: Uint8Array): void;
  /** Lower-case hex. May be called once. */
  digest(): string;
}

export interface Hasher {
  create(algorithm: DigestAlgorithm): HashState;
}

export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export function fromUtf8(bytes: Uint8Array): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(bytes);
}

export async function* streamOf(bytes: Uint8Array): ByteStream {
  yield bytes;
}

export async function collect(stream: ByteStream, limit = Number.MAX_SAFE_INTEGER): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    total += chunk.byteLength;
    if (total > limit) throw new RangeError(`stream larger than ${limit} bytes`);
    parts.push(chunk);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
