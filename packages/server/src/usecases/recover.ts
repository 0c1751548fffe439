import type { BlobStore } from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { JournalEntry } from '../ports/journal.js';
import { readInventoryAt, putSmall, sidecarBytes } from '../storage/site-ocfl.js';
import { reindexObjectFromSite } from './reindex.js';

type SiteOutcome = 'committed' | 'rolled-back' | 'unreachable';

/**
 * Finish what a crashed (or failed) write left: on each site, a root inventory already at the
 * journaled version means committed (roll forward: fix the sidecar, record it); anything else is
 * rolled back (version folders above the root inventory's head deleted, staging cleared).
 */
export async function recoverJournal(ctx: Context, filter: { fileCode?: string; journalId?: string; all?: boolean }): Promise<number> {
  let recovered = 0;
  for (const entry of ctx.journal.pending()) {
    if (filter.journalId !== undefined) {
      if (entry.id !== filter.journalId) continue;
    } else {
      if (ctx.journal.writerAlive(entry)) continue;
      if (filter.fileCode !== undefined && entry.fileCode !== filter.fileCode) continue;
    }
    await recoverEntry(ctx, entry);
    recovered += 1;
  }
  return recovered;
}

async function recoverEntry(ctx: Context, entry: JournalEntry): Promise<void> {
  const outcomes = new Map<string, SiteOutcome>();
  for (const siteName of entry.sites) {
    const site = ctx.sites.get(siteName);
    if (!site) continue;
    try {
      outcomes.set(siteName, await recoverSite(ctx, site.store, entry));
    } catch (error) {
      ctx.log.warn('journal recovery: site unreachable', { site: siteName, journal: entry.id, error: String(error) });
      outcomes.set(siteName, 'unreachable');
    }
  }
  if ([...outcomes.values()].includes('unreachable')) {
    ctx.log.warn('journal entry kept until every site is reachable', { journal: entry.id });
    return;
  }
  const committed = [...outcomes].filter(([, o]) => o === 'committed').map(([s]) => s);
  const rolledBack = [...outcomes].filter(([, o]) => o === 'rolled-back').map(([s]) => s);
  if (committed.length > 0) await reindexObjectFromSite(ctx, entry.objectId, committed, rolledBack);
  ctx.log.info('journal entry recovered', { journal: entry.id, op: entry.op, committed });
  ctx.journal.clear(entry.id);
}

async function recoverSite(ctx: Context, store: BlobStore, entry: JournalEntry): Promise<SiteOutcome> {
  const root = await readInventoryAt(store, `${entry.objectRoot}/inventory.json`, ctx.hasher);
  const rootHead = root?.inventory ? Number(root.inventory.head.slice(1)) : 0;
  let outcome: SiteOutcome;
  if (root && rootHead >= entry.version) {
    if (!root.sidecarOk) await putSmall(store, `${entry.objectRoot}/inventory.json.sha256`, sidecarBytes(root.digest), ctx.hasher);
    outcome = 'committed';
  } else if (root && !root.inventory) {
    // An unparseable root inventory is damage, not a crash (inventory writes are atomic): the audit handles it.
    outcome = 'rolled-back';
  } else {
    const doomed: string[] = [];
    for await (const blob of store.list(`${entry.objectRoot}/`)) {
      const rest = blob.key.slice(entry.objectRoot.length + 1);
      const m = /^v(\d+)\//.exec(rest);
      const inNewVersion = m !== null && Number(m[1]) > rootHead;
      if (rootHead === 0 || inNewVersion) doomed.push(blob.key);
    }
    for (const key of doomed) await store.delete(key);
    outcome = 'rolled-back';
  }
  for await (const blob of store.list(entry.stagingPrefix)) await store.delete(blob.key);
  // temp files of writes the crash interrupted, in staging and in the object itself
  await store.sweep(entry.stagingPrefix);
  await store.sweep(`${entry.objectRoot}/`);
  return outcome;
}
