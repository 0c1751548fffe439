import { normalizeDigest } from './digests.js';
import type { Inventory } from './inventory.js';

export interface StateEntry {
  digest: string;
  /** where the bytes are stored, relative to the object root */
  contentPath: string;
}

/**
 * The files of one version: logical path → digest and the content path holding the bytes (the first
 * manifest path for the digest; digests are matched case-insensitively).
 */
export function stateOf(inventory: Inventory, versionName: string): Map<string, StateEntry> {
  const version = inventory.versions[versionName];
  if (!version) throw new RangeError(`Đối tượng ${inventory.id} không có phiên bản ${versionName}`);
  const manifest = new Map(Object.entries(inventory.manifest).map(([d, paths]) => [normalizeDigest(d), paths]));
  const out = new Map<string, StateEntry>();
  for (const [digest, logicalPaths] of Object.entries(version.state)) {
    const contentPath = manifest.get(normalizeDigest(digest))?.[0];
    if (contentPath === undefined) throw new RangeError(`Giá trị băm ${digest} của ${versionName} không có trong manifest`);
    for (const logical of logicalPaths) out.set(logical, { digest: normalizeDigest(digest), contentPath });
  }
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
