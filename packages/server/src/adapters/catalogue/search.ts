import {
  ACCESS_MODES,
  highlightRanges,
  parseQuery,
  SEARCH_DEFAULT_LIMIT,
  SEARCH_MAX_LIMIT,
  type AccessMode,
  type FacetCount,
  type SearchFacets,
  type SearchHit,
  type SearchIndex,
  type SearchOptions,
  type SearchResult,
} from '@duphong/core';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import { matched, page, summary } from './search-sql.js';

const emptyFacets = (): SearchFacets => ({ fonds: [], year: [], type: [], mode: [], backup: [] });

interface HitRow {
  kind: 'file' | 'document';
  code: string;
  title: string;
  file_code: string | null;
  fonds_code: string | null;
  year: number | string | null;
  mode: AccessMode;
  score: number | string;
}

/**
 * `catalogue.search` over Kysely: two statements on the catalogue's own connection (or
 * transaction), so a write is searchable the moment it commits. One computes the total and the
 * facets, the other one page of hits; both from the same `matched` SQL (search-sql.ts).
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
    const base = { engine: this.ctx.engine, query, filters, modes };

    const counts = await summary(matched({ ...base, withScore: false })).execute(this.ctx.db);
    const facets = emptyFacets();
    let total = 0;
    for (const row of counts.rows as Array<{ facet: string; value: string; n: number | string }>) {
      const count = toSafeNumber(row.n);
      if (row.facet === 'total') total = count;
      else facets[row.facet as keyof SearchFacets].push({ value: String(row.value), count });
    }
    for (const list of Object.values(facets)) list.sort(byCountThenValue);
    if (total === 0 || limit === 0) return { total, hits: [], facets };

    const { rows } = await page(matched({ ...base, withScore: true }), limit, offset).execute(this.ctx.db);
    const hits = (rows as HitRow[]).map((r): SearchHit => {
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
    });
    return { total, hits, facets };
  }
}

/** Facets: most frequent first, then by value (code point order, as on both engines). */
function byCountThenValue(a: FacetCount, b: FacetCount): number {
  return b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);
}
