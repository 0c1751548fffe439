import type { Inventory, RepairAction, SiteObservation } from '@duphong/core';
import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { QUARANTINE, ensureStorageRoot } from '../storage/site-ocfl.js';
import { observeSite, snapshotSite } from '../storage/observe.js';
import { absentContent, completeCopy, copyValidationErrors, type StructureFile } from '../storage/complete-copy.js';

export interface ReferenceCopy {
  head: number;
  digest: string;
  /** the copies that hold the reference inventory */
  sites: string[];
  bytes: Uint8Array;
  inventory: Inventory;
  /** every expected path → sha256: content and structure */
  expected: Map<string, string>;
  structure: Map<string, StructureFile>;
}

export function describeRepair(action: RepairAction): string {
  if (action.kind === 'copy-file') return `chép lại ${action.path} từ ${action.fromSite}`;
  if (action.kind === 'copy-inventory') return `chép lại inventory từ ${action.fromSite}`;
  if (action.kind === 'write-structure') return `ghi lại ${action.path} đúng từng byte của bản chuẩn`;
  if (action.kind === 'quarantine-version') return `cách ly phiên bản lạ v${action.version} (${action.paths.length} tệp)`;
  return `cách ly tệp thừa ${action.path}`;
}

/**
 * Move files out of the object into the site's quarantine area: kept for a person, never deleted
 * (a second quarantine of the same path on the same day gets a numbered name, not an overwrite).
 */
async function quarantine(ctx: Context, site: string, key: string, paths: string[]): Promise<void> {
  const store = ctx.sites.get(site)!.store;
  const day = isoVietnam(ctx.clock.now()).slice(0, 10);
  for (const path of paths) {
    const from = `${key}/${path}`;
    if (!(await store.head(from))) continue;
    let to = `${QUARANTINE}/${day}/${from}`;
    for (let n = 2; await store.head(to); n++) to = `${QUARANTINE}/${day}/${from}~${n}`;
    await store.put(to, await store.get(from));
    await store.delete(from);
  }
}

/** What a repair would overwrite: kept in quarantine first (a forgery is evidence, not rubbish). */
function replaced(actions: RepairAction[], observation: SiteObservation | undefined): string[] {
  const paths: string[] = [];
  for (const a of actions) {
    if ((a.kind === 'copy-file' || a.kind === 'write-structure') && observation?.files.get(a.path)) paths.push(a.path);
    if (a.kind === 'copy-inventory' && observation?.inventoryDigest !== undefined) paths.push('inventory.json', 'inventory.json.sha256');
  }
  return paths;
}

/**
 * Repair one site's copy: quarantine what does not belong, then bring it to the reference with the
 * storage layer's one `completeCopy` (the storage root laid down again if it vanished). Content
 * comes from copies where this audit hashed it right; a copy that fell behind gets what it lacks.
 */
export async function repairSite(
  ctx: Context,
  key: string,
  site: string,
  actions: RepairAction[],
  reference: ReferenceCopy,
  observations: SiteObservation[],
): Promise<void> {
  const runtime = ctx.sites.get(site)!;
  await ensureStorageRoot(runtime, ctx.hasher, ctx.clock);
  await quarantine(
    ctx,
    site,
    key,
    replaced(
      actions,
      observations.find((o) => o.site === site),
    ),
  );
  for (const a of actions) {
    if (a.kind === 'quarantine') await quarantine(ctx, site, key, [a.path]);
    if (a.kind === 'quarantine-version') await quarantine(ctx, site, key, a.paths);
  }
  const content = new Map<string, { path: string; sha256: string; from: string }>();
  for (const a of actions)
    if (a.kind === 'copy-file' && !reference.structure.has(a.path))
      content.set(a.path, { path: a.path, sha256: a.sha256, from: a.fromSite });
  for (const c of await absentContent(runtime.store, key, reference.inventory)) {
    if (content.has(c.path)) continue;
    const from = observations.find((o) => o.site !== site && o.files.get(c.path) === c.sha256)?.site;
    if (!from) throw new Error(`không còn bản sao tốt nào của ${c.path}`);
    content.set(c.path, { ...c, from });
  }
  await completeCopy({
    hasher: ctx.hasher,
    target: runtime.store,
    key,
    structure: reference.structure,
    content: [...content.values()].map((c) => ({ path: c.path, sha256: c.sha256, from: ctx.sites.get(c.from)!.store })),
    root: reference,
  });
}

/**
 * After repair, read the copy again: a repair counts only once every expected file hashes right,
 * nothing extra remains, the root inventory is the reference's and the validator agrees.
 * Returns what is still wrong (empty when the copy is good).
 */
export async function reverify(ctx: Context, site: string, key: string, reference: ReferenceCopy): Promise<string[]> {
  const store = ctx.sites.get(site)!.store;
  const snapshot = await snapshotSite(site, store, key, ctx.hasher);
  const problems: string[] = [];
  if (!snapshot.root?.sidecarOk || snapshot.root.digest !== reference.digest) problems.push('inventory.json khác bản chuẩn');
  const again = await observeSite(snapshot, store, key, reference.expected, reference.head);
  for (const [path, digest] of reference.expected) if (again.files.get(path) !== digest) problems.push(`${path} chưa khớp`);
  problems.push(...again.extras.map((p) => `${p} thừa`));
  if (problems.length === 0) problems.push(...(await copyValidationErrors(store, key, ctx.hasher)));
  return problems;
}
