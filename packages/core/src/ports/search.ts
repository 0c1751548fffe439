import type { SearchOptions, SearchResult } from '../search/model.js';

/**
 * Search over the archival description (files and documents), reached as `catalogue.search` so it
 * sees every committed write at once. Semantics in search/match.ts; the same hits, order, totals
 * and facets on every engine. Records above `allowedModes` are invisible: not in hits, totals or
 * facet counts. An empty query lists everything the filters let through, by code.
 */
export interface SearchIndex {
  search(query: string, options: SearchOptions): Promise<SearchResult>;
}
