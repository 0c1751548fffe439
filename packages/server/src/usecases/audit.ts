import { randomUUID } from 'node:crypto';
import type { AuditFinding, AuditRun, Copy } from '@duphong/core';
import { isoVietnam } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { auditObject } from './audit-object.js';
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
    const release = await ctx.locks.acquire(object.fileCode, 'audit');
    try {
      await auditObject(
        ctx,
        objectId,
        object.head,
        dueCopies.map((c) => c.site),
        options.repair !== false,
        summary,
      );
    } finally {
      await release();
    }
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
