import { randomUUID } from 'node:crypto';
import type { AuditFinding, AuditRun, Copy, PremisEvent } from '@duphong/core';
import { chooseReference, isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { event } from './ingest.js';
import { objectKey } from '../storage/site-ocfl.js';
import { snapshotSite } from '../storage/observe.js';
import { auditObjectWithReference } from './audit-object.js';
import { recoverJournal } from './recover.js';
import { refreshRiskRecoveryStatusQuietly } from './backup-list.js';

export interface AuditOptions {
  site?: string;
  all?: boolean;
  repair?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface AuditSummary {
  run: string;
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  unreachable: number;
  findings: AuditFinding[];
}

/** Copies due for re-verification: never verified, or verified longer ago than the audit period. */
export function dueBefore(now: Date, periodMonths: number): string {
  const d = new Date(now.getTime());
  d.setUTCMonth(d.getUTCMonth() - periodMonths);
  return isoVietnam(d);
}

export async function runAudit(ctx: Context, options: AuditOptions = {}): Promise<AuditSummary> {
  const startedAt = isoVietnam(ctx.clock.now());
  await recoverJournal(ctx, { all: true });
  const due: Copy[] = options.all
    ? (await Promise.all((await ctx.catalogue.listObjects()).map((o) => ctx.catalogue.listCopies(o.id)))).flat()
    : await ctx.catalogue.listCopiesDue(
        dueBefore(ctx.clock.now(), ctx.config.audit.periodMonths),
        options.site !== undefined ? { site: options.site } : {},
      );
  const scoped = options.site ? due.filter((c) => c.site === options.site) : due;
  const byObject = new Map<string, Copy[]>();
  for (const c of scoped) byObject.set(c.objectId, [...(byObject.get(c.objectId) ?? []), c]);

  const summary: AuditSummary = { run: randomUUID(), checked: 0, damaged: 0, repaired: 0, unrepaired: 0, unreachable: 0, findings: [] };
  let done = 0;
  for (const [objectId, dueCopies] of byObject) {
    const object = await ctx.catalogue.getObject(objectId);
    if (!object) continue;
    await ctx.locks.hold(object.fileCode, 'audit', () =>
      auditObject(
        ctx,
        objectId,
        object.head,
        dueCopies.map((c) => c.site),
        options.repair !== false,
        summary,
      ),
    );
    options.onProgress?.(++done, byObject.size);
  }
  const run: AuditRun = {
    id: summary.run,
    startedAt,
    finishedAt: isoVietnam(ctx.clock.now()),
    scope: options.all ? 'all' : options.site ? `site:${options.site}` : 'due',
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

async function auditObject(
  ctx: Context,
  objectId: string,
  head: number,
  dueSites: string[],
  repair: boolean,
  summary: AuditSummary,
): Promise<void> {
  const key = objectKey(objectId, ctx.hasher);
  const copies = await ctx.catalogue.listCopies(objectId);
  // Every copy takes part in the vote, even those not due.
  const snapshots = await Promise.all(
    copies.filter((c) => ctx.sites.has(c.site)).map((c) => snapshotSite(c.site, ctx.sites.get(c.site)!.store, key, ctx.hasher)),
  );
  const now = isoVietnam(ctx.clock.now());
  const choice = chooseReference(
    snapshots.map((s) => ({
      site: s.site,
      reachable: s.reachable,
      sidecarOk: s.root?.sidecarOk ?? false,
      ...(s.root?.inventory && { head: Number(s.root.inventory.head.slice(1)) }),
      ...(s.root && { inventoryDigest: s.root.digest }),
      files: new Map(),
      extras: [],
    })),
    head,
  );
  if (!choice || 'conflict' in choice) {
    const detail = choice && 'conflict' in choice ? choice.conflict : 'không bản sao nào có inventory hợp lệ';
    const code = choice ? 'DP-AUDIT-CONFLICT' : 'DP-AUDIT-NO-SOURCE';
    summary.checked += dueSites.length;
    summary.damaged += dueSites.length;
    summary.unrepaired += dueSites.length;
    summary.findings.push({ object: objectId, site: dueSites.join(','), path: 'inventory.json', code, detail });
    await ctx.catalogue.addIncident({
      id: randomUUID(),
      objectId,
      site: null,
      path: 'inventory.json',
      code,
      detail,
      createdAt: now,
      resolvedAt: null,
    });
    await ctx.catalogue.addEvent(event(objectId, 'fixity check', now, detail, null, 'failure'));
    for (const site of dueSites) {
      const c = copies.find((x) => x.site === site)!;
      await ctx.catalogue.putCopy({ ...c, status: 'damaged', detail });
    }
    return;
  }
  const events: PremisEvent[] = [];
  await auditObjectWithReference(ctx, { objectId, key, snapshots, reference: choice, dueSites, repair, summary, events, copies });
}
