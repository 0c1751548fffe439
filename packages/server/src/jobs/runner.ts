import type { Job, JobKind, JobPayloads } from '@duphong/core';
import { isJobKind, isoVietnam, queuedJob } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { classify } from '../errors.js';
import { recoverJournal } from '../usecases/recover.js';
import { probeSites } from '../usecases/sites.js';
import { AuditScheduler } from '../usecases/audit-schedule.js';
import { RUNNABLE_KINDS, runJob } from './registry.js';
import { scheduleCodeListPull } from '../usecases/codelist-schedule.js';
import { queueHarvestIfDue } from '../usecases/harvest-schedule.js';

const MAX_ATTEMPTS = 12;

/** Retry later with exponential backoff (1 min, 2 min, … capped at 6 h): a site may be down for days. */
export function retryAt(now: Date, attempts: number): string {
  const minutes = Math.min(2 ** Math.max(0, attempts - 1), 360);
  return isoVietnam(new Date(now.getTime() + minutes * 60_000));
}

export async function runOneJob(ctx: Context): Promise<Job | undefined> {
  const now = ctx.clock.now();
  const job = await ctx.catalogue.claimJob(isoVietnam(now), RUNNABLE_KINDS);
  if (!job) return undefined;
  try {
    // Only registered kinds are claimed; the check keeps the compiler and an odd catalogue honest.
    if (!isJobKind(job.kind)) throw new Error(`unknown job kind ${job.kind}`);
    await runJob(ctx, job.kind, job.payload);
    await ctx.catalogue.finishJob(job.id, { status: 'done', now: isoVietnam(ctx.clock.now()) });
  } catch (error) {
    const c = classify(error);
    const retryable = c.exit === 4 && job.attempts < MAX_ATTEMPTS;
    ctx.log.warn('job failed', { job: job.id, kind: job.kind, attempts: job.attempts, error: c.vi, retry: retryable });
    await ctx.catalogue.finishJob(job.id, {
      status: retryable ? 'queued' : 'failed',
      error: c.vi,
      now: isoVietnam(ctx.clock.now()),
      ...(retryable && { runAt: retryAt(ctx.clock.now(), job.attempts) }),
    });
  }
  return job;
}

export async function enqueue<K extends JobKind>(ctx: Context, kind: K, payload: JobPayloads[K]): Promise<Job> {
  const now = isoVietnam(ctx.clock.now());
  const job = queuedJob(kind, payload, now);
  await ctx.catalogue.enqueueJob(job);
  return job;
}

/**
 * The in-process worker of the embedded deployment: finishes crashed writes, then runs due jobs;
 * when a site comes back online its waiting replication jobs are made due at once.
 */
export class JobRunner {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private stopped = false;
  private wasOnline = new Map<string, boolean>();

  /** The background audit (config `audit.scheduled`): runs when the job queue is drained. */
  readonly audits: AuditScheduler | undefined;

  constructor(private readonly ctx: Context) {
    this.audits = ctx.config.audit.scheduled ? new AuditScheduler(ctx) : undefined;
  }

  async start(): Promise<void> {
    await this.ctx.catalogue.requeueRunningJobs(isoVietnam(this.ctx.clock.now()));
    await recoverJournal(this.ctx, { all: true });
    this.schedule(0);
  }

  private schedule(ms: number): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.tick(), ms);
  }

  async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = true;
    try {
      await this.wakeOnSiteReturn();
      await scheduleCodeListPull(this.ctx);
      while (!this.stopped && (await runOneJob(this.ctx))) {
        // drain what is due
      }
      // One batch of the background audit, then back to the queue: jobs never wait for a whole pass.
      if (!this.stopped && this.audits) await this.audits.tick(this.ctx.clock.now());
      // The portal's scheduled harvest (decision 0027), asked at most once a minute.
      if (!this.stopped && Date.now() - this.harvestAskedAt >= 60_000) {
        this.harvestAskedAt = Date.now();
        await queueHarvestIfDue(this.ctx);
      }
    } catch (error) {
      this.ctx.log.error('job runner tick failed', { error: String(error) });
    } finally {
      this.running = false;
      this.schedule(this.ctx.config.jobs.pollMs);
    }
  }

  private lastProbe = 0;
  private harvestAskedAt = Number.NEGATIVE_INFINITY;

  private async wakeOnSiteReturn(): Promise<void> {
    if (Date.now() - this.lastProbe < this.ctx.config.jobs.probeMs) return;
    this.lastProbe = Date.now();
    const online = await probeSites(this.ctx);
    for (const [site, up] of online) {
      if (up && this.wasOnline.get(site) === false) {
        const now = isoVietnam(this.ctx.clock.now());
        for (const job of await this.ctx.catalogue.listJobs({ status: 'queued', kind: 'replicate' })) {
          if (job.payload.site === site) await this.ctx.catalogue.finishJob(job.id, { status: 'queued', runAt: now, now });
        }
        // Copies marked missing while it was away are verified again (or repaired) at once.
        await enqueue(this.ctx, 'audit', { site });
      }
      this.wasOnline.set(site, up);
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 50));
  }
}
