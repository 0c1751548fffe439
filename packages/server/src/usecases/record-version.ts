import type { Catalogue, Copy, PremisEvent } from '@duphong/core';
import { isoVietnam, queuedJob } from '@duphong/core';
import type { Context } from '../ports/context.js';

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
