import { inScope, type DigitisationFigures, type Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';

/**
 * The year's digitisation figures for the yearly report (issue 11): documents and pages stored in
 * backup copies, documents rejected, batches worked on — for the principal's units, or one unit.
 * A document counts in the year it reached its end (stored or rejected).
 */
export async function digitisationFigures(
  ctx: Context,
  principal: Principal | undefined,
  query: { year: number; unitId?: string | undefined },
): Promise<DigitisationFigures & { year: number; unitId: string | null }> {
  if (!Number.isSafeInteger(query.year) || query.year < 1900 || query.year > 9999)
    throw requestError('DP-DIGITISE-YEAR', `Năm "${query.year}" không hợp lệ.`, `Year "${query.year}" is not valid.`);
  const scope = principal === undefined || principal.units === 'all' ? undefined : [...principal.units];
  // Another unit than one's own answers zero, never that unit's figures.
  const unitIds = query.unitId === undefined ? scope : principal === undefined || inScope(principal, query.unitId) ? [query.unitId] : [];
  const figures = await ctx.catalogue.digitisation.figures({
    ...(unitIds !== undefined && { unitIds }),
    from: `${query.year}-01-01`,
    to: `${query.year + 1}-01-01`,
  });
  return { year: query.year, unitId: query.unitId ?? null, ...figures };
}
