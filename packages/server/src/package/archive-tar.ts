import { createReadStream } from 'node:fs';
import { lstat } from 'node:fs/promises';
import { Transform } from 'node:stream';
import { createGunzip } from 'node:zlib';
import tar from 'tar-stream';

import { EntryCollector, checkEntryName, err, finish, type ArchiveLimits, type OpenResult } from './archive-entries.js';

// ---------------------------------------------------------------- tar, tar.gz

/** Counts decompressed bytes and fails the stream past the limit (gzip bombs). */
function byteLimit(max: number, onExceed: () => void): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb) {
      seen += chunk.length;
      if (seen > max) {
        onExceed();
        cb(new Error('DP-PKG-BOMB'));
      } else cb(null, chunk);
    },
  });
}

type TarVisitor = (header: tar.Header, stream: AsyncIterable<Buffer>) => Promise<void>;

async function walkTar(path: string, gz: boolean, maxBytes: number, onEntry: TarVisitor, onExceed: () => void): Promise<void> {
  const extract = tar.extract();
  const file = createReadStream(path);
  const fail = (e: Error) => extract.destroy(e);
  const limit = byteLimit(maxBytes, onExceed);
  file.on('error', fail);
  limit.on('error', fail);
  if (gz) {
    const gunzip = createGunzip();
    gunzip.on('error', fail);
    file.pipe(gunzip).pipe(limit);
  } else file.pipe(limit);
  limit.pipe(extract as unknown as NodeJS.WritableStream);
  try {
    for await (const entry of extract) {
      await onEntry(entry.header, entry as unknown as AsyncIterable<Buffer>);
      entry.resume();
    }
  } finally {
    file.destroy();
  }
}

export async function openTar(path: string, name: string, format: 'tar' | 'tar.gz', limits: ArchiveLimits): Promise<OpenResult> {
  const collector = new EntryCollector(limits);
  const archiveSize = (await lstat(path)).size;
  const gz = format === 'tar.gz';
  // A .tar.gz can hide a bomb in the gzip layer: cap the decompressed stream by size and ratio.
  const maxStream = gz
    ? Math.min(limits.maxTotalBytes + 1024 * 1024, Math.max(limits.maxRatio * archiveSize, limits.ratioFloorBytes))
    : Infinity;
  let bomb = false;
  try {
    await walkTar(
      path,
      gz,
      maxStream,
      async (h) => {
        if (collector.stopped) return;
        const shown = JSON.stringify(h.name);
        if (h.type === 'symlink' || h.type === 'link')
          collector.findings.push(
            err(
              'DP-PKG-LINK',
              `Mục TAR là ${h.type === 'link' ? 'liên kết cứng (hard link)' : 'liên kết tượng trưng (symlink)'}: ${shown} → ${JSON.stringify(h.linkname ?? '')}`,
              h.name,
            ),
          );
        else if (h.type === 'directory') collector.add(h.name, 'dir', 0);
        else if (h.type === 'file' || h.type === 'contiguous-file') collector.add(h.name, 'file', h.size ?? 0);
        else collector.findings.push(err('DP-PKG-UNSUPPORTED', `Loại mục TAR không được hỗ trợ (${h.type ?? '?'}): ${shown}`, h.name));
      },
      () => {
        bomb = true;
      },
    );
  } catch (e) {
    if (bomb)
      return {
        format,
        findings: [
          ...collector.findings,
          err('DP-PKG-BOMB-RATIO', `Dữ liệu giải nén gzip vượt giới hạn (tỉ lệ ${limits.maxRatio}:1 hoặc tổng dung lượng)`, name),
        ],
      };
    if (!collector.stopped)
      return { format, findings: [...collector.findings, err('DP-PKG-CORRUPT', `Tệp TAR hỏng: ${(e as Error).message}`, name)] };
  }
  return finish(collector, format, () => ({
    format,
    name,
    entries: collector.entries,
    async read(wanted, visit) {
      await walkTar(
        path,
        gz,
        maxStream,
        async (h, stream) => {
          const checked = checkEntryName(h.name);
          if ('path' in checked && (h.type === 'file' || h.type === 'contiguous-file') && wanted.has(checked.path)) {
            await visit(checked.path, stream);
          }
        },
        () => undefined,
      );
    },
    async close() {},
  }));
}
