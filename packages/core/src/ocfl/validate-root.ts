import type { Finding } from '../findings.js';
import { fromUtf8, type Hasher } from '../ports/bytes.js';
import { ocflFinding } from './codes.js';
import { isPlainObject } from './inventory-blocks.js';
import { joinPath } from './sidecar.js';
import type { OcflTree, TreeEntry } from './storage.js';
import { checkExtensions, validateObject, type ValidateObjectOptions } from './validate-object.js';

export type OcflTreeKind = 'object' | 'root' | 'unknown';

/** An object declares `0=ocfl_object_…` (or at least has an inventory); a storage root `0=ocfl_1.x`. */
export async function detectKind(tree: OcflTree): Promise<OcflTreeKind> {
  const names = ((await tree.readDir('')) ?? []).map((e) => e.name);
  if (names.some((n) => n.startsWith('0=ocfl_object_')) || names.includes('inventory.json')) return 'object';
  if (names.some((n) => n.startsWith('0=ocfl_')) || names.includes('ocfl_layout.json')) return 'root';
  return 'unknown';
}

/** The sub-tree under `prefix`, so an object inside a storage root validates with its own paths. */
export function subTree(tree: OcflTree, prefix: string): OcflTree {
  return {
    readDir: (path) => tree.readDir(joinPath(prefix, path)),
    readFile: (path) => tree.readFile(joinPath(prefix, path)),
    digest: (path, algorithm) => tree.digest(joinPath(prefix, path), algorithm),
  };
}

export interface ValidateRootOptions extends ValidateObjectOptions {
  /** Called for each object found, with its path and its own findings (paths relative to it). */
  onObject?: (path: string, findings: Finding[]) => void;
}

/**
 * Validates a storage root: declaration (E069, E076, E080), ocfl_layout.json (E070), extensions/
 * (W016, E112), the storage hierarchy (E072 stray files, E073 empty dirs, E003/E004 bad object
 * declarations, E090 links) and every object found. Finding paths are relative to the root.
 */
export async function validateStorageRoot(tree: OcflTree, hasher: Hasher, options: ValidateRootOptions = {}): Promise<Finding[]> {
  const entries = (await tree.readDir('')) ?? [];
  const findings = await checkRootDeclaration(tree, entries);
  if (entries.some((e) => e.name === 'ocfl_layout.json' && e.kind === 'file')) findings.push(...(await checkLayoutFile(tree)));
  for (const entry of entries) {
    if (entry.kind === 'other') findings.push(ocflFinding('E090', 'Liên kết hoặc tệp đặc biệt không được phép trong kho OCFL', entry.name));
    else if (entry.kind === 'dir' && entry.name === 'extensions') {
      // 1.0 has no code for an unregistered storage-root extension; 1.1's W016 is used for both.
      findings.push(...(await checkExtensions(tree, 'extensions', 'W016', 'E112')));
    } else if (entry.kind === 'dir') await walk(tree, hasher, entry.name, findings, options);
    // Other files in the storage root are ignored (E087).
  }
  return findings;
}

async function checkRootDeclaration(tree: OcflTree, entries: TreeEntry[]): Promise<Finding[]> {
  const declarations = entries.filter((e) => e.name.startsWith('0='));
  const first = declarations[0];
  if (first === undefined) return [ocflFinding('E069', 'Thiếu tệp khai báo kho lưu trữ OCFL (0=ocfl_1.x)')];
  if (declarations.length > 1) {
    return [ocflFinding('E076', 'Phải có đúng một tệp khai báo ở gốc kho', '', declarations.map((d) => d.name).join(', '))];
  }
  const version = /^0=ocfl_(1\.[01])$/.exec(first.name)?.[1];
  if (version === undefined || first.kind !== 'file')
    return [ocflFinding('E079', 'Tên tệp khai báo kho phải là 0=ocfl_1.0 hoặc 0=ocfl_1.1', first.name)];
  const text = fromUtf8(await tree.readFile(first.name));
  return text === `ocfl_${version}\n`
    ? []
    : [ocflFinding('E080', 'Nội dung tệp khai báo kho phải đúng bằng tên sau "0=" và một dấu xuống dòng', first.name)];
}

async function checkLayoutFile(tree: OcflTree): Promise<Finding[]> {
  let json: unknown;
  try {
    json = JSON.parse(fromUtf8(await tree.readFile('ocfl_layout.json')));
  } catch {
    json = undefined;
  }
  if (!isPlainObject(json) || typeof json.extension !== 'string' || typeof json.description !== 'string') {
    return [ocflFinding('E070', 'ocfl_layout.json phải có hai khóa "extension" và "description"', 'ocfl_layout.json')];
  }
  return [];
}

/** Walks the storage hierarchy below the root; a directory with a `0=` file is an object root. */
async function walk(tree: OcflTree, hasher: Hasher, dir: string, findings: Finding[], options: ValidateRootOptions): Promise<void> {
  const entries = (await tree.readDir(dir)) ?? [];
  if (entries.length === 0) {
    findings.push(ocflFinding('E073', 'Thư mục rỗng trong kho lưu trữ', dir));
    return;
  }
  const declarations = entries.filter((e) => e.name.startsWith('0='));
  const first = declarations[0];
  if (first !== undefined) {
    if (declarations.length > 1) findings.push(ocflFinding('E003', 'Đối tượng có nhiều tệp khai báo', dir));
    else if (!/^0=ocfl_object_1\.[01]$/.test(first.name))
      findings.push(ocflFinding('E004', 'Tệp khai báo đối tượng không được nhận biết', dir, first.name));
    else {
      const own = await validateObject(subTree(tree, dir), hasher, options);
      options.onObject?.(dir, own);
      findings.push(...own.map((f) => ({ ...f, path: joinPath(dir, f.path ?? '') })));
    }
    return; // never descend into an object
  }
  const files = entries.filter((e) => e.kind === 'file');
  if (files.length > 0) {
    findings.push(ocflFinding('E072', 'Tệp không thuộc đối tượng OCFL nào trong cây lưu trữ', dir, files.map((f) => f.name).join(', ')));
  }
  for (const entry of entries) {
    const path = joinPath(dir, entry.name);
    if (entry.kind === 'other') findings.push(ocflFinding('E090', 'Liên kết hoặc tệp đặc biệt không được phép trong kho OCFL', path));
    else if (entry.kind === 'dir') await walk(tree, hasher, path, findings, options);
  }
}
