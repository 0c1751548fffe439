import { inPeriod, isoVietnam, rollupPlans, type Principal, type RollupResult, type RollupUnit, type UnitVersion } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { requireRight } from './selection-access.js';

/*
 * `duphong report rollup --from YYYY --to YYYY [--regroup] [--as-of DATE]`: the national roll-up of
 * the plans and results reports stored (plan import), over the ministries and provinces in force in
 * those years — or, regrouped, under those in force on `--as-of` (today's 34 provinces). The rules
 * are core's (plans/rollup.ts, decision 0023).
 */

const GROUPS: Record<string, string> = {
  ministry: 'Cơ quan trung ương',
  province: 'Tỉnh, thành phố trực thuộc Trung ương',
};

export interface RollupRequest {
  from: number;
  to: number;
  regroup?: boolean;
  /** YYYY-MM-DD: the units regrouped under; default today. */
  asOf?: string;
}

export async function rollupReport(ctx: Context, principal: Principal | undefined, request: RollupRequest): Promise<RollupResult> {
  requireRight(principal, 'reports.read');
  const { from, to } = request;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2000 || to > 2100 || from > to)
    throw requestError('DP-USAGE', 'Khoảng năm không hợp lệ: --from NĂM --to NĂM.', 'Invalid year range: --from YEAR --to YEAR.');
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const kinds = new Map((await ctx.catalogue.units.listUnits()).map((u) => [u.id, u.kind]));
  const versions = await ctx.catalogue.units.listVersions();
  const asOf = request.asOf ?? isoVietnam(ctx.clock.now()).slice(0, 10);
  const unitsIn = (test: (v: UnitVersion) => boolean): RollupUnit[] => {
    const picked = new Map<string, UnitVersion>();
    for (const v of versions) {
      const kind = kinds.get(v.unitId);
      if (kind === undefined || !(kind in GROUPS) || !test(v)) continue;
      const seen = picked.get(v.unitId);
      if (!seen || v.validFrom > seen.validFrom) picked.set(v.unitId, v); // the latest name in the period
    }
    return [...picked.values()]
      .map((v) => ({ unitId: v.unitId, name: v.name, group: GROUPS[kinds.get(v.unitId)!]! }))
      .sort((a, b) => (a.group === b.group ? a.name.localeCompare(b.name, 'vi') : a.group === GROUPS.ministry ? -1 : 1));
  };
  const overlaps = (v: UnitVersion) => v.validFrom <= `${to}-12-31` && (v.validTo === null || v.validTo >= `${from}-01-01`);
  const entries = await ctx.catalogue.plans.listEntries({ fromYear: from, toYear: to });
  return rollupPlans({
    years,
    units: unitsIn(overlaps),
    entries: entries.map((e) => ({
      unitId: e.unitId,
      year: e.year,
      column: e.column,
      noRecords: e.noRecords,
      ...(e.kind !== null && { instrument: { kind: e.kind, numberSymbol: e.numberSymbol, date: e.date } }),
    })),
    // Decision 71/QĐ-TTg: ministries and provinces by 15/12, agencies by 10/12 (config reports.deadlines).
    deadline: (unitId, year) => {
      const { ministry, province, agency } = ctx.config.reports.deadlines;
      const day = kinds.get(unitId) === 'ministry' ? ministry : kinds.get(unitId) === 'province' ? province : agency;
      return `${year}-${day.slice(3, 5)}-${day.slice(0, 2)}`;
    },
    ...(request.regroup && {
      regroup: {
        at: asOf,
        successions: await ctx.catalogue.units.listSuccessions(),
        units: unitsIn((v) => inPeriod(asOf, v)),
      },
    }),
  });
}
