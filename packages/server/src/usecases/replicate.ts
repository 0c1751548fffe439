import { randomUUID } from 'node:crypto';
import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { unavailableError } from '../errors.js';
import { STAGING, ensureStorageRoot, objectKey, putSmall, readInventoryAt, sidecarBytes } from '../storage/site-ocfl.js';
import { copyBlobVerified } from '../storage/copy-blob.js';
import { writeInventoryBytes } from '../storage/commit.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { event } from './ingest.js';
import { refreshRiskRecoveryStatusOf } from './backup-list.js';

/**
 * Bring one site's copy up to the head version from a verified good copy: missing content first,
 * then the version inventories, then the root inventory (the commit point). Used by the job that
 * completes `pending` copies and by the audit when a copy has fallen behind.
 */
export async function replicateToSite(ctx: Context, objectId: string, targetSite: string): Promise<{ version: number; files: number }> {
  const object = await ctx.catalogue.getObject(objectId);
  if (!object) throw new Error(`unknown object ${objectId}`);
  const target = ctx.sites.get(targetSite);
  if (!target) throw new Error(`unknown site ${targetSite}`);
  const probe = await target.store.probe();
  if (!probe.online || !probe.writable)
    throw unavailableError('DP-SITE-UNAVAILABLE', `Site "${targetSite}" chưa trực tuyến.`, `Site "${targetSite}" is offline.`);
  return ctx.locks.hold(object.fileCode, 'replicate', async () => {
    await ensureStorageRoot(target, ctx.hasher, ctx.clock);
    const key = objectKey(objectId, ctx.hasher);
    const sources = (await ctx.catalogue.listCopies(objectId)).filter(
      (c) => c.status === 'ok' && c.version === object.head && c.site !== targetSite,
    );
    for (const source of sources) {
      const from = ctx.sites.get(source.site);
      if (!from) continue;
      const read = await readInventoryAt(from.store, `${key}/inventory.json`, ctx.hasher).catch(() => undefined);
      if (!read?.inventory || !read.sidecarOk) continue;
      const inventory = read.inventory;
      const targetRoot = await readInventoryAt(target.store, `${key}/inventory.json`, ctx.hasher).catch(() => undefined);
      const jid = randomUUID();
      const stagingPrefix = `${STAGING}/${jid}/`;
      ctx.journal.write({
        id: jid,
        op: 'replicate',
        objectId,
        fileCode: object.fileCode,
        objectRoot: key,
        version: object.head,
        sites: [targetSite],
        stagingPrefix,
        createdAt: isoVietnam(new Date()),
        pid: process.pid,
      });
      let copied = 0;
      for (const [digest, paths] of Object.entries(inventory.manifest)) {
        for (const contentPath of paths) {
          const finalKey = `${key}/${contentPath}`;
          if (await target.store.head(finalKey)) continue; // already there; the audit checks its fixity
          await copyBlobVerified(from.store, finalKey, target.store, finalKey, digest, ctx.hasher, stagingPrefix);
          copied += 1;
        }
      }
      const isNew = !targetRoot;
      for (let n = 1; n < object.head; n++) {
        const vKey = `${key}/v${n}/inventory.json`;
        if (!(await target.store.head(vKey))) {
          const older = await readInventoryAt(from.store, vKey, ctx.hasher);
          if (older?.inventory && older.sidecarOk) {
            // byte-exact, so the version inventory keeps the digest its sidecar and the later versions knew
            await putSmall(target.store, vKey, older.bytes, ctx.hasher);
            await putSmall(target.store, `${vKey}.sha256`, sidecarBytes(older.digest), ctx.hasher);
          }
        }
      }
      await writeInventoryBytes(ctx, target.store, key, inventory.head, read.bytes, read.digest, isNew);
      const now = isoVietnam(ctx.clock.now());
      const done = event(
        objectId,
        'replication',
        now,
        `Sao chép v${object.head} từ ${source.site} sang ${targetSite}: ${copied} tệp, đã đọc lại khớp SHA-256`,
        targetSite,
      );
      await appendLogEvents(target.store, key, [done], ctx.hasher);
      await ctx.catalogue.transaction(async (tx) => {
        await tx.putCopy({ objectId, site: targetSite, version: object.head, status: 'ok', verifiedAt: now, detail: null });
        await tx.addEvent(done);
      });
      ctx.journal.clear(jid);
      await refreshRiskRecoveryStatusOf(ctx, object.fileCode);
      return { version: object.head, files: copied };
    }
    throw unavailableError('DP-NO-GOOD-COPY', 'Không có bản sao tốt nào đọc được để sao chép.', 'No readable good copy to replicate from.');
  });
}
