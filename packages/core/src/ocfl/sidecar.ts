import type { Finding } from '../findings.js';
import { fromUtf8, type Hasher } from '../ports/bytes.js';
import { ocflFinding } from './codes.js';
import { isComputable, normalizeDigest } from './digests.js';
import type { OcflTree } from './storage.js';

/** Joins tree paths ('' is the root). */
export function joinPath(...parts: string[]): string {
  return parts.filter((p) => p !== '').join('/');
}

export async function isFile(tree: OcflTree, dir: string, name: string): Promise<boolean> {
  const entries = await tree.readDir(dir);
  return entries?.some((e) => e.name === name && e.kind === 'file') ?? false;
}

/**
 * Checks `inventory.json.<algorithm>` beside an inventory (E058 missing, E061 malformed, E060 wrong
 * digest). The inventory bytes were already read, so they are hashed in memory rather than re-read.
 */
export async function checkSidecar(
  tree: OcflTree,
  dir: string,
  algorithm: string,
  inventoryBytes: Uint8Array,
  hasher: Hasher,
): Promise<{ name: string; findings: Finding[] }> {
  const name = `inventory.json.${algorithm}`;
  const path = joinPath(dir, name);
  const findings: Finding[] = [];
  if (!(await isFile(tree, dir, name))) {
    findings.push(ocflFinding('E058', 'Thiếu tệp chứa giá trị băm của inventory', path));
    return { name, findings };
  }
  const text = fromUtf8(await tree.readFile(path));
  const match = /^([0-9a-fA-F]+)[ \t]+inventory\.json[ \t]*(\r?\n)?$/.exec(text);
  if (!match || match[1] === undefined) {
    findings.push(ocflFinding('E061', 'Tệp giá trị băm của inventory sai định dạng "DIGEST inventory.json"', path));
    return { name, findings };
  }
  if (isComputable(algorithm)) {
    const state = hasher.create(algorithm);
    state.update(inventoryBytes);
    const actual = state.digest();
    if (normalizeDigest(match[1]) !== normalizeDigest(actual)) {
      findings.push(ocflFinding('E060', 'Giá trị băm của inventory không khớp với tệp sidecar', path, `${match[1]} ≠ ${actual}`));
    }
  }
  return { name, findings };
}
