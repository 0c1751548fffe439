import { elementPatterns, type ParsedQuery } from '@duphong/core';
import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './engine.js';
import { ftsQuery } from './search-sql.js';

/** Prefixes of a word are indexed up to this many characters (most Vietnamese syllables are shorter). */
export const PREFIX_MAX = 8;

/*
 * "The record matches the query" for the portal, on the folded `words` (decision 0027): every
 * element matches, a term's last word as a prefix, a phrase's words whole and in order — the
 * catalogue search's rule (core search/match.ts). The definition is the LIKE test on the padded
 * words (PostgreSQL) or FTS5's phrase query (SQLite, as the catalogue's search); on PostgreSQL the
 * GIN index over `terms` (migration 0019) finds the candidates: every whole word of the query and
 * the '>'-marked prefix of each element's last word must be among the record's terms.
 */
export function portalMatch(engine: Engine, query: ParsedQuery): RawBuilder<unknown> | undefined {
  if (query.elements.length === 0) return undefined;
  if (engine === 'sqlite') return sql`r.id in (select rowid from portal_records_fts where portal_records_fts match ${ftsQuery(query)})`;
  const likes = query.elements.map((e) => sql`(' ' || r.words || ' ') like ${`%${elementPatterns(e).match}%`}`);
  return sql.join(likes, sql` and `);
}

/** What narrows a PostgreSQL search, as keys of the GIN index over `portal_terms(…)` (migration 0019). */
export interface PortalKeys {
  query: ParsedQuery;
  /** The one level visible, when the visitor sees a single level everywhere (anonymous: 01). */
  access?: string | undefined;
  province?: string | undefined;
  fonds?: string | undefined;
}

/**
 * PostgreSQL: `portal_terms(…) @> keys`, the index condition; undefined when only the level would
 * be asked (nine records in ten are public: reading them in table order finds the first thousand
 * at once, where the index would first collect them all).
 */
export function portalIndexCondition(k: PortalKeys): RawBuilder<unknown> | undefined {
  const keys = queryTerms(k.query);
  if (k.province !== undefined) keys.push(`#p:${k.province}`);
  if (k.fonds !== undefined) keys.push(`#f:${k.fonds}`);
  if (keys.length === 0) return undefined;
  if (k.access !== undefined) keys.push(`#a:${k.access}`);
  return sql`portal_terms(r.words, r.access, r.province, r.fonds_code) @> ${sql`cast(${keys} as text[])`}`;
}

/** The index keys a record must have for the query to match it. */
export function queryTerms(query: ParsedQuery): string[] {
  const terms = new Set<string>();
  for (const e of query.elements)
    e.folded.forEach((w, i) => terms.add(!e.phrase && i === e.folded.length - 1 ? `>${w.slice(0, PREFIX_MAX)}` : w));
  return [...terms];
}

/** The same query as a `simple` tsquery (the bench's bare full-text baseline). */
export function tsQueryText(query: ParsedQuery): string {
  return query.elements
    .map((e) => {
      const words = e.folded.map((w) => `'${w}'`);
      if (!e.phrase) words[words.length - 1] = `${words[words.length - 1]}:*`;
      return words.length === 1 ? words[0] : `(${words.join(' <-> ')})`;
    })
    .join(' & ');
}
