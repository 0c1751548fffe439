import { open, type FileHandle } from 'node:fs/promises';
import { basename } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { identifyFormat, type FormatIdentification } from '@duphong/core';

/** How much of each end of a file identification reads: never the whole file. */
export const WINDOW = 64 * 1024;
// An ODF manifest is a few KiB; anything bigger than this is not worth inflating to learn a version.
const MANIFEST_LIMIT = 256 * 1024;

async function readAt(file: FileHandle, position: number, length: number): Promise<Uint8Array> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await file.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return buffer.subarray(0, done);
}

/**
 * Identify a file by its first and last 64 KiB (two bounded reads). For ODF, whose version sits in a
 * deflated manifest, the manifest alone is read and inflated (bounded) when the central directory
 * lies in the tail.
 */
export async function identifyFile(path: string, name = basename(path)): Promise<FormatIdentification> {
  const file = await open(path, 'r');
  try {
    const { size } = await file.stat();
    const head = await readAt(file, 0, Math.min(WINDOW, size));
    const tail = size > WINDOW ? await readAt(file, size - WINDOW, WINDOW) : undefined;
    const result = identifyFormat(tail ? { head, tail, name, size } : { head, name, size });
    if (!result.findings?.some((f) => f.code === 'DP-FMT-VERSION-ASSUMED')) return result;
    const manifest = await readZipEntry(file, size, tail ?? head, 'META-INF/manifest.xml');
    return manifest ? identifyFormat({ ...(tail ? { head, tail } : { head }), name, size, containerText: manifest }) : result;
  } finally {
    await file.close();
  }
}

/** One small entry of a ZIP whose central directory is in `end` (the last bytes of the file). */
async function readZipEntry(file: FileHandle, size: number, end: Uint8Array, wanted: string): Promise<string | undefined> {
  const buf = Buffer.from(end.buffer, end.byteOffset, end.byteLength);
  const endStart = size - buf.length;
  const eocd = buf.lastIndexOf(Buffer.from('PK\u0005\u0006', 'latin1'));
  if (eocd < 0 || eocd + 22 > buf.length) return undefined;
  let at = buf.readUInt32LE(eocd + 16) - endStart;
  const count = buf.readUInt16LE(eocd + 10);
  for (let i = 0; i < count && at >= 0 && at + 46 <= buf.length && buf.readUInt32LE(at) === 0x02014b50; i++) {
    const method = buf.readUInt16LE(at + 10);
    const compressed = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const skip = buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const entryName = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + skip;
    if (entryName !== wanted) continue;
    if (compressed > MANIFEST_LIMIT || (method !== 0 && method !== 8)) return undefined;
    const header = Buffer.from(await readAt(file, local, 30));
    if (header.length < 30 || header.readUInt32LE(0) !== 0x04034b50) return undefined;
    const dataStart = local + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
    const data = await readAt(file, dataStart, compressed);
    try {
      const bytes = method === 8 ? inflateRawSync(data, { maxOutputLength: MANIFEST_LIMIT * 4 }) : data;
      return Buffer.from(bytes).toString('utf8');
    } catch {
      return undefined; // a damaged entry: keep the assumed version and its warning
    }
  }
  return undefined;
}
