import {
  ACCESS_MODES,
  highlightRanges,
  parseQuery,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  type AccessMode,
  type FacetCount,
  type ParsedQuery,
  type SearchFacets,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '@duphong/core';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import { searchStatement } from './search-sql.js';

const emptyFacets = (): SearchFacets => ({ fonds: [], year: [], type: [], mode: [], backup: [] });

/** One row of the search statement: a facet count, the total, or a hit of the page. */
interface Row {
  facet: 'hit' | 'total' | keyof SearchFacets;
  value: string | number | null;
  n: number | string;
  kind: 'file' | 'document';
  code: string;
  title: string;
  file_code: string | null;
  fonds_code: string | null;
  year: number | string | null;
  mode: AccessMode;
  score: number | string;
}

function toHit(r: Row, query: ParsedQuery): SearchHit {
  const highlight = query.elements.length > 0 ? highlightRanges(r.title, query) : [];
  return {
    kind: r.kind,
    code: r.code,
    title: r.title,
    ...(r.file_code !== null && { fileCode: r.file_code }),
    fondsCode: r.fonds_code,
    year: r.year === null ? null : toSafeNumber(r.year),
    mode: r.mode,
    score: toSafeNumber(r.score),
    ...(highlight.length > 0 && { highlight }),
  };
}

/**
 * `catalogue.search` over Kysely: one statement on the catalogue's own connection (or
 * transaction), so a write is searchable the moment it commits. It returns the total, the
 * facets and the page together (search-sql.ts).
 */
export class KyselySearch implements SearchIndex {
  constructor(private readonly ctx: Ctx) {}

  async search(text: string, options: SearchOptions): Promise<SearchResult> {
    const query = parseQuery(text);
    const filters = options.filters ?? {};
    const allowed = new Set(options.allowedModes);
    const modes = ACCESS_MODES.filter((m) => allowed.has(m) && (filters.modes === undefined || filters.modes.includes(m)));
    const limit = Math.min(Math.max(Math.trunc(options.limit ?? SEARCH_DEFAULT_LIMIT), 0), SEARCH_MAX_LIMIT);
    const offset = Math.max(Math.trunc(options.offset ?? 0), 0);
    if (modes.length === 0) return { total: 0, hits: [], facets: emptyFacets() };
    const statement = searchStatement({ engine: this.ctx.engine, query, filters, modes }, limit, offset);
    const { rows } = await statement.execute(this.ctx.db);
    const facets = emptyFacets();
    let total = 0;
    const page: Array<{ n: number; hit: SearchHit }> = [];
    for (const row of rows as Row[]) {
      const n = toSafeNumber(row.n);
      if (row.facet === 'hit') page.push({ n, hit: toHit(row, query) });
      else if (row.facet === 'total') total = n;
      else if (row.value !== null) facets[row.facet].push({ value: String(row.value), count: n });
    }
    for (const list of Object.values(facets)) list.sort(byCountThenValue);
    const hits = page.sort((a, b) => a.n - b.n).map((p) => p.hit);
    return { total, hits, facets };
  }
}

/** Facets: most frequent first, then by value (code point order, as on both engines). */
function byCountThenValue(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
