import { foldVietnamese } from '@duphong/core';
import type { AccessMode, HarvestRun, HarvestState, PortalQuery, PortalRecord, PortalRepository, PortalResult } from '@duphong/core';
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { CatalogueSchema } from './schema.js';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import { portalIndexCondition, portalMatch } from './portal-match.js';
import type { HarvestRunsTable, PortalRecordsTable } from './schema-portal.js';

const nfc = (s: string): string => s.normalize('NFC');
type Sql = RawBuilder<unknown>;
const inList = (values: readonly string[]): Sql => sql`(${sql.join(values.map((v) => sql`${v}`))})`;

/** Facet lists are cut to their largest values: the page shows a handful, not thousands of fonds. */
const FACET_VALUES = 30;

/**
 * `catalogue.portal` over Kysely. The search is bounded by design (decision 0027): the matches
 * are read up to `countCap + 1` rows (the index finds them, the heap is read no further), and that
 * bounded set answers the total (exact up to the cap, "at least" beyond), the facets and the page.
 * No per-query ranking over the whole match set: hits are ordered by title within it.
 */
export class KyselyPortal implements PortalRepository {
  constructor(private readonly ctx: Ctx) {}

  async putRecords(records: readonly PortalRecord[]): Promise<void> {
    for (const r of records) {
      const row = {
        file_code: nfc(r.fileCode),
        title: nfc(r.title),
        dates: r.dates,
        fonds_code: r.fondsCode === null ? null : nfc(r.fondsCode),
        fonds_name: r.fondsName === null ? null : nfc(r.fondsName),
        unit: r.unit,
        province: nfc(r.province),
        access: r.access,
        url: r.url,
        datestamp: r.datestamp,
        words: portalWords(r),
      };
      await this.ctx.db
        .insertInto('portal_records')
        .values({ peer_id: r.peerId, oai_id: nfc(r.oaiId), ...row })
        .onConflict((oc) => oc.columns(['peer_id', 'oai_id']).doUpdateSet(row))
        .execute();
    }
  }

  async deleteRecord(peerId: string, oaiId: string): Promise<void> {
    await this.ctx.db.deleteFrom('portal_records').where('peer_id', '=', peerId).where('oai_id', '=', nfc(oaiId)).execute();
  }

  async countRecords(peerId?: string): Promise<number> {
    let q = this.ctx.db.selectFrom('portal_records').select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (peerId !== undefined) q = q.where('peer_id', '=', peerId);
    return toSafeNumber((await q.executeTakeFirstOrThrow()).n);
  }

  async search(query: PortalQuery): Promise<PortalResult> {
    const where: Sql[] = [visibility(query)];
    const match = portalMatch(this.ctx.engine, query.query);
    if (match) where.push(match);
    const province = query.province === undefined ? undefined : nfc(query.province);
    const fonds = query.fonds === undefined ? undefined : nfc(query.fonds);
    if (province !== undefined) where.push(sql`r.province = ${province}`);
    if (fonds !== undefined) where.push(sql`r.fonds_code = ${fonds}`);
    if (this.ctx.engine === 'postgres') {
      const single = query.levels.length === 1 && (!query.scoped || query.scoped.levels.length === 0) ? query.levels[0] : undefined;
      const keys = portalIndexCondition({ query: query.query, access: single, province, fonds });
      if (keys) where.push(keys);
    }
    const cap = query.countCap;
    const pg = this.ctx.engine === 'postgres';
    const t = (e: Sql): Sql => (pg ? sql`cast(${e} as text) collate "C"` : e);
    const limit = Math.max(0, Math.min(query.limit, cap - query.offset));
    const statement = sql`with m as ${pg ? sql`materialized` : sql``} (select r.id, r.title, r.province, r.fonds_code from portal_records r
        where ${sql.join(where, sql` and `)} limit ${cap + 1}),
      p as (select id, title from m order by title, id limit ${limit} offset ${query.offset})
      select ${t(sql`'hit'`)} as facet, ${t(sql`null`)} as value, 0 as n, r.id as id from p join portal_records r on r.id = p.id
      union all select ${t(sql`'total'`)}, ${t(sql`null`)}, count(*), null from m
      union all select ${t(sql`'province'`)}, province, count(*), null from m group by province
      union all select ${t(sql`'fonds'`)}, fonds_code, count(*), null from m where fonds_code is not null group by fonds_code`;
    const { rows } = pg ? await this.#tuned((db) => statement.execute(db)) : await statement.execute(this.ctx.db);
    const list = rows as Array<{ facet: string; value: string | null; n: number | string; id: number | string | null }>;
    const ids = list.filter((r) => r.facet === 'hit').map((r) => toSafeNumber(r.id));
    const counted = toSafeNumber(list.find((r) => r.facet === 'total')?.n ?? 0);
    const facet = (name: string) =>
      list
        .filter((r) => r.facet === name && r.value !== null)
        .map((r) => ({ value: r.value!, count: toSafeNumber(r.n) }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
        .slice(0, FACET_VALUES);
    const hits = ids.length === 0 ? [] : await this.#byIds(ids);
    return {
      total: Math.min(counted, cap),
      totalCapped: counted > cap,
      hits,
      facets: { province: facet('province'), fonds: facet('fonds') },
    };
  }

  /**
   * PostgreSQL, for this statement only: no JIT (compiling costs more than the bounded query it
   * would speed up), no parallel workers (their start-up likewise), and enough work_mem that the
   * bitmap of a common word stays exact instead of lossy (lossy pages are rechecked row by row).
   */
  async #tuned<R>(fn: (db: Kysely<CatalogueSchema>) => Promise<R>): Promise<R> {
    const tune = async (db: Kysely<CatalogueSchema>): Promise<R> => {
      await sql`set local jit = off`.execute(db);
      await sql`set local max_parallel_workers_per_gather = 0`.execute(db);
      await sql`set local work_mem = '32MB'`.execute(db);
      return fn(db);
    };
    return this.ctx.db.isTransaction ? tune(this.ctx.db) : this.ctx.db.transaction().execute(tune);
  }

  async #byIds(ids: number[]): Promise<PortalRecord[]> {
    const rows = await this.ctx.db.selectFrom('portal_records').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((r) => [toSafeNumber(r.id), r]));
    return ids.map((id) => toRecord(byId.get(id)!));
  }

  async getState(peerId: string): Promise<HarvestState | undefined> {
    const r = await this.ctx.db.selectFrom('harvest_state').selectAll().where('peer_id', '=', peerId).executeTakeFirst();
    if (!r) return undefined;
    return {
      peerId: r.peer_id,
      lastFrom: r.last_from,
      resumptionToken: r.resumption_token,
      pendingFrom: r.pending_from,
      updatedAt: r.updated_at,
    };
  }

  async putState(s: HarvestState): Promise<void> {
    const row = { last_from: s.lastFrom, resumption_token: s.resumptionToken, pending_from: s.pendingFrom, updated_at: s.updatedAt };
    await this.ctx.db
      .insertInto('harvest_state')
      .values({ peer_id: s.peerId, ...row })
      .onConflict((oc) => oc.column('peer_id').doUpdateSet(row))
      .execute();
  }

  async putRun(run: HarvestRun): Promise<void> {
    const row = {
      peer_id: run.peerId,
      started_at: run.startedAt,
      ended_at: run.endedAt,
      status: run.status,
      pages: run.pages,
      records: run.records,
      deleted: run.deleted,
      refused: run.refused,
      error: run.error,
    };
    await this.ctx.db
      .insertInto('harvest_runs')
      .values({ id: run.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async listRuns(options: { peerId?: string; limit?: number } = {}): Promise<HarvestRun[]> {
    let q = this.ctx.db.selectFrom('harvest_runs').selectAll().orderBy('started_at', 'desc').orderBy('id', 'desc');
    if (options.peerId !== undefined) q = q.where('peer_id', '=', options.peerId);
    const rows = await q.limit(options.limit ?? 50).execute();
    return rows.map(toRun);
  }
}

/** Who sees what (core `portalVisibility`): some levels everywhere, more within some units. */
function visibility(q: PortalQuery): Sql {
  const open = q.levels.length === 0 ? sql`1 = 0` : sql`r.access in ${inList(q.levels)}`;
  const s = q.scoped;
  if (!s || s.levels.length === 0) return open;
  const levels = sql`r.access in ${inList(s.levels)}`;
  if (s.units === 'all') return sql`(${open} or ${levels})`;
  if (s.units.length === 0) return open;
  return sql`(${open} or (${levels} and r.unit in ${inList(s.units)}))`;
}

/** The folded text a search matches: title, code, fonds, holder, dates. */
export function portalWords(r: Pick<PortalRecord, 'title' | 'fileCode' | 'fondsCode' | 'fondsName' | 'province' | 'dates'>): string {
  return foldAll([r.title, r.fileCode, r.fondsCode, r.fondsName, r.province, r.dates]);
}

const foldAll = (parts: ReadonlyArray<string | null>): string =>
  parts
    .filter((p): p is string => p !== null && p !== '')
    .map(foldVietnamese)
    .filter((p) => p !== '')
    .join(' ');

function toRecord(r: Selectable<PortalRecordsTable>): PortalRecord {
  return {
    peerId: r.peer_id,
    oaiId: r.oai_id,
    fileCode: r.file_code,
    title: r.title,
    dates: r.dates,
    fondsCode: r.fonds_code,
    fondsName: r.fonds_name,
    unit: r.unit,
    province: r.province,
    access: r.access as AccessMode,
    url: r.url,
    datestamp: r.datestamp,
  };
}

function toRun(r: Selectable<HarvestRunsTable>): HarvestRun {
  return {
    id: r.id,
    peerId: r.peer_id,
    startedAt: r.started_at,
    endedAt: r.ended_at,
    status: r.status as HarvestRun['status'],
    pages: toSafeNumber(r.pages),
    records: toSafeNumber(r.records),
    deleted: toSafeNumber(r.deleted),
    refused: toSafeNumber(r.refused),
    error: r.error,
  };
}
