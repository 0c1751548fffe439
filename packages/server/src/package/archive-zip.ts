import { lstat } from 'node:fs/promises';
import { type Readable } from 'node:stream';
import yauzl from 'yauzl';

import { ArchiveEntryError, EntryCollector, finish, err, type ArchiveLimits, type OpenResult } from './archive-entries.js';

// ---------------------------------------------------------------- zip

function decodeZipName(raw: Buffer, utf8Flag: boolean): string {
  if (utf8Flag) return raw.toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return raw.toString('latin1');
  }
}

/** yauzl checks every entry's length against its headers (validateEntrySizes); zlib checks the deflate stream. */
function entryError(error: unknown, path: string): unknown {
  const message = (error as Error).message ?? String(error);
  const shown = JSON.stringify(path);
  if (/(too many|not enough) bytes in the stream/.test(message))
    return new ArchiveEntryError(err('DP-PKG-ENTRY-SIZE', `Kích thước mục ZIP không khớp với tiêu đề của nó (${message}): ${shown}`, path));
  const code = (error as NodeJS.ErrnoException).code ?? '';
  if (code.startsWith('Z_') || /local file header|compressed|invalid/i.test(message))
    return new ArchiveEntryError(err('DP-PKG-CORRUPT', `Mục ZIP hỏng, không đọc được (${message}): ${shown}`, path));
  return error;
}

async function* checked(stream: AsyncIterable<Buffer>, path: string): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk;
  } catch (error) {
    throw entryError(error, path);
  }
}

export async function openZip(path: string, name: string, limits: ArchiveLimits): Promise<OpenResult> {
  const collector = new EntryCollector(limits);
  let zip: yauzl.ZipFile;
  try {
    zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(
        path,
        { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: true, strictFileNames: false },
        (e, z) => (e || !z ? reject(e ?? new Error('no zip')) : resolve(z)),
      ),
    );
  } catch (e) {
    return { format: 'zip', findings: [err('DP-PKG-CORRUPT', `Tệp ZIP hỏng hoặc không đọc được: ${(e as Error).message}`, name)] };
  }
  const archiveSize = (await lstat(path)).size;
  const byPath = new Map<string, yauzl.Entry>();
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on('error', reject);
      zip.on('end', () => resolve());
      zip.on('entry', (entry: yauzl.Entry) => {
        const raw = entry.fileName as unknown as Buffer;
        const entryName = decodeZipName(raw, (entry.generalPurposeBitFlag & 0x800) !== 0);
        const isDir = entryName.endsWith('/');
        const unixMode = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
        const fileType = unixMode & 0o170000;
        const shown = JSON.stringify(entryName);
        if (fileType === 0o120000) {
          collector.findings.push(err('DP-PKG-LINK', `Mục ZIP là liên kết tượng trưng (symlink): ${shown}`, entryName));
        } else if (fileType !== 0 && fileType !== 0o100000 && fileType !== 0o040000) {
          collector.findings.push(
            err('DP-PKG-UNSUPPORTED', `Mục ZIP không phải tệp hay thư mục (mode ${fileType.toString(8)}): ${shown}`, entryName),
          );
        } else if (entry.isEncrypted()) {
          collector.findings.push(err('DP-PKG-ENCRYPTED', `Mục ZIP được mã hoá (không thể kiểm tra): ${shown}`, entryName));
        } else if (!isDir && entry.compressionMethod !== 0 && entry.compressionMethod !== 8) {
          collector.findings.push(
            err(
              'DP-PKG-UNSUPPORTED',
              `Phương pháp nén ${entry.compressionMethod} không được hỗ trợ (chỉ stored/deflate): ${shown}`,
              entryName,
            ),
          );
        } else if (
          !isDir &&
          entry.uncompressedSize > limits.ratioFloorBytes &&
          entry.uncompressedSize > limits.maxRatio * Math.max(entry.compressedSize, 1)
        ) {
          const ratio = Math.round(entry.uncompressedSize / Math.max(entry.compressedSize, 1));
          collector.findings.push(
            err('DP-PKG-BOMB-RATIO', `Tỉ lệ nén ${ratio}:1 vượt giới hạn ${limits.maxRatio}:1 (bom zip?): ${shown}`, entryName),
          );
        } else {
          const p = collector.add(entryName, isDir ? 'dir' : 'file', isDir ? 0 : entry.uncompressedSize);
          if (p !== undefined && !isDir) byPath.set(p, entry);
        }
        if (collector.stopped) resolve();
        else zip.readEntry();
      });
      zip.readEntry();
    });
  } catch (e) {
    zip.close();
    return { format: 'zip', findings: [...collector.findings, err('DP-PKG-CORRUPT', `Tệp ZIP hỏng: ${(e as Error).message}`, name)] };
  }
  const total = collector.entries.reduce((s, e) => s + e.size, 0);
  if (total > limits.ratioFloorBytes && total > limits.maxRatio * Math.max(archiveSize, 1))
    collector.findings.push(err('DP-PKG-BOMB-RATIO', `Tỉ lệ nén toàn tệp ${Math.round(total / archiveSize)}:1 vượt giới hạn`, name));
  return finish(
    collector,
    'zip',
    () => ({
      format: 'zip',
      name,
      entries: collector.entries,
      async read(wanted, visit) {
        for (const e of collector.entries) {
          const entry = byPath.get(e.path);
          if (!entry || !wanted.has(e.path)) continue;
          const stream = await new Promise<Readable>((resolve, reject) =>
            zip.openReadStream(entry, (x, s) => (x || !s ? reject(entryError(x ?? new Error('no stream'), e.path)) : resolve(s))),
          );
          await visit(e.path, checked(stream as AsyncIterable<Buffer>, e.path));
        }
      },
      async close() {
        zip.close();
      },
    }),
    () => zip.close(),
  );
}
