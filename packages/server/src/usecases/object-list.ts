import type { AuditFinding, AuditRun, BackupObject, Job, JobKind, Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { RecordScope } from './record-scope.js';

/*
 * The backup-objects list for one signed-in user. Users scoped to 'all' page straight in the
 * catalogue. A unit-scoped user sees only objects whose file's fonds belongs to one of their units
 * (core inScope through RecordScope; an object without a file description belongs to the instance),
 * so the objects are filtered before paging: the total counts only what the user can see and
 * pages never come back short or leak another unit's count.
 */
export async function listObjectsFor(
  ctx: Context,
  principal: Principal | undefined,
  page: { limit: number; offset: number },
): Promise<{ total: number; objects: BackupObject[] }> {
  if (principal?.units === 'all') {
    const [total, objects] = await Promise.all([ctx.catalogue.countObjects(), ctx.catalogue.listObjects(page)]);
    return { total, objects };
  }
  const visible = objectVisibility(ctx, principal);
  const all = await ctx.catalogue.listObjects();
  const mine: BackupObject[] = [];
  for (const object of all) if (await visible(object.fileCode)) mine.push(object);
  return { total: mine.length, objects: mine.slice(page.offset, page.offset + page.limit) };
}

/**
 * Whether the object of a file code is within the principal's units (unit scope only, as the
 * lists need it; levels are asked when one object is opened). Answers are remembered per request.
 */
export function objectVisibility(ctx: Context, principal: Principal | undefined): (fileCode: string) => Promise<boolean> {
  const scope = new RecordScope(ctx.catalogue, principal);
  const known = new Map<string, boolean>();
  return async (fileCode) => {
    if (principal?.units === 'all') return true;
    let answer = known.get(fileCode);
    if (answer === undefined) {
      const file = await ctx.catalogue.records.getFile(fileCode);
      answer = file !== undefined && scope.unitVisible(await scope.unitOf(file));
      known.set(fileCode, answer);
    }
    return answer;
  };
}

/** The same question by object id (jobs and audit findings name the object, not the file). */
export function objectIdVisibility(ctx: Context, principal: Principal | undefined): (objectId: string) => Promise<boolean> {
  const byFile = objectVisibility(ctx, principal);
  return async (objectId) => {
    if (principal?.units === 'all') return true;
    const object = await ctx.catalogue.getObject(objectId);
    return object !== undefined && byFile(object.fileCode);
  };
}

/**
 * Background jobs for one user, newest first. A unit-scoped user does not see jobs of another
 * unit's object (replicate jobs carry the object id); jobs that name no object are left as they are.
 */
export async function listJobsFor(
  ctx: Context,
  principal: Principal | undefined,
  query: { status?: Job['status']; kind?: JobKind; limit: number },
): Promise<Job[]> {
  const { limit, ...filter } = query;
  const visible = objectIdVisibility(ctx, principal);
  const jobs: Job[] = [];
  for (const job of await ctx.catalogue.listJobs(filter)) {
    const objectId = job.payload['objectId'];
    if (typeof objectId !== 'string' || (await visible(objectId))) jobs.push(job);
  }
  return jobs.slice(-limit).reverse();
}

/** Audit runs for one user: findings about another unit's objects are left out for a unit-scoped user. */
export async function listAuditRunsFor(ctx: Context, principal: Principal | undefined, limit: number): Promise<AuditRun[]> {
  const runs = await ctx.catalogue.listAuditRuns(limit);
  if (principal?.units === 'all') return runs;
  const visible = objectIdVisibility(ctx, principal);
  const out: AuditRun[] = [];
  for (const run of runs) {
    const findings: AuditFinding[] = [];
    for (const finding of run.findings) if (await visible(finding.object)) findings.push(finding);
    out.push({ ...run, findings });
  }
  return out;
}
