import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATA_PREFIX, versionNumber, type Inventory } from './site-view.js';

/**
 * Forgeries a capable attacker (or a buggy tool) could leave on a site: well-formed OCFL with
 * inventories and sidecars that verify. They are written here by hand so the product's own code
 * cannot "help" them be consistent.
 */
const digestOf = (inv: Inventory, bytes: Uint8Array) => createHash(inv.digestAlgorithm).update(bytes).digest('hex');

function writeOne(dir: string, inv: Inventory): void {
  const text = `${JSON.stringify(inv, null, 2)}\n`;
  const side = `${createHash(inv.digestAlgorithm).update(text).digest('hex')}  inventory.json\n`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'inventory.json'), text);
  writeFileSync(join(dir, `inventory.json.${inv.digestAlgorithm}`), side);
}

/**
 * The root inventory and every version's own inventory (each the object as it was at that version:
 * its versions and the manifest entries stored up to it), with sidecars — a forgery the validator
 * cannot tell from a genuine history.
 */
function writeInventory(dir: string, inv: Inventory): void {
  writeOne(dir, inv);
  const keys = Object.keys(inv.versions).sort((a, b) => versionNumber(a) - versionNumber(b));
  keys.forEach((key, i) => {
    const upTo = new Set(keys.slice(0, i + 1));
    const manifest: Record<string, string[]> = {};
    for (const [digest, paths] of Object.entries(inv.manifest)) {
      const kept = paths.filter((p) => upTo.has(p.split('/')[0]!));
      if (kept.length > 0) manifest[digest] = kept;
    }
    const versions = Object.fromEntries(keys.slice(0, i + 1).map((k) => [k, inv.versions[k]!]));
    writeOne(join(dir, key), { ...inv, head: key, manifest, versions });
  });
}

function headKey(inv: Inventory): string {
  return inv.head;
}

/** Replace one data file of the head version (bytes, manifest, every state, sidecars): history rewritten consistently. */
export function forgeInventory(dir: string, inv: Inventory, forged: Uint8Array, pickIndex: number): string | undefined {
  const head = inv.versions[headKey(inv)];
  if (!head) return undefined;
  const candidates = Object.entries(head.state).flatMap(([d, ps]) =>
    ps.filter((p) => p.startsWith(DATA_PREFIX)).map((p) => [d, p] as const),
  );
  if (candidates.length === 0) return undefined;
  const [oldDigest, logical] = candidates[pickIndex % candidates.length]!;
  const stored = inv.manifest[oldDigest]?.[0];
  if (!stored) return undefined;
  const newDigest = digestOf(inv, forged);
  writeFileSync(join(dir, stored), forged);
  const rest = inv.manifest[oldDigest]!.slice(1);
  if (rest.length > 0) inv.manifest[oldDigest] = rest;
  else delete inv.manifest[oldDigest];
  inv.manifest[newDigest] = [stored];
  for (const version of Object.values(inv.versions)) {
    const paths = version.state[oldDigest];
    if (!paths) continue;
    // every logical path that shared those bytes now points at the forged ones (as the stored file does)
    delete version.state[oldDigest];
    version.state[newDigest] = [...(version.state[newDigest] ?? []), ...paths];
  }
  writeInventory(dir, inv);
  return logical;
}

/** Add a whole new head version v(N+1) with forged content, inventory and sidecars. */
export function forgeVersion(dir: string, inv: Inventory, forged: Uint8Array, extra: Uint8Array): string {
  const n = versionNumber(inv.head) + 1;
  const key = `v${n}`;
  const state: Record<string, string[]> = JSON.parse(JSON.stringify(inv.versions[inv.head]?.state ?? {}));
  const put = (logical: string, bytes: Uint8Array) => {
    const digest = digestOf(inv, bytes);
    const contentPath = `${key}/content/${logical}`;
    mkdirSync(dirname(join(dir, contentPath)), { recursive: true });
    writeFileSync(join(dir, contentPath), bytes);
    for (const [d, ps] of Object.entries(state)) {
      state[d] = ps.filter((p) => p !== logical);
      if (state[d]!.length === 0) delete state[d];
    }
    state[digest] = [...(state[digest] ?? []), logical];
    inv.manifest[digest] = [...(inv.manifest[digest] ?? []), contentPath];
  };
  const firstData = Object.values(state)
    .flat()
    .find((p) => p.startsWith(DATA_PREFIX));
  if (firstData) put(firstData, forged);
  put(`${DATA_PREFIX}phụ lục giả.txt`, extra);
  const previous = inv.versions[inv.head];
  inv.versions[key] = {
    ...(previous ?? {}),
    created: new Date().toISOString(),
    message: `DuPhong: tiếp nhận ${key}`,
    state,
  };
  inv.head = key;
  writeInventory(dir, inv);
  return key;
}
