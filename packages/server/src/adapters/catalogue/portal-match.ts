import type { ParsedQuery } from '@duphong/core';
import { sql, type RawBuilder } from 'kysely';
import type { Engine } from './engine.js';
import { ftsQuery } from './search-sql.js';

/*
 * "The record matches the query" for the portal, on the folded `words` (decision 0027): every
 * element matches, a term's last word as a prefix, a phrase's words whole and in order — the
 * catalogue search's rule (core search/match.ts) answered by the engines' own word indexes.
 * SQLite: FTS5 (the same query text as the catalogue's). PostgreSQL: a `simple` tsquery over the
 * stored tsvector, `ha <-> noi:*` for `ha noi`. Folded words hold only letters and digits, so
 * the query text cannot carry tsquery operators.
 */
export function portalMatch(engine: Engine, query: ParsedQuery): RawBuilder<unknown> | undefined {
  if (query.elements.length === 0) return undefined;
  if (engine === 'sqlite') return sql`r.id in (select rowid from portal_records_fts where portal_records_fts match ${ftsQuery(query)})`;
  return sql`r.tsv @@ to_tsquery('simple', ${tsQueryText(query)})`;
}

/** The tsquery text of a parsed query: elements joined by `&`, words of one element by `<->`. */
export function tsQueryText(query: ParsedQuery): string {
  return query.elements
    .map((e) => {
      const words = e.folded.map((w) => `'${w}'`);
      if (!e.phrase) words[words.length - 1] = `${words[words.length - 1]}:*`;
      return words.length === 1 ? words[0] : `(${words.join(' <-> ')})`;
    })
    .join(' & ');
}
