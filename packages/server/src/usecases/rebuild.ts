import type { PremisEvent } from '@duphong/core';
import { isoVietnam, queuedJob } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { DuphongError, integrityError, requestError, unavailableError } from '../errors.js';
import { STORAGE_ROOT, readInventoryAt } from '../storage/site-ocfl.js';
import { readLogEvents } from '../storage/object-logs.js';
import { reindexObject, type ReindexCopy } from './reindex.js';
import { refreshRiskRecoveryStatusQuietly } from './backup-list.js';

export interface RebuildResult {
  objects: number;
  /** Catalogue files (hồ sơ) recreated. */
  files: number;
  /** Documents: the head versions' content files under data/. */
  documents: number;
  events: number;
  skipped: Array<{ path: string; reason: string }>;
}

const DECLARATION = /^(.*)\/0=ocfl_object_1\.[01]$/;

/** Latest successful verification of a copy on `site`, from the preservation history. */
function lastVerified(events: PremisEvent[], site: string): string | null {
  const times = events
    .filter((e) => e.site === site && e.outcome === 'success' && ['fixity check', 'replication'].includes(e.type))
    .map((e) => e.dateTime);
  return times.sort().at(-1) ?? null;
}

/**
 * Rebuild the catalogue index from one site's storage alone (the database is only an index):
 * every object found there, and the copies the other reachable sites hold.
 */
export async function rebuildFromSite(ctx: Context, siteName: string, onProgress?: (done: number) => void): Promise<RebuildResult> {
  const site = ctx.sites.get(siteName);
  if (!site) throw requestError('DP-SITE-UNKNOWN', `Không có site "${siteName}" trong cấu hình.`, `No site "${siteName}" is configured.`);
  if ((await ctx.catalogue.countObjects()) > 0)
    throw requestError(
      'DP-REBUILD-NOT-EMPTY',
      'Danh mục hiện có dữ liệu; chỉ dựng lại vào danh mục rỗng (xóa tệp cơ sở dữ liệu hoặc dùng --home mới).',
      'The catalogue is not empty; rebuild only into an empty one (remove the database file or use a new --home).',
    );
  const probe = await site.store.probe();
  if (!probe.online)
    throw unavailableError(
      'DP-SITE-UNAVAILABLE',
      `Site "${siteName}" không truy cập được: ${probe.message ?? ''}`,
      `Site "${siteName}" is unreachable.`,
    );
  // A site without a storage root holds no OCFL objects: rebuilding from it would "succeed" empty.
  const declared = await Promise.all(['0=ocfl_1.1', '0=ocfl_1.0'].map((d) => site.store.head(`${STORAGE_ROOT}/${d}`)));
  if (!declared.some(Boolean))
    throw integrityError(
      'DP-REBUILD-NO-STORAGE-ROOT',
      `Site "${siteName}" không có gốc lưu trữ OCFL (thiếu ${STORAGE_ROOT}/0=ocfl_1.1): không dựng lại được gì từ đó. Chọn site khác, hoặc chạy "duphong audit --all" trên danh mục cũ để khôi phục site này.`,
      `Site "${siteName}" has no OCFL storage root (${STORAGE_ROOT}/0=ocfl_1.1 is missing): nothing can be rebuilt from it. Choose another site, or run "duphong audit --all" with the old catalogue to restore this site.`,
    );
  const others = [...ctx.sites.values()].filter((s) => s.config.name !== siteName);
  const reachable = (
    await Promise.all(others.map(async (s) => ((await s.store.probe().catch(() => ({ online: false }))).online ? s : undefined)))
  ).filter((s) => s !== undefined);

  const result: RebuildResult = { objects: 0, files: 0, documents: 0, events: 0, skipped: [] };
  const fileCodes = new Set<string>();
  for await (const blob of site.store.list(`${STORAGE_ROOT}/`)) {
    const m = DECLARATION.exec(blob.key);
    if (!m) continue;
    const key = m[1]!;
    const source = await readInventoryAt(site.store, `${key}/inventory.json`, ctx.hasher);
    if (!source?.inventory || !source.sidecarOk) {
      result.skipped.push({ path: key, reason: 'inventory thiếu hoặc không khớp sidecar (đối tượng dở dang hoặc hỏng)' });
      continue;
    }
    const head = Number(source.inventory.head.slice(1));
    const sourceEvents = await readLogEvents(site.store, key);
    const copies: ReindexCopy[] = [{ site: siteName, version: head, status: 'ok', verifiedAt: lastVerified(sourceEvents, siteName) }];
    for (const other of reachable) {
      const read = await readInventoryAt(other.store, `${key}/inventory.json`, ctx.hasher).catch(() => undefined);
      if (!read) continue;
      const theirHead = read.inventory ? Number(read.inventory.head.slice(1)) : 0;
      const theirEvents = await readLogEvents(other.store, key).catch(() => []);
      if (read.sidecarOk && read.digest === source.digest)
        copies.push({ site: other.config.name, version: head, status: 'ok', verifiedAt: lastVerified(theirEvents, other.config.name) });
      else if (read.sidecarOk && theirHead < head)
        copies.push({
          site: other.config.name,
          version: theirHead,
          status: 'pending',
          verifiedAt: lastVerified(theirEvents, other.config.name),
        });
      else copies.push({ site: other.config.name, version: theirHead, status: 'damaged', verifiedAt: null });
    }
    let indexed: Awaited<ReturnType<typeof reindexObject>>;
    try {
      indexed = await reindexObject(ctx, key, siteName, copies);
    } catch (error) {
      if (!(error instanceof DuphongError) || error.code !== 'DP-REINDEX-DUPLICATE-FILE-CODE') throw error;
      result.skipped.push({ path: key, reason: error.vi });
      continue;
    }
    if (!indexed) continue;
    const now = isoVietnam(ctx.clock.now());
    for (const c of copies.filter((c) => c.status === 'pending'))
      await ctx.catalogue.enqueueJob(queuedJob('replicate', { objectId: indexed.objectId, site: c.site }, now));
    result.objects += 1;
    fileCodes.add(indexed.fileCode);
    result.documents += indexed.documents;
    result.events += indexed.events;
    onProgress?.(result.objects);
  }
  result.files = fileCodes.size;
  await refreshRiskRecoveryStatusQuietly(ctx);
  return result;
}
