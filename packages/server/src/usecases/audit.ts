import { randomUUID } from 'node:crypto';
import type { AuditFinding, AuditRun, Copy } from '@duphong/core';
import { dueBefore, isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { DuphongError } from '../errors.js';
import { ensureStorageRoot } from '../storage/site-ocfl.js';
import { auditObject } from './audit-object.js';
import { recoverJournal } from './recover.js';
import { refreshRiskRecoveryStatusQuietly } from './backup-list.js';
import { markVanishedSites } from './site-presence.js';

export { dueBefore } from '@duphong/core';

export interface AuditOptions {
  site?: string;
  all?: boolean;
  /** Exactly these objects (every copy of each): what the scheduled audit picked. */
  objects?: string[];
  repair?: boolean;
  /** Finish crashed writes first (default); the server's scheduler leaves that to its start-up. */
  recover?: boolean;
  /** Look for vanished sites first (default); the scheduler does it itself, at most once per idle interval. */
  checkSites?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface AuditSummary {
  run: string;
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  unreachable: number;
  /** Objects not audited because another writer held their lock (DP-LOCKED findings): retried next time. */
  skipped: number;
  findings: AuditFinding[];
}

async function copiesInScope(ctx: Context, options: AuditOptions): Promise<Copy[]> {
  if (options.objects) return (await Promise.all(options.objects.map((id) => ctx.catalogue.listCopies(id)))).flat();
  if (options.all) return (await Promise.all((await ctx.catalogue.listObjects()).map((o) => ctx.catalogue.listCopies(o.id)))).flat();
  const due = await ctx.catalogue.listCopiesDue(
    dueBefore(ctx.clock.now(), ctx.config.audit.periodMonths),
    options.site !== undefined ? { site: options.site } : {},
  );
  // Missing copies are looked at again every time: their site may be back (a disk remounted), or a
  // source to repair from may have come back.
  const seen = new Set(due.map((c) => `${c.objectId} ${c.site}`));
  const missing = (await ctx.catalogue.listCopiesByStatus('missing')).filter(
    (c) => !seen.has(`${c.objectId} ${c.site}`) && (options.site === undefined || c.site === options.site),
  );
  return [...due, ...missing];
}

function isLocked(error: unknown): error is DuphongError {
  return error instanceof DuphongError && error.code === 'DP-LOCKED';
}

export async function runAudit(ctx: Context, options: AuditOptions = {}): Promise<AuditSummary> {
  const startedAt = isoVietnam(ctx.clock.now());
  if (options.recover !== false) await recoverJournal(ctx, { all: true });
  const summary: AuditSummary = {
    run: randomUUID(),
    checked: 0,
    damaged: 0,
    repaired: 0,
    unrepaired: 0,
    unreachable: 0,
    skipped: 0,
    findings: [],
  };
  // A site whose storage is gone: every copy there becomes missing, and (unless the scheduler
  // picked the objects) every one of them is audited now, not only those due.
  const vanished =
    options.checkSites === false ? [] : await markVanishedSites(ctx, options.site !== undefined ? [options.site] : undefined);
  const due = await copiesInScope(ctx, options);
  for (const gone of vanished) {
    summary.findings.push({ object: '', site: gone.site, path: null, code: gone.code, detail: gone.detail });
    // Repairs must land in a storage root, not in a bare folder.
    if (gone.code === 'DP-SITE-ROOT-MISSING' && options.repair !== false)
      await ensureStorageRoot(ctx.sites.get(gone.site)!, ctx.hasher, ctx.clock);
    if (options.objects) continue;
    const inScope = new Set(due.filter((c) => c.site === gone.site).map((c) => c.objectId));
    for (const c of await ctx.catalogue.listCopiesBySite(gone.site)) if (!inScope.has(c.objectId)) due.push(c);
  }
  const scoped = options.site ? due.filter((c) => c.site === options.site) : due;
  const byObject = new Map<string, Copy[]>();
  for (const c of scoped) byObject.set(c.objectId, [...(byObject.get(c.objectId) ?? []), c]);

  let done = 0;
  for (const [objectId, dueCopies] of byObject) {
    const object = await ctx.catalogue.getObject(objectId);
    if (!object) continue;
    let started = false;
    try {
      await ctx.locks.hold(object.fileCode, 'audit', () => {
        started = true;
        return auditObject(
          ctx,
          objectId,
          object.head,
          dueCopies.map((c) => c.site),
          options.repair !== false,
          summary,
        );
      });
    } catch (error) {
      // Another writer has this object now: go on with the others, say so, retry it next time.
      if (started || !isLocked(error)) throw error;
      summary.skipped += 1;
      summary.findings.push({
        object: objectId,
        site: dueCopies.map((c) => c.site).join(','),
        path: null,
        code: 'DP-LOCKED',
        detail: `Bỏ qua hồ sơ ${object.fileCode}: đang được xử lý (${error.vi}); sẽ kiểm tra lần sau.`,
      });
    }
    options.onProgress?.(++done, byObject.size);
  }
  const run: AuditRun = {
    id: summary.run,
    startedAt,
    finishedAt: isoVietnam(ctx.clock.now()),
    scope: options.objects ? 'scheduled' : options.all ? 'all' : options.site ? `site:${options.site}` : 'due',
    checked: summary.checked,
    damaged: summary.damaged,
    repaired: summary.repaired,
    unrepaired: summary.unrepaired,
    findings: summary.findings,
  };
  await ctx.catalogue.putAuditRun(run);
  await refreshRiskRecoveryStatusQuietly(ctx);
  return summary;
}
