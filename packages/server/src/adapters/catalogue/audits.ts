import type { AuditFinding, AuditRun, Incident } from '@duphong/core';
import type { Selectable } from 'kysely';
import { changed } from './context.js';
import type { Ctx } from './context.js';
import type { IncidentsTable } from './schema.js';

// Audit runs (their findings kept as JSON text) and incidents awaiting a person's decision.

/** Insert or replace by id: a run is recorded when it starts and again when it finishes. */
export async function putAuditRun(ctx: Ctx, run: AuditRun): Promise<void> {
  const rest = {
    started_at: run.startedAt,
    finished_at: run.finishedAt,
    scope: run.scope,
    checked: run.checked,
    damaged: run.damaged,
    repaired: run.repaired,
    unrepaired: run.unrepaired,
    findings: JSON.stringify(run.findings),
  };
  await ctx.db
    .insertInto('audit_runs')
    .values({ id: run.id, ...rest })
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
}

/** Newest first. */
export async function listAuditRuns(ctx: Ctx, limit?: number): Promise<AuditRun[]> {
  let query = ctx.db.selectFrom('audit_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    scope: row.scope,
    checked: row.checked,
    damaged: row.damaged,
    repaired: row.repaired,
    unrepaired: row.unrepaired,
    findings: JSON.parse(row.findings) as AuditFinding[],
  }));
}

export async function addIncident(ctx: Ctx, incident: Incident): Promise<void> {
  await ctx.db
    .insertInto('incidents')
    .values({
      id: incident.id,
      object_id: incident.objectId,
      site: incident.site,
      path: incident.path,
      code: incident.code,
      detail: incident.detail,
      created_at: incident.createdAt,
      resolved_at: incident.resolvedAt,
    })
    .execute();
}

function incidentFromRow(row: Selectable<IncidentsTable>): Incident {
  return {
    id: row.id,
    objectId: row.object_id,
    site: row.site,
    path: row.path,
    code: row.code,
    detail: row.detail,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
  };
}

/** Oldest first. `open: true` → unresolved only, `open: false` → resolved only, omitted → all. */
export async function listIncidents(ctx: Ctx, options: { open?: boolean } = {}): Promise<Incident[]> {
  let query = ctx.db.selectFrom('incidents').selectAll().orderBy('created_at').orderBy('id');
  if (options.open === true) query = query.where('resolved_at', 'is', null);
  if (options.open === false) query = query.where('resolved_at', 'is not', null);
  return (await query.execute()).map(incidentFromRow);
}

/** Resolving twice keeps the first resolution time. */
export async function resolveIncident(ctx: Ctx, id: string, at: string): Promise<void> {
  const result = await ctx.db
    .updateTable('incidents')
    .set((eb) => ({ resolved_at: eb.fn.coalesce('resolved_at', eb.val(at)) }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (changed(result) === 0) throw new Error(`Catalogue: unknown incident "${id}"`);
}
