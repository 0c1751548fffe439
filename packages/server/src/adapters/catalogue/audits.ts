import type { AuditFinding, AuditRun, Incident, IncidentRecord, IncidentState } from '@duphong/core';
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

/**
 * Raise an incident, or see an unresolved one of the same object, site and code again. The caller
 * runs this in one transaction (KyselyCatalogue does), so two audits racing cannot both open one.
 */
export async function addIncident(ctx: Ctx, incident: Incident): Promise<void> {
  let open = ctx.db
    .selectFrom('incidents')
    .select(['id'])
    .where('object_id', '=', incident.objectId)
    .where('code', '=', incident.code)
    .where('resolved_at', 'is', null)
    .orderBy('created_at')
    .limit(1);
  open = incident.site === null ? open.where('site', 'is', null) : open.where('site', '=', incident.site);
  const found = incident.resolvedAt === null ? await open.executeTakeFirst() : undefined;
  if (found) {
    await ctx.db
      .updateTable('incidents')
      .set((eb) => ({
        last_seen_at: incident.createdAt,
        occurrences: eb('occurrences', '+', 1),
        detail: incident.detail,
        path: incident.path,
      }))
      .where('id', '=', found.id)
      .execute();
    return;
  }
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
      last_seen_at: incident.createdAt,
      occurrences: 1,
    })
    .execute();
}

function incidentFromRow(row: Selectable<IncidentsTable>): IncidentRecord {
  return {
    id: row.id,
    objectId: row.object_id,
    site: row.site,
    path: row.path,
    code: row.code,
    detail: row.detail,
    createdAt: row.created_at,
    resolvedAt: row.resolved_at,
    lastSeenAt: row.last_seen_at ?? row.created_at,
    occurrences: Number(row.occurrences),
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    acknowledgeNote: row.acknowledge_note,
    resolvedBy: row.resolved_by,
    resolveNote: row.resolve_note,
  };
}

/** Oldest first. `open: true` → unresolved only, `open: false` → resolved only; `state` narrows further. */
export async function listIncidents(
  ctx: Ctx,
  options: { open?: boolean; state?: IncidentState; objectId?: string } = {},
): Promise<IncidentRecord[]> {
  let query = ctx.db.selectFrom('incidents').selectAll().orderBy('created_at').orderBy('id');
  if (options.open === true) query = query.where('resolved_at', 'is', null);
  if (options.open === false) query = query.where('resolved_at', 'is not', null);
  if (options.state === 'open') query = query.where('resolved_at', 'is', null).where('acknowledged_at', 'is', null);
  if (options.state === 'acknowledged') query = query.where('resolved_at', 'is', null).where('acknowledged_at', 'is not', null);
  if (options.state === 'resolved') query = query.where('resolved_at', 'is not', null);
  if (options.objectId !== undefined) query = query.where('object_id', '=', options.objectId);
  return (await query.execute()).map(incidentFromRow);
}

export async function getIncident(ctx: Ctx, id: string): Promise<IncidentRecord | undefined> {
  const row = await ctx.db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
  return row && incidentFromRow(row);
}

/** Acknowledging twice keeps the first (time, who, note). */
export async function acknowledgeIncident(ctx: Ctx, id: string, by: { at: string; user: string; note: string }): Promise<void> {
  const result = await ctx.db
    .updateTable('incidents')
    .set((eb) => ({
      acknowledged_at: eb.fn.coalesce('acknowledged_at', eb.val(by.at)),
      acknowledged_by: eb.fn.coalesce('acknowledged_by', eb.val(by.user)),
      acknowledge_note: eb.fn.coalesce('acknowledge_note', eb.val(by.note)),
    }))
    .where('id', '=', id)
    .executeTakeFirst();
  if (changed(result) === 0) throw new Error(`Catalogue: unknown incident "${id}"`);
}

/** Resolving twice keeps the first resolution (time, who, note). */
export async function resolveIncident(ctx: Ctx, id: string, at: string, by?: { user: string; note: string }): Promise<void> {
  const first = await getIncident(ctx, id);
  if (!first) throw new Error(`Catalogue: unknown incident "${id}"`);
  if (first.resolvedAt !== null) return;
  await ctx.db
    .updateTable('incidents')
    .set({ resolved_at: at, resolved_by: by?.user ?? null, resolve_note: by?.note ?? null })
    .where('id', '=', id)
    .where('resolved_at', 'is', null)
    .execute();
}
