import {
  elementPatterns,
  likeContains,
  likePrefix,
  SCORE_CODE,
  SCORE_CODE_PREFIX,
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
 * The SQL of a search: one statement, the same text on SQLite and PostgreSQL except for how
 * candidates are found (FTS5 on SQLite). The matches are materialised once, with what the page
 * and the facets need (every record row carries its effective level, fonds and backup status,
 * migration 0007), and that set answers the total, the five facets and the page.
 */
type Sql = RawBuilder<unknown>;

const padded = (alias: string, column: 'search_text' | 'search_exact'): Sql => sql`(' ' || ${sql.ref(`${alias}.${column}`)} || ' ')`;

/**
 * "The padded text contains `pattern`" (match.ts). PostgreSQL: LIKE, which its trigram index
 * answers. SQLite: `instr`, the same test (the patterns hold only letters, digits and spaces, and
 * both texts are lower case, so LIKE's ASCII case folding never matters) at a fraction of the
 * cost of LIKE, over every candidate FTS5 found.
 */
function contains(engine: Engine, alias: string, column: 'search_text' | 'search_exact', pattern: string): Sql {
  if (engine === 'postgres') return sql`${padded(alias, column)} like ${likeContains(pattern)}`;
  return sql`instr(${padded(alias, column)}, ${pattern}) > 0`;
}

const and = (parts: Sql[]): Sql => (parts.length === 0 ? sql`1 = 1` : sql.join(parts, sql` and `));

/** FTS5 query: each element a quoted phrase, a term's last word as a prefix (`"quyet"*`). */
export function ftsQuery(query: ParsedQuery): string {
  return query.elements.map((e) => `"${e.folded.join(' ')}"${e.phrase ? '' : '*'}`).join(' ');
}

/**
 * The record's code with ASCII letters in lower case (match.ts `codeMatch`): SQLite's built-in
 * `lower()` folds ASCII only, PostgreSQL's does under collation "C" — the same function.
 */
function codeKey(engine: Engine, alias: string, column: string): Sql {
  const ref = sql.ref(`${alias}.${column}`);
  return engine === 'postgres' ? sql`lower(${ref} collate "C")` : sql`lower(${ref})`;
}

const codeStarts = (engine: Engine, code: string, alias: string, column: string): Sql =>
  sql`${codeKey(engine, alias, column)} like ${likePrefix(code)} escape ${'\\'}`;

/**
 * The record matches: its code starts with the query's code, or every element matches the folded
 * text (the definition; indexes only narrow the candidates).
 */
function textMatch(engine: Engine, query: ParsedQuery, alias: string, table: string, codeColumn: string): Sql[] {
  if (query.elements.length === 0) return [];
  const likes = query.elements.map((e) => contains(engine, alias, 'search_text', elementPatterns(e).match));
  const fts = sql.table(`${table}_fts`);
  const text =
    engine === 'postgres'
      ? likes
      : [sql`${sql.ref(`${alias}.rowid`)} in (select rowid from ${fts} where ${fts} match ${ftsQuery(query)})`, ...likes];
  if (query.code === undefined) return text;
  return [sql`(${codeStarts(engine, query.code, alias, codeColumn)} or (${and(text)}))`];
}

function score(engine: Engine, query: ParsedQuery, alias: string, codeColumn: string): Sql {
  if (query.elements.length === 0) return sql`0`;
  const patterns = query.elements.map(elementPatterns);
  const all = (column: 'search_text' | 'search_exact', pick: (p: ReturnType<typeof elementPatterns>) => string): Sql =>
    and(patterns.map((p) => contains(engine, alias, column, pick(p))));
  const byCode =
    query.code === undefined
      ? sql``
      : sql`when ${codeKey(engine, alias, codeColumn)} = ${query.code} then ${sql.lit(SCORE_CODE)}
    when ${codeStarts(engine, query.code, alias, codeColumn)} then ${sql.lit(SCORE_CODE_PREFIX)} `;
  return sql`case ${byCode}when ${all('search_exact', (p) => p.exact)} then ${sql.lit(SCORE_EXACT)}
    when ${all('search_text', (p) => p.word)} then ${sql.lit(SCORE_FOLDED)} else ${sql.lit(SCORE_PREFIX)} end`;
}

const inList = (values: readonly string[]): Sql => sql`(${sql.join(values.map((v) => sql`${v}`))})`;

/** Filters on the record's own columns (`x`), its file code and its (denormalised) fonds. */
function recordFilters(o: MatchedOptions, alias: string, fileCode: Sql): Sql[] {
  const { filters } = o;
  const col = (name: string): Sql => sql.ref(`${alias}.${name}`);
  const where: Sql[] = [sql`${col('eff_mode')} in ${inList(o.modes)}`];
  if (filters.backup !== undefined) where.push(sql`${col('backup_status')} in ${inList(filters.backup)}`);
  if (filters.fondsCode !== undefined) where.push(sql`${col('fonds_code')} = ${filters.fondsCode}`);
  if (filters.unitId !== undefined) where.push(sql`${col('fonds_code')} in (select code from fonds where unit_id = ${filters.unitId})`);
  if (filters.scopeUnitIds !== undefined)
    where.push(
      filters.scopeUnitIds.length === 0
        ? sql`1 = 0`
        : sql`${col('fonds_code')} in (select code from fonds where unit_id in ${inList(filters.scopeUnitIds)})`,
    );
  if (filters.yearFrom !== undefined) where.push(sql`${col('year')} >= ${filters.yearFrom}`);
  if (filters.yearTo !== undefined) where.push(sql`${col('year')} <= ${filters.yearTo}`);
  if (filters.medium !== undefined)
    where.push(sql`(${fileCode} in (select h.file_code from holdings h where h.medium = ${filters.medium} and h.file_code is not null)
      or ${col('fonds_code')} in (select h.fonds_code from holdings h where h.medium = ${filters.medium} and h.file_code is null))`);
  return where;
}

export interface MatchedOptions {
  engine: Engine;
  query: ParsedQuery;
  filters: SearchFilters;
  /** Allowed levels already narrowed by the `modes` filter; never empty here. */
  modes: readonly AccessMode[];
}

/** The visible matching records of both kinds, as one row set (UNION ALL), scored. */
function matched(o: MatchedOptions): Sql {
  const { engine, query, filters } = o;
  // PostgreSQL: the columns of both kinds must share one collation ("C", as every stored text)
  // or comparing and grouping them fails; SQLite compares bytes anyway.
  const c = (e: Sql): Sql => (engine === 'postgres' ? sql`(${e}) collate "C"` : e);
  const parts: Sql[] = [];
  if (filters.kind !== 'document' && filters.typeNames === undefined) {
    const where = [...textMatch(engine, query, 'f', 'catalogue_files', 'code'), ...recordFilters(o, 'f', sql`f.code`)];
    parts.push(sql`select ${c(sql`'file'`)} as kind, f.code as code, ${c(sql`cast(null as text)`)} as file_code,
        f.fonds_code as fonds_code, f.year as year, ${c(sql`cast(null as text)`)} as type_name, f.eff_mode as mode,
        f.backup_status as backup, ${score(engine, query, 'f', 'code')} as score
      from catalogue_files f where ${and(where)}`);
  }
  if (filters.kind !== 'file') {
    const where = [...textMatch(engine, query, 'd', 'documents', 'id'), ...recordFilters(o, 'd', sql`d.file_code`)];
    if (filters.typeNames !== undefined) where.push(sql`d.type_name in ${inList(filters.typeNames)}`);
    parts.push(sql`select ${c(sql`'document'`)} as kind, d.id as code, d.file_code as file_code,
        d.fonds_code as fonds_code, d.year as year, d.type_name as type_name, d.eff_mode as mode,
        d.backup_status as backup, ${score(engine, query, 'd', 'id')} as score
      from documents d where ${and(where)}`);
  }
  return sql.join(parts, sql` union all `);
}

/**
 * PostgreSQL: the total and the five facets in one pass over the matches (hashed grouping sets)
 * instead of six. A facet's NULL group comes back with `value` NULL and is dropped by the caller.
 */
const groupingSets = sql`select cast(case when grouping(fonds_code) = 0 then 'fonds' when grouping(year) = 0 then 'year'
      when grouping(type_name) = 0 then 'type' when grouping(mode) = 0 then 'mode' when grouping(backup) = 0 then 'backup'
      else 'total' end as text) collate "C",
    cast(coalesce(fonds_code, cast(year as text), type_name, mode, backup) as text) collate "C", count(*),
    null, null, null, null, null, null, null, null
  from m group by grouping sets ((), (fonds_code), (year), (type_name), (mode), (backup))`;

/**
 * Total, facets and one page in a single statement over the materialised matches. Facet rows
 * carry `facet`, `value`, `n`; hit rows (`facet = 'hit'`) the page in order (`n` = position),
 * best score first, then by code (and kind) — identical on both engines. The title is read
 * only for the page's rows.
 */
export function searchStatement(o: MatchedOptions, limit: number, offset: number): Sql {
  const t = (e: Sql): Sql => (o.engine === 'postgres' ? sql`cast(${e} as text) collate "C"` : e);
  const facet = (name: string, column: Sql): Sql =>
    sql`select ${t(sql.lit(name))}, ${t(column)}, count(*), null, null, null, null, null, null, null, null
      from m where ${column} is not null group by ${column}`;
  const title = sql`case when p.kind = 'file' then (select x.title from catalogue_files x where x.code = p.code)
    else (select x.title from documents x where x.id = p.code) end`;
  return sql`with m as materialized (${matched(o)}),
    p as (select kind, code, file_code, fonds_code, year, mode, score from m order by score desc, code, kind limit ${limit} offset ${offset})
    select ${t(sql`'hit'`)} as facet, ${t(sql`null`)} as value, row_number() over (order by p.score desc, p.code, p.kind) as n, p.kind as kind, p.code as code, ${t(title)} as title,
      p.file_code as file_code, p.fonds_code as fonds_code, p.year as year, p.mode as mode, p.score as score from p
    union all ${
      o.engine === 'postgres'
        ? groupingSets
        : sql`select 'total', '', count(*), null, null, null, null, null, null, null, null from m
    union all ${facet('fonds', sql`fonds_code`)}
    union all ${facet('year', sql`year`)}
    union all ${facet('type', sql`type_name`)}
    union all ${facet('mode', sql`mode`)}
    union all ${facet('backup', sql`backup`)}`
    }`;
}
