import type { Copy, PremisEvent } from '@duphong/core';
import { isoVietnam, queuedJob, stateOf } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError } from '../errors.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { readSmall } from '../storage/stage.js';
import { isDataPath, readObjectDescription, type ObjectDescription } from '../aip/read-object.js';
import { readLogEvents } from '../storage/object-logs.js';
import { putVersionWithFiles } from './record-version.js';

export interface ReindexCopy {
  site: string;
  version: number;
  status: Copy['status'];
  verifiedAt: string | null;
}

export interface ReindexResult {
  objectId: string;
  fileCode: string;
  versions: number;
  /** Content files of the head version (the documents and scans). */
  documents: number;
  events: number;
}

/**
 * Put one object into the index from what a site stores: versions, files (sizes from the store),
 * the catalogue file it belongs to, PREMIS events (version content + logs/). Idempotent.
 */
export async function reindexObject(
  ctx: Context,
  objectRootKey: string,
  sourceSite: string,
  copies: ReindexCopy[],
): Promise<ReindexResult | undefined> {
  const store = ctx.sites.get(sourceSite)!.store;
  const root = await readInventoryAt(store, `${objectRootKey}/inventory.json`, ctx.hasher);
  if (!root?.inventory || !root.sidecarOk) return undefined;
  const inventory = root.inventory;
  const head = Number(inventory.head.slice(1));
  const now = isoVietnam(ctx.clock.now());
  const versions: Array<{
    n: number;
    created: string;
    message: string;
    files: Array<{ logicalPath: string; sha256: string; size: number }>;
  }> = [];
  let description: ObjectDescription = { layout: 'legacy', events: [] };
  for (let n = 1; n <= head; n++) {
    const name = `v${n}`;
    const v = inventory.versions[name];
    if (!v) continue;
    const files: Array<{ logicalPath: string; sha256: string; size: number }> = [];
    const state = stateOf(inventory, name);
    for (const [logicalPath, entry] of state) {
      const info = await store.head(`${objectRootKey}/${entry.contentPath}`);
      files.push({ logicalPath, sha256: entry.digest, size: info?.size ?? 0 });
    }
    // The head version describes the object (its AIP's METS and PREMIS, or the first layout's JSON).
    if (n === head)
      description = await readObjectDescription(
        new Set(state.keys()),
        (path) => readSmall(store, `${objectRootKey}/${state.get(path)!.contentPath}`),
        inventory.id,
      );
    versions.push({ n, created: v.created, message: v.message ?? '', files });
  }
  const logEvents: PremisEvent[] = [];
  for (const c of copies) {
    const site = ctx.sites.get(c.site);
    if (site) logEvents.push(...(await readLogEvents(site.store, objectRootKey).catch(() => [])));
  }
  // An event about the whole object is logged on every copy: count and add it once.
  const events = [...new Map([...description.events, ...logEvents].map((e) => [e.id, e])).values()];
  const fileCode = description.fileCode ?? inventory.id;
  await ctx.catalogue.transaction(async (tx) => {
    // Two objects for one file code (left by writers before locks held, or planted): index the
    // first, refuse the second with a finding — never an exit 1 on the catalogue's unique key.
    const holder = await tx.getObjectByFileCode(fileCode);
    if (holder && holder.id !== inventory.id)
      throw integrityError(
        'DP-REINDEX-DUPLICATE-FILE-CODE',
        `Hồ sơ ${fileCode} đã có đối tượng ${holder.id}; đối tượng ${inventory.id} cùng mã hồ sơ không được ghi vào danh mục (cần người kiểm tra).`,
        `File ${fileCode} already has object ${holder.id}; object ${inventory.id} with the same file code was not indexed (needs a person to look).`,
      );
    if (!(await tx.getFile(fileCode))) {
      // The AIP's own EAD describes the file: an emptied catalogue gets the description back too.
      await tx.records.putFile({
        code: fileCode,
        fondsCode: description.fondsCode ?? null,
        title: description.title ?? fileCode,
        fields: description.fields ?? {},
        legacy: {},
        createdAt: versions[0]?.created ?? now,
        updatedAt: now,
      });
    }
    const existing = await tx.getObject(inventory.id);
    await tx.putObject({ id: inventory.id, fileCode, head, createdAt: existing?.createdAt ?? versions[0]?.created ?? now, updatedAt: now });
    for (const v of versions) {
      await putVersionWithFiles(tx, inventory.id, v.n, v.created, v.message, v.files);
    }
    for (const c of copies)
      await tx.putCopy({
        objectId: inventory.id,
        site: c.site,
        version: c.version,
        status: c.status,
        verifiedAt: c.verifiedAt,
        detail: null,
      });
    for (const e of events) await tx.addEvent(e);
  });
  return {
    objectId: inventory.id,
    fileCode,
    versions: versions.length,
    documents: versions.at(-1)?.files.filter((f) => isDataPath(f.logicalPath)).length ?? 0,
    events: events.length,
  };
}

/** After a crash: the sites where the journaled version committed hold a verified copy. */
export async function reindexObjectFromSite(
  ctx: Context,
  objectId: string,
  committedSites: string[],
  rolledBackSites: string[] = [],
): Promise<void> {
  const key = objectKey(objectId, ctx.hasher);
  const now = isoVietnam(ctx.clock.now());
  const source = committedSites[0]!;
  const read = await readInventoryAt(ctx.sites.get(source)!.store, `${key}/inventory.json`, ctx.hasher);
  const head = read?.inventory ? Number(read.inventory.head.slice(1)) : 0;
  const known = await ctx.catalogue.listCopies(objectId);
  const copies: ReindexCopy[] = committedSites.map((site) => ({ site, version: head, status: 'ok', verifiedAt: now }));
  await reindexObject(ctx, key, source, copies);
  // Copies the crashed write never reached stay pending, with a job to complete them.
  const behind = new Map(known.map((c) => [c.site, c]));
  for (const site of rolledBackSites)
    if (!behind.has(site)) behind.set(site, { objectId, site, version: 0, status: 'pending', verifiedAt: null, detail: null });
  for (const c of behind.values()) {
    if (committedSites.includes(c.site) || c.version >= head) continue;
    await ctx.catalogue.putCopy({ ...c, status: 'pending', detail: `chờ sao chép v${head}` });
    await ctx.catalogue.enqueueJob(queuedJob('replicate', { objectId, site: c.site }, now));
  }
}
