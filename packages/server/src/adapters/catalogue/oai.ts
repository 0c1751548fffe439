import { type AccessMode, type OaiAudience, type OaiListQuery, type OaiItemRow, type OaiRepository, type OaiSet } from '@duphong/core';
import { sql, type ExpressionBuilder, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { Engine } from './engine.js';
import type { Ctx } from './context.js';
import type { CatalogueSchema } from './schema.js';

/*
 * `catalogue.oai` (decision 0026). A file's OAI row follows its catalogue row: refreshFile calls
 * touchOaiItem after every write of a file, in the same transaction.
 */

/** `updated_at` (ISO 8601 with offset) as an OAI datestamp, UTC to the second, in the engine's SQL. */
export function utcSecondsSql(engine: Engine, column: string): RawBuilder<string> {
  return engine === 'postgres'
    ? sql<string>`to_char((${sql.ref(column)}::timestamptz) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`
    : sql<string>`strftime('%Y-%m-%dT%H:%M:%SZ', ${sql.ref(column)})`;
}

/**
 * After a file was written: its datestamp (never backwards: a harvester that has passed the old
 * one must still see the change) and the levels it has had. One statement on the write path.
 */
export async function touchOaiItem(ctx: Ctx, code: string): Promise<void> {
  await sql`insert into oai_items (file_code, datestamp, seen_modes)
      select code, ${utcSecondsSql(ctx.engine, 'updated_at')}, ',' || eff_mode || ',' from catalogue_files where code = ${code}
    on conflict (file_code) do update set
      datestamp = case when excluded.datestamp > oai_items.datestamp then excluded.datestamp else oai_items.datestamp end,
      seen_modes = case when oai_items.seen_modes like '%' || excluded.seen_modes || '%' then oai_items.seen_modes
        else oai_items.seen_modes || substr(excluded.seen_modes, 2) end`.execute(ctx.db);
}

type Eb = ExpressionBuilder<
  CatalogueSchema & { o: CatalogueSchema['oai_items']; f: CatalogueSchema['catalogue_files']; fo: CatalogueSchema['fonds'] },
  'o' | 'f' | 'fo'
>;

function audienceWhere(eb: Eb, a: OaiAudience): Expression<SqlBool> {
  if (a.modes.length === 0 || (a.units !== 'all' && a.units.length === 0)) return sql<SqlBool>`1 = 0`;
  const level = eb.or([eb('f.eff_mode', 'in', [...a.modes]), ...a.modes.map((m) => eb('o.seen_modes', 'like', `%,${m},%`))]);
  return a.units === 'all' ? level : eb.and([level, eb('fo.unit_id', 'in', [...a.units])]);
}

function setWhere(eb: Eb, set: OaiSet): Expression<SqlBool> {
  return set.kind === 'unit' ? eb('fo.unit_id', '=', set.id) : eb('f.fonds_code', '=', set.code);
}

export class KyselyOai implements OaiRepository {
  constructor(private readonly ctx: Ctx) {}

  private base() {
    return this.ctx.db
      .selectFrom('oai_items as o')
      .innerJoin('catalogue_files as f', 'f.code', 'o.file_code')
      .leftJoin('fonds as fo', 'fo.code', 'f.fonds_code');
  }

  private filtered(q: OaiListQuery) {
    return this.base().where((eb) => {
      const parts: Array<Expression<SqlBool>> = [audienceWhere(eb as unknown as Eb, q)];
      if (q.set) parts.push(setWhere(eb as unknown as Eb, q.set));
      if (q.from) parts.push(eb('o.datestamp', '>=', q.from));
      if (q.until) parts.push(eb('o.datestamp', '<=', q.until));
      if (q.after) {
        const { datestamp, fileCode } = q.after;
        parts.push(
          eb.or([eb('o.datestamp', '>', datestamp), eb.and([eb('o.datestamp', '=', datestamp), eb('o.file_code', '>', fileCode)])]),
        );
      }
      return eb.and(parts);
    });
  }

  private row(modes: readonly AccessMode[]) {
    return (r: {
      file_code: string;
      datestamp: string;
      eff_mode: string;
      title: string;
      fonds_code: string | null;
      fields: string;
      fonds_name: string | null;
      unit_id: string | null;
    }): OaiItemRow => ({
      fileCode: r.file_code,
      datestamp: r.datestamp,
      mode: r.eff_mode as AccessMode,
      visible: modes.includes(r.eff_mode as AccessMode),
      title: r.title,
      fondsCode: r.fonds_code,
      fondsName: r.fonds_name,
      unitId: r.unit_id,
      fields: JSON.parse(r.fields) as Record<string, string>,
    });
  }

  private static readonly COLUMNS = [
    'o.file_code',
    'o.datestamp',
    'f.eff_mode',
    'f.title',
    'f.fonds_code',
    'f.fields',
    'fo.name as fonds_name',
    'fo.unit_id',
  ] as const;

  async list(query: OaiListQuery, limit: number): Promise<OaiItemRow[]> {
    const rows = await this.filtered(query).select(KyselyOai.COLUMNS).orderBy('o.datestamp').orderBy('o.file_code').limit(limit).execute();
    return rows.map(this.row(query.modes));
  }

  async count(query: OaiListQuery): Promise<number> {
    const r = await this.filtered(query)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }

  async get(fileCode: string, audience: OaiAudience): Promise<OaiItemRow | undefined> {
    const r = await this.base()
      .where((eb) => eb.and([audienceWhere(eb as unknown as Eb, audience), eb('o.file_code', '=', fileCode)]))
      .select(KyselyOai.COLUMNS)
      .executeTakeFirst();
    return r && this.row(audience.modes)(r);
  }

  async earliestDatestamp(): Promise<string | undefined> {
    const r = await this.ctx.db
      .selectFrom('oai_items')
      .select((eb) => eb.fn.min('datestamp').as('d'))
      .executeTakeFirst();
    return (r?.d as string | null | undefined) ?? undefined;
  }

  async sets(audience: OaiAudience): Promise<Array<{ set: OaiSet; name: string }>> {
    const rows = await this.base()
      .where((eb) => audienceWhere(eb as unknown as Eb, audience))
      .where('f.fonds_code', 'is not', null)
      .select(['f.fonds_code', 'fo.name', 'fo.unit_id'])
      .distinct()
      .orderBy('f.fonds_code')
      .execute();
    const units = [...new Set(rows.map((r) => r.unit_id).filter((u): u is string => !!u))].sort();
    return [
      ...units.map((id) => ({ set: { kind: 'unit' as const, id }, name: id })),
      ...rows.map((r) => ({ set: { kind: 'fonds' as const, code: r.fonds_code! }, name: r.name ?? r.fonds_code! })),
    ];
  }
}
