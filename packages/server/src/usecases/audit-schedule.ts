import type { AuditCandidate, AuditCoverage } from '@duphong/core';
import { auditCoverage, dueBefore, parseAuditWindow, planAuditTick, vietnamDay, WHOLE_DAY } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { runAudit, type AuditSummary } from './audit.js';
import { markVanishedSites } from './site-presence.js';

/** Coverage of the audit over every copy, for the API and `duphong audit --status`. */
export interface AuditStatus extends AuditCoverage {
  dailyBytes: number;
  window: string;
  scheduled: boolean;
}

export async function auditStatus(ctx: Context): Promise<AuditStatus> {
  const now = ctx.clock.now();
  const { periodMonths, dailyBytes, window, scheduled } = ctx.config.audit;
  const counts = await ctx.catalogue.copyCoverage(dueBefore(now, periodMonths));
  return { ...auditCoverage(counts, now, periodMonths), dailyBytes, window, scheduled };
}

export type AuditTickResult =
  | { ran: false; reason: 'waiting' | 'outside-window' | 'budget-spent' | 'nothing-due' }
  | { ran: true; objects: string[]; bytes: number; summary: AuditSummary };

export interface AuditSchedulerOptions {
  /** Objects audited per tick at most: a stop request or a user's job never waits for a whole day's audit. */
  maxObjects?: number;
  /** After a tick with nothing to do, wait this long before asking the catalogue again. */
  idleMs?: number;
}

/** How many due copies are read from the catalogue per tick to find the next objects. */
const DUE_LOOKAHEAD = 500;

/**
 * The server's background audit: on each `tick(now)` (the job runner calls it when its queue is
 * drained) it audits the objects whose copies are due, oldest verification first, within the
 * day's byte budget and the time window. Locked objects are skipped by the audit and, since their
 * copies stay due, picked again on a later tick. The day's spending is kept in memory: a restart
 * starts the day afresh (at worst one extra day's budget is read).
 */
export class AuditScheduler {
  private day = '';
  private spent = 0;
  private idleUntil = 0;
  private sitesCheckedAt = Number.NEGATIVE_INFINITY;
  private readonly maxObjects: number;
  private readonly idleMs: number;

  constructor(
    private readonly ctx: Context,
    options: AuditSchedulerOptions = {},
  ) {
    this.maxObjects = options.maxObjects ?? 20;
    this.idleMs = options.idleMs ?? 60_000;
  }

  /** Bytes read by scheduled audits on the current Vietnam day. */
  get spentToday(): number {
    return this.spent;
  }

  async tick(now: Date): Promise<AuditTickResult> {
    if (now.getTime() < this.idleUntil) return { ran: false, reason: 'waiting' };
    const day = vietnamDay(now);
    if (day !== this.day) {
      this.day = day;
      this.spent = 0;
    }
    // Probing writes a small object on S3 sites: vanished sites are looked for once per idle interval, not per batch.
    if (now.getTime() - this.sitesCheckedAt >= this.idleMs) {
      this.sitesCheckedAt = now.getTime();
      await markVanishedSites(this.ctx);
    }
    const { periodMonths, dailyBytes, window } = this.ctx.config.audit;
    const candidates = await this.candidates(now, periodMonths);
    const decision = planAuditTick({
      now,
      window: parseAuditWindow(window) ?? parseAuditWindow(WHOLE_DAY)!,
      dailyBytes,
      spentToday: this.spent,
      candidates,
      maxObjects: this.maxObjects,
    });
    if (!decision.run) {
      this.idleUntil = now.getTime() + this.idleMs;
      return { ran: false, reason: decision.reason };
    }
    // Crashed writes are finished at server start (JobRunner.start), not on every tick.
    const summary = await runAudit(this.ctx, { objects: decision.objects, recover: false, checkSites: false });
    const skipped = new Set(summary.findings.filter((f) => f.code === 'DP-LOCKED').map((f) => f.object));
    const cost = new Map(candidates.map((c) => [c.objectId, c.bytes]));
    const read = decision.objects.filter((o) => !skipped.has(o)).reduce((n, o) => n + (cost.get(o) ?? 0), 0);
    this.spent += read;
    // Everything picked was locked: give the holders time instead of asking again at once.
    if (skipped.size === decision.objects.length) this.idleUntil = now.getTime() + this.idleMs;
    this.ctx.log.info('scheduled audit', {
      objects: decision.objects.length,
      skipped: skipped.size,
      bytes: read,
      spentToday: this.spent,
      checked: summary.checked,
      damaged: summary.damaged,
      repaired: summary.repaired,
      unrepaired: summary.unrepaired,
    });
    return { ran: true, objects: decision.objects, bytes: read, summary };
  }

  /**
   * Objects with a copy due, oldest verification first, each with what auditing it reads: every
   * copy is re-hashed against the reference, about the head version's size per copy.
   */
  private async candidates(now: Date, periodMonths: number): Promise<AuditCandidate[]> {
    const due = await this.ctx.catalogue.listCopiesDue(dueBefore(now, periodMonths), { limit: DUE_LOOKAHEAD });
    const order: string[] = [];
    for (const c of due) if (!order.includes(c.objectId)) order.push(c.objectId);
    const out: AuditCandidate[] = [];
    for (const objectId of order.slice(0, this.maxObjects)) {
      const versions = await this.ctx.catalogue.listVersions(objectId);
      const headBytes = versions.reduce((best, v) => (v.version > best.version ? v : best), { version: 0, bytes: 0 }).bytes;
      const copies = await this.ctx.catalogue.listCopies(objectId);
      out.push({ objectId, bytes: headBytes * copies.length });
    }
    return out;
  }
}
