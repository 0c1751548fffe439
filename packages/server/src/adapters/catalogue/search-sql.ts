import {
  elementPatterns,
  likeContains,
  SCORE_EXACT,
  SCORE_FOLDED,
  SCORE_PREFIX,
  type AccessMode,
  type ParsedQuery,
  type SearchFilters,
} from '@duphong/core';
import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './engine.js';

/**
 * The SQL of a search, the same text on SQLite and PostgreSQL except for the FTS5 candidate
 * filter. `matched(...)` yields one row per visible record that matches the query and filters:
 * kind, code, title, file_code, fonds_code, year, type_name, mode (effective), backup, score.
 */
type Sql = RawBuilder<unknown>;

const padded = (alias: string, column: 'search_text' | 'search_exact'): Sql => sql`(' ' || ${sql.ref(`${alias}.${column}`)} || ' ')`;

const and = (parts: Sql[]): Sql => (parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` and `));

/** FTS5 query: each element a quoted phrase, a term's last word as a prefix (`"quyet"*`). */
export function ftsQuery(query: ParsedQuery): string {
  return query.elements.map((e) => `"${e.folded.join(' ')}"${e.phrase ? '' : '*'}`).join(' ');
}

/** Every element matches the folded text (the definition; indexes only narrow the candidates). */
function textMatch(engine: Engine, query: ParsedQuery, alias: string, table: string): Sql[] {
  if (query.elements.length === 0) return [];
  const likes = query.elements.map((e) => sql`${padded(alias, 'search_text')} like ${likeContains(elementPatterns(e).match)}`);
  if (engine === 'postgres') return likes;
  const fts = sql.table(`${table}_fts`);
  return [sql`${sql.ref(`${alias}.rowid`)} in (select rowid from ${fts} where ${fts} match ${ftsQuery(query)})`, ...likes];
}

function score(query: ParsedQuery, alias: string): Sql {
  if (query.elements.length === 0) return sql`0`;
  const patterns = query.elements.map(elementPatterns);
  const all = (column: 'search_text' | 'search_exact', pick: (p: ReturnType<typeof elementPatterns>) => string): Sql =>
    and(patterns.map((p) => sql`${padded(alias, column)} like ${likeContains(pick(p))}`));
  return sql`case when ${all('search_exact', (p) => p.exact)} then ${sql.lit(SCORE_EXACT)}
    when ${all('search_text', (p) => p.word)} then ${sql.lit(SCORE_FOLDED)} else ${sql.lit(SCORE_PREFIX)} end`;
}

/** Effective access level: unknown counts as secret; a document is never more open than its file. */
const FILE_MODE = sql`case when f.mode in ('01', '02') then f.mode else '03' end`;
const DOCUMENT_MODE = sql`case
  when coalesce(d.mode, f.mode) = '01' and coalesce(f.mode, d.mode) = '01' then '01'
  when coalesce(d.mode, f.mode) in ('01', '02') and coalesce(f.mode, d.mode) in ('01', '02') then '02'
  else '03' end`;

/** Backup status of the file `fileCode` (docs/search.md): none · pending · ok · damaged. */
const backup = (fileCode: Sql): Sql => sql`coalesce((select case
    when exists (select 1 from copies c where c.object_id = o.id and c.status in ('damaged', 'missing')) then 'damaged'
    when exists (select 1 from copies c where c.object_id = o.id)
      and not exists (select 1 from copies c where c.object_id = o.id and (c.status <> 'ok' or c.version <> o.head)) then 'ok'
    else 'pending' end
  from backup_objects o where o.file_code = ${fileCode}), 'none')`;

const inList = (values: readonly string[]): Sql => sql`(${sql.join(values.map((v) => sql`${v}`))})`;

/** Filters on columns of the record and its file `f` (SQL conditions before the access check). */
function recordFilters(filters: SearchFilters, alias: string, fileCode: Sql): Sql[] {
  const where: Sql[] = [];
  if (filters.fondsCode !== undefined) where.push(sql`f.fonds_code = ${filters.fondsCode}`);
  if (filters.unitId !== undefined) where.push(sql`f.fonds_code in (select code from fonds where unit_id = ${filters.unitId})`);
  if (filters.yearFrom !== undefined) where.push(sql`${sql.ref(`${alias}.year`)} >= ${filters.yearFrom}`);
  if (filters.yearTo !== undefined) where.push(sql`${sql.ref(`${alias}.year`)} <= ${filters.yearTo}`);
  if (filters.medium !== undefined)
    where.push(sql`exists (select 1 from holdings h where h.medium = ${filters.medium}
      and (h.file_code = ${fileCode} or (h.file_code is null and h.fonds_code = f.fonds_code)))`);
  return where;
}

export interface MatchedOptions {
  engine: Engine;
  query: ParsedQuery;
  filters: SearchFilters;
  /** Allowed levels already narrowed by the `modes` filter; never empty here. */
  modes: readonly AccessMode[];
  withScore: boolean;
}

/** The visible matching records of both kinds, as one row set (UNION ALL). */
export function matched(o: MatchedOptions): Sql {
  const { engine, query, filters } = o;
  // PostgreSQL: the columns of both kinds must share one collation ("C", as every stored text)
  // or comparing and grouping them fails; SQLite compares bytes anyway.
  const c = (e: Sql): Sql => (engine === 'postgres' ? sql`(${e}) collate "C"` : e);
  const parts: Sql[] = [];
  if (filters.kind !== 'document' && filters.typeNames === undefined) {
    const where = [...textMatch(engine, query, 'f', 'catalogue_files'), ...recordFilters(filters, 'f', sql`f.code`)];
    parts.push(sql`select ${c(sql`'file'`)} as kind, f.code as code, f.title as title, ${c(sql`cast(null as text)`)} as file_code,
        f.fonds_code as fonds_code, f.year as year, ${c(sql`cast(null as text)`)} as type_name, ${c(FILE_MODE)} as mode,
        ${c(backup(sql`f.code`))} as backup${o.withScore ? sql`, ${score(query, 'f')} as score` : sql``}
      from catalogue_files f where ${and(where)}`);
  }
  if (filters.kind !== 'file') {
    const where = [...textMatch(engine, query, 'd', 'documents'), ...recordFilters(filters, 'd', sql`d.file_code`)];
    if (filters.typeNames !== undefined) where.push(sql`d.type_name in ${inList(filters.typeNames)}`);
    parts.push(sql`select ${c(sql`'document'`)} as kind, d.id as code, d.title as title, d.file_code as file_code,
        f.fonds_code as fonds_code, d.year as year, d.type_name as type_name, ${c(DOCUMENT_MODE)} as mode,
        ${c(backup(sql`d.file_code`))} as backup${o.withScore ? sql`, ${score(query, 'd')} as score` : sql``}
      from documents d left join catalogue_files f on f.code = d.file_code where ${and(where)}`);
  }
  const visible = [sql`m.mode in ${inList(o.modes)}`];
  if (filters.backup !== undefined) visible.push(sql`m.backup in ${inList(filters.backup)}`);
  return sql`select * from (${sql.join(parts, sql` union all `)}) m where ${and(visible)}`;
}

/** Total and facet counts of the matched rows in one statement (the match evaluated once). */
export function summary(rows: Sql): Sql {
  const facet = (name: string, column: Sql): Sql =>
    sql`select ${sql.lit(name)} as facet, ${column} as value, count(*) as n from m where ${column} is not null group by ${column}`;
  return sql`with m as materialized (${rows})
    select 'total' as facet, '' as value, count(*) as n from m
    union all ${facet('fonds', sql`fonds_code`)}
    union all ${facet('year', sql`cast(year as text)`)}
    union all ${facet('type', sql`type_name`)}
    union all ${facet('mode', sql`mode`)}
    union all ${facet('backup', sql`backup`)}`;
}

/** One page of hits: best score first, then by code (and kind), identical on both engines. */
export function page(rows: Sql, limit: number, offset: number): Sql {
  return sql`select kind, code, title, file_code, fonds_code, year, mode, score from (${rows}) r
    order by score desc, code, kind limit ${limit} offset ${offset}`;
}
