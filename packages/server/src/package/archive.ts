import { createReadStream } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';

import { DEFAULT_LIMITS, EntryCollector, err, finish, type ArchiveLimits, type OpenResult, type PackageFormat } from './archive-entries.js';
import { openZip } from './archive-zip.js';
import { openTar } from './archive-tar.js';

export * from './archive-entries.js';

/**
 * Safe, read-only access to an information package given as a folder, ZIP, TAR or TAR.GZ (the
 * format is sniffed from magic bytes, never the extension). Nothing is extracted: entries are
 * listed, checked, and later read as streams. Any unsafe entry refuses the whole package with a
 * DP-PKG-… finding naming the entry and the rule.
 */

/** Sniff the container format from the first bytes. */
export async function sniffFormat(path: string): Promise<PackageFormat> {
  const stat = await lstat(path);
  if (stat.isDirectory()) return 'dir';
  if (!stat.isFile()) return 'unknown';
  const handle = await open(path, 'r');
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    if (bytesRead >= 4 && head[0] === 0x50 && head[1] === 0x4b && (head[2] === 3 || head[2] === 5 || head[2] === 7)) return 'zip';
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'tar.gz';
    if (bytesRead >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar';
    return 'unknown';
  } finally {
    await handle.close();
  }
}

/** Open a package for reading. With any error finding the source is not returned (refused). */
export async function openPackage(path: string, limits: Partial<ArchiveLimits> = {}): Promise<OpenResult> {
  const l = { ...DEFAULT_LIMITS, ...limits };
  const format = await sniffFormat(path);
  const name = basename(path);
  switch (format) {
    case 'dir':
      return openDir(path, name, l);
    case 'zip':
      return openZip(path, name, l);
    case 'tar':
    case 'tar.gz':
      return openTar(path, name, format, l);
    default:
      return { format, findings: [] };
  }
}

// ---------------------------------------------------------------- folder

async function openDir(root: string, name: string, limits: ArchiveLimits): Promise<OpenResult> {
  const collector = new EntryCollector({ ...limits, maxTotalBytes: Number.MAX_SAFE_INTEGER });
  const walk = async (rel: string): Promise<void> => {
    const dirents = await readdir(join(root, rel), { withFileTypes: true });
    dirents.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const d of dirents) {
      if (collector.stopped) return;
      const relPath = rel === '' ? d.name : `${rel}/${d.name}`;
      if (d.isSymbolicLink()) {
        collector.findings.push(err('DP-PKG-LINK', `Liên kết tượng trưng (symlink) trong gói bị từ chối: ${relPath}`, relPath));
      } else if (d.isDirectory()) {
        collector.add(relPath, 'dir', 0);
        await walk(relPath);
      } else if (d.isFile()) {
        const st = await lstat(join(root, relPath));
        collector.add(relPath, 'file', st.size);
      } else {
        collector.findings.push(err('DP-PKG-UNSUPPORTED', `Mục không phải tệp hay thư mục: ${relPath}`, relPath));
      }
    }
  };
  await walk('');
  return finish(collector, 'dir', () => ({
    format: 'dir',
    name,
    entries: collector.entries,
    async read(wanted, visit) {
      for (const e of collector.entries) {
        if (e.type !== 'file' || !wanted.has(e.path)) continue;
        // Re-check at read time: the folder may have changed since listing.
        const st = await lstat(join(root, e.path));
        if (!st.isFile()) throw new Error(`Not a regular file any more: ${e.path}`);
        await visit(e.path, createReadStream(join(root, e.path)));
      }
    },
    async close() {},
  }));
}
