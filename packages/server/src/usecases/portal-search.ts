import { parseQuery, portalVisibility, type Principal, type PortalResult } from '@duphong/core';
import type { Context } from '../ports/context.js';

/** Hits per page; the page number is bounded by the count cap (no deep paging over a million rows). */
export const PORTAL_PAGE_SIZE = 20;
/** The total is exact up to this many matches, then "at least" (decision 0027). */
export const PORTAL_COUNT_CAP = 1000;

export interface PortalSearchInput {
  q: string;
  province?: string | undefined;
  fonds?: string | undefined;
  /** 1-based. */
  page: number;
}

/**
 * The national portal's search (decision 0027), for GET /api/portal/search and the web page:
 * what the visitor may see is core's `portalVisibility` (level 01 for everyone, more only within a
 * signed-in user's units), the matching and facets the catalogue's bounded portal search.
 */
export async function searchPortal(
  ctx: Context,
  principal: Principal | undefined,
  input: PortalSearchInput,
): Promise<PortalResult & { page: number; pageSize: number }> {
  const visible = portalVisibility(principal);
  const offset = (input.page - 1) * PORTAL_PAGE_SIZE;
  const result = await ctx.catalogue.portal.search({
    query: parseQuery(input.q),
    levels: visible.levels,
    ...(visible.scoped && { scoped: visible.scoped }),
    ...(input.province !== undefined && input.province !== '' && { province: input.province }),
    ...(input.fonds !== undefined && input.fonds !== '' && { fonds: input.fonds }),
    limit: PORTAL_PAGE_SIZE,
    offset: Math.min(offset, PORTAL_COUNT_CAP),
    countCap: PORTAL_COUNT_CAP,
  });
  return { ...result, page: input.page, pageSize: PORTAL_PAGE_SIZE };
}
