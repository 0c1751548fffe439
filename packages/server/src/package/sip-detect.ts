import { existsSync } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Is PATH a submission package rather than a folder of scans? A file (ZIP/TAR, sniffed later) is;
 * a folder is when it holds METS.xml itself or is a single folder around one that does (then the
 * package folder inside is returned).
 */
export async function looksLikeSip(path: string): Promise<string | undefined> {
  const stat = await lstat(path).catch(() => undefined);
  if (!stat) return undefined;
  if (stat.isFile()) return path;
  if (!stat.isDirectory()) return undefined;
  if (existsSync(join(path, 'METS.xml'))) return path;
  const entries = (await readdir(path, { withFileTypes: true })).filter((e) => !e.name.startsWith('.'));
  const inner = entries.length === 1 && entries[0]!.isDirectory() ? join(path, entries[0]!.name) : undefined;
  return inner && existsSync(join(inner, 'METS.xml')) ? inner : undefined;
}
