import { isoVietnam, queuedJob } from '@duphong/core';
import { unavailableError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { harvestAll } from './harvest.js';

/**
 * The `harvest` job (decision 0027): harvest every peer (or one). A peer that could not be
 * reached fails the job as "unavailable", so the runner retries it with backoff; the peers that
 * answered are harvested anyway and a retry resumes the others where they stopped.
 */
export async function harvestJob(ctx: Context, peer: string | undefined): Promise<unknown> {
  const result = await harvestAll(ctx, peer);
  if (result.failures.length > 0)
    throw unavailableError(
      'DP-HARVEST-UNAVAILABLE',
      `Thu thập chưa xong: ${result.failures.map((f) => `${f.peer} [${f.code}]`).join(', ')}.`,
      `Harvest not complete: ${result.failures.map((f) => `${f.peer} [${f.code}]`).join(', ')}.`,
    );
  return result;
}

/**
 * Queue a harvest when the last one started more than `national.syncEveryMinutes` ago and none is
 * waiting (the job runner asks on each tick). Returns whether it queued one.
 */
export async function queueHarvestIfDue(ctx: Context): Promise<boolean> {
  if (!ctx.config.national.peers.some((p) => p.harvest)) return false;
  const waiting = [
    ...(await ctx.catalogue.listJobs({ status: 'queued', kind: 'harvest' })),
    ...(await ctx.catalogue.listJobs({ status: 'running', kind: 'harvest' })),
  ];
  if (waiting.length > 0) return false;
  const [last] = await ctx.catalogue.portal.listRuns({ limit: 1 });
  const now = ctx.clock.now();
  if (last && now.getTime() - Date.parse(last.startedAt) < ctx.config.national.syncEveryMinutes * 60_000) return false;
  await ctx.catalogue.enqueueJob(queuedJob('harvest', {}, isoVietnam(now)));
  return true;
}
