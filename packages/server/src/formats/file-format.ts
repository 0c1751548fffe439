import { collect, identifyFormat, type BlobStore, type FormatIdentification } from '@duphong/core';
import { identifyFile } from './identify-file.js';

/** A file's format as PREMIS and METS record it. */
export interface FileFormat {
  puid?: string;
  name: string;
  version?: string;
  mime: string;
}

/** What PREMIS and METS record of an identification. */
export function toFileFormat(id: FormatIdentification): FileFormat {
  return {
    name: id.formatName,
    mime: id.mime,
    ...(id.puid !== null && { puid: id.puid }),
    ...(id.formatVersion !== undefined && { version: id.formatVersion }),
  };
}

/** A source file on disk: two bounded reads (head and tail), magic bytes → PRONOM. */
export async function identifySourceFile(absolute: string, name?: string): Promise<FileFormat> {
  return toFileFormat(await identifyFile(absolute, name));
}

const WINDOW = 64 * 1024;

export const UNKNOWN_FORMAT: FileFormat = { name: 'unknown', mime: 'application/octet-stream' };

/**
 * Keeps copies of the first and last 64 KiB of bytes seen once (while a file is staged), so the
 * format is identified without reading the file again. With the size known up front only the two
 * windows are copied; buffers are reused (a small pool), since allocating 128 KiB per file showed
 * up as GC time when ingesting thousands of small files.
 */
export class EndsCapture {
  private static readonly pool: Uint8Array[] = [];
  private buffer: Uint8Array;
  private headFilled = 0;
  private tailFilled = 0;
  private readonly tailStart: number;
  size = 0;

  constructor(private readonly expectedSize: number) {
    this.buffer = EndsCapture.pool.pop() ?? new Uint8Array(2 * WINDOW);
    this.tailStart = Math.max(WINDOW, expectedSize - WINDOW);
  }

  readonly observe = (chunk: Uint8Array): void => {
    const at = this.size;
    this.size += chunk.byteLength;
    if (at < WINDOW) {
      const take = Math.min(WINDOW - at, chunk.byteLength);
      this.buffer.set(chunk.subarray(0, take), at);
      this.headFilled = at + take;
    }
    // The tail window [expectedSize - 64 KiB, expectedSize), beyond the head (a source that grows is refused later).
    const from = Math.max(at, this.tailStart);
    const to = Math.min(this.size, this.expectedSize);
    if (to > from) {
      this.buffer.set(chunk.subarray(from - at, to - at), WINDOW + (from - this.tailStart));
      this.tailFilled = Math.max(this.tailFilled, to - this.tailStart);
    }
  };

  /** The first and the last (up to) 64 KiB seen; the tail is empty when the head holds the whole file. */
  ends(): { head: Uint8Array; tail: Uint8Array } {
    return { head: this.buffer.subarray(0, this.headFilled), tail: this.buffer.subarray(WINDOW, WINDOW + this.tailFilled) };
  }

  /** Identify, then give the buffer back. */
  identify(name: string): FormatIdentification {
    const { head, tail } = this.ends();
    const result = identifyFormat(tail.byteLength > 0 ? { head, tail, name, size: this.size } : { head, name, size: this.size });
    if (EndsCapture.pool.length < 8) EndsCapture.pool.push(this.buffer);
    this.buffer = new Uint8Array(0);
    return result;
  }
}

/** Pass a stream through unchanged, capturing its ends (a package entry is read only once). */
export function headCapture(
  stream: AsyncIterable<Uint8Array>,
  expectedSize: number,
): { stream: AsyncIterable<Uint8Array>; ends: EndsCapture } {
  const ends = new EndsCapture(expectedSize);
  return {
    stream: (async function* () {
      for await (const chunk of stream) {
        ends.observe(chunk);
        yield chunk;
      }
    })(),
    ends,
  };
}

/** Bytes already stored (a layout upgrade, a SIP entry): the first 64 KiB decide. */
export async function identifyStoredFile(store: BlobStore, key: string, name: string, size: number): Promise<FileFormat> {
  const head = await firstBytes(await store.get(key), WINDOW);
  return toFileFormat(identifyFormat({ head, name, size }));
}

/** The first `max` bytes of a stream; the rest is not read (the iterator is closed). */
export async function firstBytes(stream: AsyncIterable<Uint8Array>, max: number): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    parts.push(chunk);
    total += chunk.byteLength;
    if (total >= max) break;
  }
  return (
    await collect(
      (async function* () {
        yield* parts;
      })(),
    )
  ).subarray(0, max);
}
