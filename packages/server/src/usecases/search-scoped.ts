import { levelsOf, type SearchFilters, type SearchOptions } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { recordAccess, type Requester } from './access-log.js';

/*
 * Search for a signed-in user (decision 0014): their levels (levelsOf) and units (scope) limit
 * the hits, the total and the facets alike; the query is written to the access log once (the
 * hits are not each logged).
 */
export async function searchFor(
  ctx: Context,
  who: Requester,
  q: string,
  options: { filters: SearchFilters; limit: number; offset: number },
) {
  const allowedModes = levelsOf(who.principal);
  const units = who.principal?.units ?? new Set<string>();
  const filters: SearchFilters = { ...options.filters, ...(units !== 'all' && { scopeUnitIds: [...units] }) };
  const search: SearchOptions = { filters, allowedModes, limit: options.limit, offset: options.offset };
  const result = await ctx.catalogue.search.search(q, search);
  await recordAccess(ctx, { ...who, action: 'search', recordKind: 'search', recordCode: q, unitId: null, outcome: 'allowed' });
  return { ...result, levels: allowedModes };
}
