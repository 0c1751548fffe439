import type { Finding } from '../findings.js';
import { fromUtf8, type Hasher } from '../ports/bytes.js';
import { ocflFinding } from './codes.js';
import { parseInventory, type Inventory, type OcflSpecVersion, type ParsedInventory } from './inventory.js';
import { checkContent, checkVersionDirs } from './object-content.js';
import { checkVersionInventories } from './object-versions.js';
import { versionNumber } from './paths.js';
import { checkSidecar, joinPath } from './sidecar.js';
import type { OcflTree, TreeEntry } from './storage.js';

export interface ValidateObjectOptions {
  /** Hash every content file against the manifest and fixity (default true). */
  digestContent?: boolean;
}

/** Extension names registered at ocfl.io/extensions (W013/W016 name anything else). */
export const REGISTERED_EXTENSIONS: ReadonlySet<string> = new Set([
  '0001-digest-algorithms',
  '0002-flat-direct-storage-layout',
  '0003-hash-and-id-n-tuple-storage-layout',
  '0004-hashed-n-tuple-storage-layout',
  '0005-mutable-head',
  '0006-flat-omit-prefix-storage-layout',
  '0007-n-tuple-omit-prefix-storage-layout',
  '0008-schema-registry',
  '0009-digest-algorithms',
  '0010-differential-versions',
  '0011-direct-clean-path-layout',
]);

/**
 * Validates an OCFL object (spec 1.0 or 1.1, as its `0=ocfl_object_1.x` declares) and returns every
 * finding. Paths on findings are relative to the object root.
 */
export async function validateObject(tree: OcflTree, hasher: Hasher, options: ValidateObjectOptions = {}): Promise<Finding[]> {
  const entries = (await tree.readDir('')) ?? [];
  const { spec, name: declaration, findings } = await checkDeclaration(tree, entries);
  if (!entries.some((e) => e.name === 'inventory.json' && e.kind === 'file')) {
    findings.push(ocflFinding('E063', 'Thiếu tệp inventory.json ở gốc đối tượng', 'inventory.json'));
    return findings;
  }
  const bytes = await tree.readFile('inventory.json');
  const root = parseInventory(bytes, { specVersion: spec, path: 'inventory.json' });
  findings.push(...root.findings);
  if (!root.inventory) return findings;
  const rootValid = !root.findings.some((f) => f.severity === 'error');
  const inv = root.inventory;
  const sidecar = await checkSidecar(tree, '', inv.digestAlgorithm, bytes, hasher);
  findings.push(...sidecar.findings);
  findings.push(...(await checkRootEntries(tree, entries, inv, new Set([declaration, 'inventory.json', sidecar.name]))));

  // Version directories named by the inventory and actually present, in sequence order.
  const present = new Set(entries.filter((e) => e.kind === 'dir').map((e) => e.name));
  const versionDirs = orderedVersions(root).filter((v) => present.has(v));
  for (const v of orderedVersions(root).filter((name) => !present.has(name))) {
    findings.push(ocflFinding('E046', 'Thiếu thư mục của một phiên bản có trong inventory', v));
    findings.push(ocflFinding('E010', 'Dãy thư mục phiên bản bị đứt quãng', v));
  }
  const versions = await checkVersionInventories(tree, hasher, { ...root, inventory: inv }, spec, versionDirs);
  findings.push(...versions.findings);
  const dirs = await checkVersionDirs(tree, inv.contentDirectory ?? 'content', versionDirs, versions.sidecars);
  findings.push(...dirs.findings);
  // Content is compared only with a sound root inventory; otherwise the errors above already say why.
  if (rootValid) findings.push(...(await checkContent(tree, inv, dirs.files, versions.prior, options.digestContent ?? true)));
  return findings;
}

function orderedVersions(root: ParsedInventory): string[] {
  // Only `v<number>` names can be version directories; anything else in the root is E001.
  const keys = Object.keys(root.inventory?.versions ?? {}).filter((k) => versionNumber(k) !== undefined);
  const rest = keys.filter((k) => !root.versionNames.includes(k));
  return [...root.versionNames, ...rest];
}

/** E003 (none or several), E004/E006 (bad name), E007 (bad contents) for `0=ocfl_object_1.x`. */
async function checkDeclaration(
  tree: OcflTree,
  entries: TreeEntry[],
): Promise<{ spec: OcflSpecVersion; name: string; findings: Finding[] }> {
  const findings: Finding[] = [];
  const declarations = entries.filter((e) => e.name.startsWith('0='));
  const first = declarations[0];
  if (declarations.length !== 1 || first === undefined || first.kind !== 'file') {
    const detail = declarations.map((d) => d.name).join(', ') || undefined;
    findings.push(ocflFinding('E003', 'Phải có đúng một tệp khai báo phiên bản OCFL ở gốc đối tượng', '', detail));
    const guess = /^0=ocfl_object_(1\.[01])$/.exec(first?.name ?? '')?.[1] as OcflSpecVersion | undefined;
    return { spec: guess ?? '1.1', name: first?.name ?? '', findings };
  }
  const match = /^0=ocfl_object_(\d+\.\d+)$/.exec(first.name);
  const spec = match?.[1];
  if (!match) findings.push(ocflFinding('E006', 'Tên tệp khai báo phải là 0=ocfl_object_ và số phiên bản đặc tả', first.name));
  else if (spec !== '1.0' && spec !== '1.1')
    findings.push(ocflFinding('E004', 'Phiên bản đặc tả OCFL không được hỗ trợ', first.name, spec));
  const known: OcflSpecVersion = spec === '1.0' ? '1.0' : '1.1';
  const text = fromUtf8(await tree.readFile(first.name));
  if (text !== `ocfl_object_${spec ?? known}\n`) {
    findings.push(ocflFinding('E007', 'Nội dung tệp khai báo phải đúng bằng tên sau "0=" và một dấu xuống dòng', first.name));
  }
  return { spec: known, name: first.name, findings };
}

/** Only the declaration, inventory, sidecar, version dirs, logs/ and extensions/ may be in the root. */
async function checkRootEntries(tree: OcflTree, entries: TreeEntry[], inv: Inventory, allowedFiles: Set<string>): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const entry of entries) {
    const name = entry.name;
    if (entry.kind === 'other') findings.push(ocflFinding('E090', 'Liên kết hoặc tệp đặc biệt không được phép trong đối tượng OCFL', name));
    else if (entry.kind === 'file') {
      if (!allowedFiles.has(name) && !name.startsWith('0='))
        findings.push(ocflFinding('E001', 'Tệp không được phép ở gốc đối tượng', name));
    } else if ((name in inv.versions && versionNumber(name) !== undefined) || name === 'logs') continue;
    else if (name === 'extensions') findings.push(...(await checkExtensions(tree, 'extensions', 'W013', 'E067')));
    else if (versionNumber(name) !== undefined) findings.push(ocflFinding('E046', 'Thư mục phiên bản không có trong inventory', name));
    else findings.push(ocflFinding('E001', 'Thư mục không được phép ở gốc đối tượng', name));
  }
  return findings;
}

/** extensions/ may hold only extension sub-directories, which should be registered ones. */
export async function checkExtensions(tree: OcflTree, dir: string, unregistered: string, notDir: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const entry of (await tree.readDir(dir)) ?? []) {
    const path = joinPath(dir, entry.name);
    if (entry.kind !== 'dir') findings.push(ocflFinding(notDir, 'Thư mục extensions chỉ được chứa thư mục con của phần mở rộng', path));
    else if (!REGISTERED_EXTENSIONS.has(entry.name)) findings.push(ocflFinding(unregistered, 'Tên phần mở rộng chưa được đăng ký', path));
  }
  return findings;
}
