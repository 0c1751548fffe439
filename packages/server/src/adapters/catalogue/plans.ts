import type { Figures, InstrumentKind, Plan, PlanEntry, PlanEntryFilter, PlanRepository, RollupColumn } from '@duphong/core';
import { sql, type Selectable } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { PlanEntriesTable, PlansTable } from './schema-plans.js';

const nfc = (s: string): string => s.normalize('NFC');

/** `catalogue.plans` over Kysely (SQLite and PostgreSQL alike). */
export class KyselyPlans implements PlanRepository {
  constructor(private readonly ctx: Ctx) {}

  async putEntry(e: PlanEntry): Promise<void> {
    const row = {
      unit_id: e.unitId,
      year: e.year,
      column_kind: e.column,
      kind: e.kind,
      number_symbol: e.numberSymbol === null ? null : nfc(e.numberSymbol),
      date: e.date,
      no_records: e.noRecords ? 1 : 0,
      source: nfc(e.source),
      recorded_at: e.recordedAt,
      recorded_by: nfc(e.recordedBy),
      narrative: e.narrative ? nfc(e.narrative) : null,
      declared: e.declared && Object.keys(e.declared).length > 0 ? JSON.stringify(e.declared) : null,
    };
    await this.ctx.db
      .insertInto('plan_entries')
      .values({ id: nfc(e.id), ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async listEntries(filter: PlanEntryFilter = {}): Promise<PlanEntry[]> {
    let q = this.ctx.db.selectFrom('plan_entries').selectAll();
    if (filter.fromYear !== undefined) q = q.where('year', '>=', filter.fromYear);
    if (filter.toYear !== undefined) q = q.where('year', '<=', filter.toYear);
    if (filter.unitIds !== undefined)
      q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...filter.unitIds]);
    const rows = await q.orderBy('year').orderBy('unit_id').orderBy('column_kind').orderBy('id').execute();
    return rows.map(fromRow);
  }

  async putPlan(p: Plan): Promise<void> {
    const row = {
      unit_id: p.unitId,
      kind: p.kind,
      number_symbol: nfc(p.numberSymbol),
      date: p.date,
      title: nfc(p.title),
      body: JSON.stringify({ implements: p.implements, phases: p.phases, tasks: p.tasks, criteria: p.criteria }).normalize('NFC'),
      created_at: p.createdAt,
      updated_at: p.updatedAt,
      updated_by: nfc(p.updatedBy),
    };
    const { created_at: _kept, ...changed } = row; // the first entry's date stays
    await this.ctx.db
      .insertInto('plans')
      .values({ id: nfc(p.id), ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(changed))
      .execute();
  }

  async getPlan(id: string): Promise<Plan | undefined> {
    const row = await this.ctx.db.selectFrom('plans').selectAll().where('id', '=', id.normalize('NFC')).executeTakeFirst();
    return row && planFromRow(row);
  }

  async listPlans(filter: { unitIds?: readonly string[] } = {}): Promise<Plan[]> {
    let q = this.ctx.db.selectFrom('plans').selectAll();
    if (filter.unitIds !== undefined)
      q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...filter.unitIds]);
    return (await q.orderBy('unit_id').orderBy('date').orderBy('id').execute()).map(planFromRow);
  }
}

function planFromRow(r: Selectable<PlansTable>): Plan {
  const body = JSON.parse(r.body) as Pick<Plan, 'implements' | 'phases' | 'tasks' | 'criteria'>;
  return {
    id: r.id,
    unitId: r.unit_id,
    kind: r.kind as InstrumentKind,
    numberSymbol: r.number_symbol,
    date: r.date,
    title: r.title,
    implements: body.implements,
    phases: body.phases,
    tasks: body.tasks,
    criteria: body.criteria,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

function fromRow(r: Selectable<PlanEntriesTable>): PlanEntry {
  return {
    id: r.id,
    unitId: r.unit_id,
    year: toSafeNumber(r.year),
    column: r.column_kind as RollupColumn,
    kind: r.kind as InstrumentKind | null,
    numberSymbol: r.number_symbol,
    date: r.date,
    noRecords: toSafeNumber(r.no_records) === 1,
    source: r.source,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    ...(r.narrative !== null && { narrative: r.narrative }),
    ...(r.declared !== null && { declared: JSON.parse(r.declared) as Figures }),
  };
}
