import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

/** A temporary folder that tests remove afterwards. */
export function tempDir(prefix = 'duphong-'): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** A source folder of scans with Vietnamese names, as an archivist would hand over. */
export function makeSourceFolder(root: string, files: Record<string, string | Uint8Array | number>): string {
  mkdirSync(root, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    const path = join(root, name);
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, typeof content === 'number' ? randomBytes(content) : content);
  }
  return root;
}

export const SAMPLE_FILES = {
  'Quyết định số 15-QĐ.pdf': 'PDF giả lập: Quyết định số 15/QĐ-UBND ngày 12/03/2001',
  'Tờ trình/trang 01.tif': 40_000,
  'Tờ trình/trang 02.tif': 55_000,
  'Biên bản họp.txt': 'Biên bản họp Ủy ban nhân dân tỉnh Đà Nẵng',
};
