import { lstat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { detectKind, toReport, validateObject, validateStorageRoot, type ValidationReport } from '@duphong/core';
import { nodeHasher } from '../adapters/node-hasher.js';
import { FsOcflTree } from '../adapters/ocfl-fs-tree.js';

export interface ValidateOcflPathOptions {
  /** Hash every content file (default true). */
  digestContent?: boolean;
}

/**
 * Validates an OCFL object or storage root on disk (auto-detected) — what `duphong ocfl validate
 * PATH --json` prints. Zip files are not accepted: unpack them first.
 */
export async function validateOcflPath(path: string, options: ValidateOcflPathOptions = {}): Promise<ValidationReport> {
  const full = resolve(path);
  const stat = await lstat(full).catch(() => undefined);
  if (!stat) return fail('DP-OCFL-NOT-FOUND', `Không tìm thấy đường dẫn: ${full}`);
  if (!stat.isDirectory()) {
    return fail('DP-OCFL-NOT-DIR', `Đường dẫn không phải là thư mục (tệp zip cần được giải nén trước): ${full}`);
  }
  const tree = new FsOcflTree(full, nodeHasher);
  const kind = await detectKind(tree);
  // An unknown folder is checked as an object, so the report says which declaration is missing.
  const findings = kind === 'root' ? await validateStorageRoot(tree, nodeHasher, options) : await validateObject(tree, nodeHasher, options);
  return toReport(findings);
}

function fail(code: string, message: string): ValidationReport {
  return { valid: false, errors: [{ code, message }], warnings: [] };
}
