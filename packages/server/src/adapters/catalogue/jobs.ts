import type { Job, JobStatus } from '@duphong/core';
import type { Selectable } from 'kysely';
import { changed } from './context.js';
import type { Ctx } from './context.js';
import type { JobsTable } from './schema.js';

// The durable job table: work survives restarts, and several workers can share it.

function fromRow(row: Selectable<JobsTable>): Job {
  return {
    id: row.id,
    kind: row.kind,
    payload: JSON.parse(row.payload) as Record<string, unknown>,
    status: row.status as JobStatus,
    runAt: row.run_at,
    attempts: row.attempts,
    lastError: row.last_error,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function enqueueJob(ctx: Ctx, job: Job): Promise<void> {
  await ctx.db
    .insertInto('jobs')
    .values({
      id: job.id,
      kind: job.kind,
      payload: JSON.stringify(job.payload),
      status: job.status,
      run_at: job.runAt,
      attempts: job.attempts,
      last_error: job.lastError,
      created_at: job.createdAt,
      updated_at: job.updatedAt,
    })
    .execute();
}

/**
 * Take the oldest due queued job in ONE statement: `UPDATE … WHERE id = (SELECT … LIMIT 1)
 * RETURNING *`, a transaction of its own on both engines.
 * - SQLite serialises writers, so no two statements can pick the same row.
 * - PostgreSQL: `FOR UPDATE SKIP LOCKED` in the subquery locks the chosen row and lets a
 *   concurrent claimer skip to the next one instead of waiting for it (or both getting it).
 * The outer `status = 'queued'` re-check keeps the update a no-op if the row changed meanwhile.
 */
export async function claimJob(ctx: Ctx, now: string, kinds?: readonly string[]): Promise<Job | undefined> {
  if (kinds !== undefined && kinds.length === 0) return undefined; // `IN ()` is invalid SQL and matches nothing anyway
  let next = ctx.db
    .selectFrom('jobs')
    .select('id')
    .where('status', '=', 'queued')
    .where('run_at', '<=', now)
    .orderBy('run_at')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1);
  if (kinds !== undefined) next = next.where('kind', 'in', kinds);
  if (ctx.engine === 'postgres') next = next.forUpdate().skipLocked();
  const row = await ctx.db
    .updateTable('jobs')
    .set((eb) => ({ status: 'running', attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('id', '=', next)
    .where('status', '=', 'queued')
    .returningAll()
    .executeTakeFirst();
  return row && fromRow(row);
}

/**
 * Record a job's outcome. `queued` with `runAt` schedules a retry; `error` becomes `lastError`
 * (cleared when the outcome carries none).
 */
export async function finishJob(
  ctx: Ctx,
  id: string,
  outcome: { status: 'done' | 'failed' | 'queued'; error?: string; runAt?: string; now: string },
): Promise<void> {
  const result = await ctx.db
    .updateTable('jobs')
    .set({
      status: outcome.status,
      last_error: outcome.error ?? null,
      updated_at: outcome.now,
      ...(outcome.runAt !== undefined ? { run_at: outcome.runAt } : {}),
    })
    .where('id', '=', id)
    .executeTakeFirst();
  if (changed(result) === 0) throw new Error(`Catalogue: unknown job "${id}"`);
}

/** Oldest first. */
export async function listJobs(ctx: Ctx, filter: { status?: JobStatus; kind?: string } = {}): Promise<Job[]> {
  let query = ctx.db.selectFrom('jobs').selectAll().orderBy('created_at').orderBy('id');
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.kind !== undefined) query = query.where('kind', '=', filter.kind);
  return (await query.execute()).map(fromRow);
}

/** At start-up: jobs a crashed process left `running` are queued again (their attempt still counts). */
export async function requeueRunningJobs(ctx: Ctx, now: string): Promise<number> {
  const result = await ctx.db
    .updateTable('jobs')
    .set({ status: 'queued', updated_at: now })
    .where('status', '=', 'running')
    .executeTakeFirst();
  return changed(result);
}
