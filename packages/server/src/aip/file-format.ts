import { collect, identifyFormat, type BlobStore, type FormatIdentification } from '@duphong/core';
import { identifyFile } from '../formats/identify-file.js';
import type { FileFormat } from './object-aip.js';

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

/** Pass a stream through unchanged, keeping (a copy of) its first 64 KiB. */
export function headCapture(stream: AsyncIterable<Uint8Array>): { stream: AsyncIterable<Uint8Array>; bytes: () => Uint8Array } {
  const head = new Uint8Array(WINDOW);
  let filled = 0;
  return {
    stream: (async function* () {
      for await (const chunk of stream) {
        if (filled < WINDOW) {
          const take = Math.min(WINDOW - filled, chunk.byteLength);
          head.set(chunk.subarray(0, take), filled);
          filled += take;
        }
        yield chunk;
      }
    })(),
    bytes: () => head.subarray(0, filled),
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
