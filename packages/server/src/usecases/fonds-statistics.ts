import { inScope, isUnitDate, isoVietnam, unitsUnder, type Principal } from '@duphong/core';
import { reportUnit } from './report-scope.js';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { requireRight } from './selection-access.js';
import { collectStatistics, zeroCounts, type FondsStatistics, type StatisticsCounts } from './record-statistics.js';

/*
 * The statistics list per fonds / work / collection (issue 11; the list the Quảng Nam plan hands
 * over with the database): files, documents, pages, digitised pages, copies and their verification,
 * for one unit and the units under it (a province), or every unit the principal may see (the
 * nation for a national account), as it stood on any day.
 */

export type StatisticsTotals = StatisticsCounts & { fonds: number };

export interface StatisticsList {
  /** YYYY-MM-DD. */
  at: string;
  unitId: string | null;
  rows: Array<FondsStatistics & { unitName: string }>;
  totals: StatisticsTotals;
}

export async function statisticsList(
  ctx: Context,
  principal: Principal | undefined,
  query: { unitId?: string; at?: string },
): Promise<StatisticsList> {
  requireRight(principal, 'reports.read');
  const today = isoVietnam(ctx.clock.now()).slice(0, 10);
  const at = query.at ?? today;
  // isUnitDate, not a Date round trip: "2024-13-45" must be a 400, never a RangeError.
  if (!isUnitDate(at)) throw requestError('DP-USAGE', `Ngày "${at}" không có thật.`, `The date "${at}" does not exist.`);
  const versions = await ctx.catalogue.units.listVersions();
  let unitIds: string[];
  if (query.unitId !== undefined) {
    await reportUnit(ctx, principal, query.unitId);
    unitIds = unitsUnder(versions, query.unitId, at);
  } else {
    const all = (await ctx.catalogue.units.listUnits()).map((u) => u.id);
    unitIds = principal === undefined || principal.units === 'all' ? all : all.filter((id) => inScope(principal, id));
  }
  const { rows } = await collectStatistics(ctx, unitIds, at);
  const names = new Map(versions.filter((v) => v.validFrom <= at).map((v) => [v.unitId, v.name]));
  const totals: StatisticsTotals = { fonds: rows.length, ...zeroCounts() };
  for (const r of rows) for (const key of Object.keys(zeroCounts()) as Array<keyof StatisticsCounts>) totals[key] += r[key];
  return {
    at,
    unitId: query.unitId ?? null,
    rows: rows.map((r) => ({ ...r, unitName: names.get(r.unitId) ?? r.unitId })),
    totals,
  };
}
