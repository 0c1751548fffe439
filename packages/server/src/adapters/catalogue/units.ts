import type { Succession, SuccessionKind, Unit, UnitAtDate, UnitKind, UnitRepository, UnitSeed, UnitVersion } from '@duphong/core';
import type { Selectable } from 'kysely';
import { changed, countRows } from './context.js';
import type { Ctx } from './context.js';
import type { UnitSuccessionLinksTable, UnitSuccessionsTable, UnitVersionsTable } from './schema-units.js';

/** Runs `fn` in one transaction (joining an open one): given by the catalogue that owns this repository. */
export type Atomically = <T>(fn: (ctx: Ctx) => Promise<T>) => Promise<T>;

// 12 parameters a version row: 200 rows stay far below SQLite's and pg's parameter limits.
const ROWS_PER_INSERT = 200;

function versionToRow(v: UnitVersion): UnitVersionsTable {
  return {
    unit_id: v.unitId,
    valid_from: v.validFrom,
    valid_to: v.validTo,
    name: v.name,
    short_name: v.shortName,
    type: v.type,
    admin_code: v.adminCode,
    agency_code: v.agencyCode,
    parent_id: v.parentId,
    verified: v.verified ? 1 : 0,
    source: v.source,
    note: v.note,
  };
}

function versionFromRow(row: Selectable<UnitVersionsTable>): UnitVersion {
  return {
    unitId: row.unit_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    name: row.name,
    shortName: row.short_name,
    type: row.type,
    adminCode: row.admin_code,
    agencyCode: row.agency_code,
    parentId: row.parent_id,
    verified: row.verified !== 0,
    source: row.source,
    note: row.note,
  };
}

const byCode = (a: UnitAtDate, b: UnitAtDate): number => {
  // Units without a code (ministries, archives) after those with one; code-point order as on both engines.
  const ka = [a.version.adminCode === null ? 1 : 0, a.version.adminCode ?? '', a.version.name, a.unit.id];
  const kb = [b.version.adminCode === null ? 1 : 0, b.version.adminCode ?? '', b.version.name, b.unit.id];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as string | number) < (kb[i] as string | number) ? -1 : 1;
  return 0;
};

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<{ numInsertedOrUpdatedRows?: bigint }[]>): Promise<number> {
  let inserted = 0;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const results = await insert(rows.slice(start, start + ROWS_PER_INSERT));
    inserted += results.reduce((sum, r) => sum + Number(r.numInsertedOrUpdatedRows ?? 0n), 0);
  }
  return inserted;
}

/** `UnitRepository` over Kysely, the same SQL for SQLite and PostgreSQL. */
export class KyselyUnits implements UnitRepository {
  constructor(
    private readonly ctx: Ctx,
    private readonly atomically: Atomically,
  ) {}

  async putUnit(unit: Unit): Promise<void> {
    await this.ctx.db
      .insertInto('units')
      .values({ id: unit.id, kind: unit.kind })
      .onConflict((oc) => oc.column('id').doUpdateSet({ kind: unit.kind }))
      .execute();
  }

  async getUnit(id: string): Promise<Unit | undefined> {
    const row = await this.ctx.db.selectFrom('units').selectAll().where('id', '=', id).executeTakeFirst();
    return row && { id: row.id, kind: row.kind as UnitKind };
  }

  async listUnits(): Promise<Unit[]> {
    const rows = await this.ctx.db.selectFrom('units').selectAll().orderBy('id').execute();
    return rows.map((row) => ({ id: row.id, kind: row.kind as UnitKind }));
  }

  countUnits = (): Promise<number> => countRows(this.ctx, 'units');

  async putVersion(version: UnitVersion): Promise<void> {
    const { unit_id: _u, valid_from: _f, ...rest } = versionToRow(version);
    await this.ctx.db
      .insertInto('unit_versions')
      .values(versionToRow(version))
      .onConflict((oc) => oc.columns(['unit_id', 'valid_from']).doUpdateSet(rest))
      .execute();
  }

  async deleteVersion(unitId: string, validFrom: string): Promise<boolean> {
    const result = await this.ctx.db
      .deleteFrom('unit_versions')
      .where('unit_id', '=', unitId)
      .where('valid_from', '=', validFrom)
      .executeTakeFirst();
    return changed(result) > 0;
  }

  async history(unitId: string): Promise<UnitVersion[]> {
    const rows = await this.ctx.db.selectFrom('unit_versions').selectAll().where('unit_id', '=', unitId).orderBy('valid_from').execute();
    return rows.map(versionFromRow);
  }

  async listVersions(): Promise<UnitVersion[]> {
    const rows = await this.ctx.db.selectFrom('unit_versions').selectAll().orderBy('unit_id').orderBy('valid_from').execute();
    return rows.map(versionFromRow);
  }

  async listAt(date: string, filter: { kind?: UnitKind; parentId?: string } = {}): Promise<UnitAtDate[]> {
    let query = this.ctx.db
      .selectFrom('unit_versions as v')
      .innerJoin('units as u', 'u.id', 'v.unit_id')
      .selectAll('v')
      .select('u.kind')
      .where('v.valid_from', '<=', date)
      .where((eb) => eb.or([eb('v.valid_to', 'is', null), eb('v.valid_to', '>=', date)]));
    if (filter.kind !== undefined) query = query.where('u.kind', '=', filter.kind);
    if (filter.parentId !== undefined) query = query.where('v.parent_id', '=', filter.parentId);
    const rows = await query.execute();
    return rows
      .map(({ kind, ...row }) => ({ unit: { id: row.unit_id, kind: kind as UnitKind }, version: versionFromRow(row) }))
      .sort(byCode);
  }

  putSuccession = (succession: Succession): Promise<void> =>
    this.atomically(async (ctx) => {
      const rest = {
        date: succession.date,
        kind: succession.kind,
        note: succession.note,
        verified: succession.verified ? 1 : 0,
        source: succession.source,
      };
      await ctx.db
        .insertInto('unit_successions')
        .values({ id: succession.id, ...rest })
        .onConflict((oc) => oc.column('id').doUpdateSet(rest))
        .execute();
      await ctx.db.deleteFrom('unit_succession_links').where('succession_id', '=', succession.id).execute();
      await insertLinks(ctx, [succession]);
    });

  async getSuccession(id: string): Promise<Succession | undefined> {
    const row = await this.ctx.db.selectFrom('unit_successions').selectAll().where('id', '=', id).executeTakeFirst();
    return row && (await this.withLinks([row]))[0];
  }

  async listSuccessions(filter: { unitId?: string } = {}): Promise<Succession[]> {
    let query = this.ctx.db.selectFrom('unit_successions').selectAll().orderBy('date').orderBy('id');
    if (filter.unitId !== undefined) {
      const unitId = filter.unitId;
      query = query.where('id', 'in', (eb) => eb.selectFrom('unit_succession_links').select('succession_id').where('unit_id', '=', unitId));
    }
    return this.withLinks(await query.execute());
  }

  seed = (seed: UnitSeed): Promise<{ units: number; versions: number; successions: number }> =>
    this.atomically(async (ctx) => {
      const units = await insertChunked(seed.units, (chunk) =>
        ctx.db
          .insertInto('units')
          .values(chunk.map((u) => ({ id: u.id, kind: u.kind })))
          .onConflict((oc) => oc.column('id').doNothing())
          .execute(),
      );
      const versions = await insertChunked(seed.versions, (chunk) =>
        ctx.db
          .insertInto('unit_versions')
          .values(chunk.map(versionToRow))
          .onConflict((oc) => oc.columns(['unit_id', 'valid_from']).doNothing())
          .execute(),
      );
      // Only successions this call inserted get their links: a concurrent seeder (another process
      // opening the same catalogue) waits on the conflicting rows and then inserts nothing.
      const inserted = new Set<string>();
      for (let start = 0; start < seed.successions.length; start += ROWS_PER_INSERT) {
        const rows = await ctx.db
          .insertInto('unit_successions')
          .values(
            seed.successions
              .slice(start, start + ROWS_PER_INSERT)
              .map((s) => ({ id: s.id, date: s.date, kind: s.kind, note: s.note, verified: s.verified ? 1 : 0, source: s.source })),
          )
          .onConflict((oc) => oc.column('id').doNothing())
          .returning('id')
          .execute();
        for (const row of rows) inserted.add(row.id);
      }
      await insertLinks(
        ctx,
        seed.successions.filter((s) => inserted.has(s.id)),
      );
      return { units, versions, successions: inserted.size };
    });

  private async withLinks(rows: Selectable<UnitSuccessionsTable>[]): Promise<Succession[]> {
    if (rows.length === 0) return [];
    const links = await this.ctx.db
      .selectFrom('unit_succession_links')
      .selectAll()
      .where(
        'succession_id',
        'in',
        rows.map((r) => r.id),
      )
      .orderBy('succession_id')
      .orderBy('role')
      .orderBy('position')
      .execute();
    const linksOf = new Map<string, Selectable<UnitSuccessionLinksTable>[]>();
    for (const link of links) linksOf.set(link.succession_id, [...(linksOf.get(link.succession_id) ?? []), link]);
    return rows.map((row) => {
      const own = linksOf.get(row.id) ?? [];
      return {
        id: row.id,
        date: row.date,
        kind: row.kind as SuccessionKind,
        from: own.filter((l) => l.role === 'from').map((l) => l.unit_id),
        to: own.filter((l) => l.role === 'to').map((l) => l.unit_id),
        note: row.note,
        verified: row.verified !== 0,
        source: row.source,
      };
    });
  }
}

async function insertLinks(ctx: Ctx, successions: readonly Succession[]): Promise<void> {
  const rows = successions.flatMap((s) => [
    ...s.from.map((unitId, position) => ({ succession_id: s.id, role: 'from' as const, position, unit_id: unitId })),
    ...s.to.map((unitId, position) => ({ succession_id: s.id, role: 'to' as const, position, unit_id: unitId })),
  ]);
  await insertChunked(rows, (chunk) => ctx.db.insertInto('unit_succession_links').values(chunk).execute());
}
