import { randomUUID } from 'node:crypto';
import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError, unavailableError } from '../errors.js';
import { STAGING, ensureStorageRoot, objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { absentContent, completeCopy, copyValidationErrors, referenceStructure } from '../storage/complete-copy.js';
import { appendLogEvents } from '../storage/object-logs.js';
import { event } from './ingest.js';
import { refreshRiskRecoveryStatusOf } from './backup-list.js';

/**
 * Bring one site's copy up to the head version from a verified good copy (storage/complete-copy:
 * missing content first, then the declaration and version inventories, then the root inventory,
 * the commit point), and call it `ok` only once the validator agrees. Used by the job that
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
      if (Number(inventory.head.slice(1)) !== object.head) continue; // never copy what the catalogue did not commit
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
      // The one storage function that brings a copy to the reference: content, declaration,
      // every version inventory + sidecar byte-exact, then the root inventory.
      const structure = await referenceStructure([from.store], key, { ...read, inventory }, ctx.hasher);
      const content = (await absentContent(target.store, key, inventory)).map((c) => ({ ...c, from: from.store }));
      const { copied } = await completeCopy({
        hasher: ctx.hasher,
        target: target.store,
        key,
        structure,
        content,
        root: read,
        stagingPrefix,
      });
      // A copy is `ok` only once the project's validator agrees (object and storage root).
      const invalid = await copyValidationErrors(target.store, key, ctx.hasher);
      if (invalid.length > 0)
        throw integrityError(
          'DP-REPLICATE-INVALID',
          `Bản sao trên "${targetSite}" chưa hợp lệ OCFL sau khi sao chép: ${invalid.join('; ')}`,
          `The copy on "${targetSite}" is not valid OCFL after replication: ${invalid.join('; ')}`,
        );
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
