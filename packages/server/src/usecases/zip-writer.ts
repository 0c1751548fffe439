import { createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { PassThrough, Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { BlobStore, Hasher } from '@duphong/core';

/** A zip entry: bytes made now (metadata) or a stored blob that must hash to `sha256` on the way. */
export type ZipEntrySource = { path: string; bytes: Uint8Array } | { path: string; store: BlobStore; key: string; sha256: string };

/** A stored blob did not hash to what the inventory says while being zipped. */
export class ZipSourceMismatch extends Error {}

/** Already-compressed formats are stored; XML and text are deflated. */
const DEFLATE = /\.(xml|xsd|txt|csv|htm|html|rtf|json)$/i;

/**
 * Stream entries into `target` (written as `target.part`, fsynced, then renamed): one entry at a
 * time, memory flat, no temporary copy. Stored blobs are re-hashed while zipped; on a mismatch the
 * partial file is removed and ZipSourceMismatch is thrown.
 */
export async function writeVerifiedZip(
  entries: ZipEntrySource[],
  target: string,
  options: { hasher: Hasher; mtime: Date; onProgress?: (done: number, total: number) => void },
): Promise<{ files: number; bytes: number }> {
  const partial = `${target}.part`;
  const zip = new yazl.ZipFile();
  const written = pipeline(zip.outputStream, createWriteStream(partial));
  let bytes = 0;
  let done = 0;
  try {
    for (const entry of entries) {
      const zipOptions = { compress: DEFLATE.test(entry.path), mtime: options.mtime };
      if ('bytes' in entry) {
        zip.addBuffer(Buffer.from(entry.bytes.buffer, entry.bytes.byteOffset, entry.bytes.byteLength), entry.path, zipOptions);
        bytes += entry.bytes.byteLength;
      } else {
        const hash = options.hasher.create('sha256');
        const through = new PassThrough();
        let size = 0;
        const source = Readable.from(await entry.store.get(entry.key));
        source.on('data', (chunk: Uint8Array) => {
          hash.update(chunk);
          size += chunk.byteLength;
        });
        const ended = pipeline(source, through);
        zip.addReadStream(through, entry.path, zipOptions);
        await ended;
        const digest = hash.digest();
        if (digest !== entry.sha256.toLowerCase())
          throw new ZipSourceMismatch(`${entry.path} có SHA-256 ${digest}, inventory ghi ${entry.sha256}`);
        bytes += size;
      }
      options.onProgress?.(++done, entries.length);
    }
    zip.end();
    await written;
    const handle = await open(partial, 'r');
    await handle.sync();
    await handle.close();
    await rename(partial, target);
    return { files: entries.length, bytes };
  } catch (error) {
    (zip.outputStream as unknown as Readable).destroy();
    await written.catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  }
}
