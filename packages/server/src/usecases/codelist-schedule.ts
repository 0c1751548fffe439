import { isoVietnam, queuedJob } from '@duphong/core';
import type { Context } from '../ports/context.js';

/*
 * The scheduled pull of shared code lists (decision 0029): every national.syncEveryMinutes a
 * `codelist-pull` job is queued when an upstream is configured and none is waiting. A failed pull
 * (upstream down) stays queued and the job runner retries it with backoff, so no second one is
 * queued meanwhile; the lists here are untouched until a pull succeeds.
 */
export async function scheduleCodeListPull(ctx: Context): Promise<boolean> {
  const n = ctx.config.national;
  if (n.upstream === undefined) return false;
  for (const status of ['queued', 'running'] as const)
    if ((await ctx.catalogue.listJobs({ status, kind: 'codelist-pull' })).length > 0) return false;
  const [last] = await ctx.catalogue.codeListSync.pulls(1);
  const now = ctx.clock.now();
  if (last && now.getTime() - Date.parse(last.at) < n.syncEveryMinutes * 60_000) return false;
  await ctx.catalogue.enqueueJob(queuedJob('codelist-pull', {}, isoVietnam(now)));
  return true;
}
