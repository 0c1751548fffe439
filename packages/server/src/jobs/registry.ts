import { z } from 'zod';
import { JOB_KINDS, type JobKind, type JobPayloads } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError } from '../errors.js';
import { replicateToSite } from '../usecases/replicate.js';
import { runAudit } from '../usecases/audit.js';
import { runIntake } from '../usecases/intake-from-upload.js';
import { runBatch } from '../usecases/digitise-run.js';
import { pullCodeLists } from '../usecases/codelist-pull.js';
import { harvestJob } from '../usecases/harvest-schedule.js';

/*
 * The job registry: for each kind of core's JOB_KINDS, how its stored payload is checked and what
 * runs it. The worker claims only these kinds; the compiler refuses a kind without a handler or a
 * handler without a kind. Use cases enqueue with core's typed `queuedJob(kind, payload)`.
 */

interface JobDefinition<K extends JobKind> {
  /** The stored payload is JSON from the catalogue: checked before it reaches a use case. */
  payload: z.ZodType<JobPayloads[K]>;
  run(ctx: Context, payload: JobPayloads[K]): Promise<unknown>;
}

export const JOB_REGISTRY: { [K in JobKind]: JobDefinition<K> } = {
  replicate: {
    payload: z.object({ objectId: z.string().min(1), site: z.string().min(1) }),
    run: (ctx, p) => replicateToSite(ctx, p.objectId, p.site),
  },
  audit: {
    payload: z.object({ all: z.boolean().optional(), site: z.string().optional() }),
    run: (ctx, p) => runAudit(ctx, { all: p.all === true, ...(p.site !== undefined && { site: p.site }) }),
  },
  ingest: {
    payload: z.object({ intake: z.string().regex(/^[0-9a-f]{32}$/) }),
    run: (ctx, p) => runIntake(ctx, p.intake),
  },
  digitise: {
    payload: z.object({ batchId: z.string().uuid() }),
    // The HTTP route checked the principal before queueing; the job runs as the instance.
    run: (ctx, p) => runBatch(ctx, undefined, p.batchId),
  },
  'codelist-pull': {
    payload: z.object({}).strict() as unknown as z.ZodType<Record<string, never>>,
    run: (ctx) => pullCodeLists(ctx),
  },
  harvest: {
    payload: z.object({ peer: z.string().optional() }),
    run: (ctx, p) => harvestJob(ctx, p.peer),
  },
};

/** The kinds the worker claims. */
export const RUNNABLE_KINDS: readonly JobKind[] = JOB_KINDS;

/** Run one stored job of a known kind; a payload that does not fit its kind fails the job (never retried). */
export async function runJob<K extends JobKind>(ctx: Context, kind: K, payload: unknown): Promise<unknown> {
  const definition: JobDefinition<K> = JOB_REGISTRY[kind];
  const parsed = definition.payload.safeParse(payload);
  if (!parsed.success)
    throw integrityError(
      'DP-JOB-PAYLOAD',
      `Tác vụ "${kind}" có dữ liệu không hợp lệ: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}.`,
      `Job "${kind}" has an invalid payload: ${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')}.`,
    );
  return definition.run(ctx, parsed.data);
}
