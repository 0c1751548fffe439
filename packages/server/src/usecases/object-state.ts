import type { Catalogue, Copy, Inventory, PremisEvent } from '@duphong/core';
import { isoVietnam, queuedJob, stateOf } from '@duphong/core';
import type { Context } from '../app/context.js';
import { unavailableError } from '../app/errors.js';
import { objectKey, readInventoryAt } from './site-ocfl.js';
import { readSmall } from './stage.js';
import { isDataPath, readObjectDescription } from '../aip/read-object.js';

export interface HeadState {
  version: number;
  inventory: Inventory;
  /** Content (documents, scans) logical path → sha256. */
  dataState: Map<string, string>;
  events: PremisEvent[];
  site: string;
}

/** The head version as stored, read from a site whose copy is ok; the inventory's sidecar is checked. */
export async function loadHeadState(ctx: Context, objectId: string, head: number): Promise<HeadState> {
  const copies = (await ctx.catalogue.listCopies(objectId)).filter((c) => c.status === 'ok' && c.version === head);
  const key = objectKey(objectId, ctx.hasher);
  for (const copy of copies) {
    const site = ctx.sites.get(copy.site);
    if (!site) continue;
    try {
      const read = await readInventoryAt(site.store, `${key}/inventory.json`, ctx.hasher);
      if (!read?.sidecarOk || !read.inventory || read.inventory.head !== `v${head}`) continue;
      const state = stateOf(read.inventory, read.inventory.head);
      const dataState = new Map<string, string>();
      for (const [path, entry] of state) if (isDataPath(path)) dataState.set(path, entry.digest);
      const { events } = await readObjectDescription(
        new Set(state.keys()),
        (path) => readSmall(site.store, `${key}/${state.get(path)!.contentPath}`),
        objectId,
      );
      return { version: head, inventory: read.inventory, dataState, events, site: copy.site };
    } catch (error) {
      ctx.log.warn('cannot read head state from site', { site: copy.site, error: String(error) });
    }
  }
  throw unavailableError(
    'DP-NO-GOOD-COPY',
    'Không đọc được phiên bản hiện tại từ bản sao tốt nào (site ngoại tuyến?); hãy thử lại sau.',
    'No good copy of the head version is readable; retry later.',
  );
}

export type VersionFile = { logicalPath: string; sha256: string; size: number };

/** One version and its file list, as the index keeps them (ingest and reindex both write this). */
export async function putVersionWithFiles(
  tx: Catalogue,
  objectId: string,
  version: number,
  created: string,
  message: string,
  files: VersionFile[],
): Promise<void> {
  const bytes = files.reduce((n, f) => n + f.size, 0);
  await tx.putVersion({ objectId, version, created, message, files: files.length, bytes });
  await tx.putVersionFiles(
    objectId,
    version,
    files.map((f) => ({ objectId, version, ...f })),
  );
}

export interface VersionRecord {
  objectId: string;
  fileCode: string;
  version: number;
  created: string;
  message: string;
  files: Array<{ logicalPath: string; sha256: string; size: number }>;
  okSites: string[];
  pendingSites: string[];
  events: PremisEvent[];
  isNew: boolean;
}

/** Record a committed version in the index in one transaction; copies not yet written get a replication job. */
export async function recordVersion(ctx: Context, r: VersionRecord): Promise<Array<{ site: string; status: Copy['status'] }>> {
  const now = isoVietnam(ctx.clock.now());
  return ctx.catalogue.transaction(async (tx) => {
    const existing = await tx.getObject(r.objectId);
    await tx.putObject({
      id: r.objectId,
      fileCode: r.fileCode,
      head: Math.max(r.version, existing?.head ?? 0),
      createdAt: existing?.createdAt ?? r.created,
      updatedAt: now,
    });
    await putVersionWithFiles(tx, r.objectId, r.version, r.created, r.message, r.files);
    const copies: Array<{ site: string; status: Copy['status'] }> = [];
    for (const site of r.okSites) {
      await tx.putCopy({ objectId: r.objectId, site, version: r.version, status: 'ok', verifiedAt: now, detail: null });
      copies.push({ site, status: 'ok' });
    }
    for (const site of r.pendingSites) {
      const prior = await tx.getCopy(r.objectId, site);
      await tx.putCopy({
        objectId: r.objectId,
        site,
        version: prior?.version ?? 0,
        status: 'pending',
        verifiedAt: prior?.verifiedAt ?? null,
        detail: `chờ sao chép v${r.version}`,
      });
      await tx.enqueueJob(queuedJob('replicate', { objectId: r.objectId, site }, now));
      copies.push({ site, status: 'pending' });
    }
    for (const e of r.events) await tx.addEvent(e);
    return copies.sort((a, b) => a.site.localeCompare(b.site));
  });
}
