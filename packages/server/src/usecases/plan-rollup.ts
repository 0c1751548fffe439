import {
  deadlineOf,
  inPeriod,
  isoVietnam,
  reportLevelOf,
  rollupPlans,
  sumFigures,
  unitsUnder,
  type Figures,
  type PlanEntry,
  type Principal,
  type RollupResult,
  type RollupUnit,
  type Unit,
  type UnitVersion,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { accessError, requestError } from '../errors.js';
import { requireRight } from './selection-access.js';
import { reportUnit } from './report-scope.js';
import { computeYearFigures } from './report-figures.js';

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
  /** Roll up the units under this one (a province over its agencies) instead of the nation. */
  over?: string;
}

/** The roll-up with the figures of every year: computed from the catalogue, and summed from what the units declared. */
export interface RollupView extends RollupResult {
  figures: Record<number, { computed: Figures; declared: Figures }>;
}

/** The roll-up and what it was made from (the units' kinds and versions, the entries), without figures. */
export interface RollupBasis {
  result: RollupResult;
  kinds: Map<string, Unit['kind']>;
  versions: UnitVersion[];
  entries: PlanEntry[];
}

export async function rollupReport(ctx: Context, principal: Principal | undefined, request: RollupRequest): Promise<RollupView> {
  const { result, kinds, versions, entries } = await rollupBasis(ctx, principal, request);
  // Figures over everything the catalogue holds (the nation), or the unit rolled over and those under it.
  const figures: RollupView['figures'] = {};
  for (const year of result.years) {
    const unitIds = request.over === undefined ? [...kinds.keys()] : unitsUnder(versions, request.over, `${year}-12-31`);
    const counted = new Set(unitIds);
    const declared = entries.filter((e) => e.year === year && e.column === 'report' && counted.has(e.unitId)).map((e) => e.declared ?? {});
    figures[year] = { computed: await computeYearFigures(ctx, unitIds, year), declared: sumFigures(declared) };
  }
  return { ...result, figures };
}

/** The roll-up's rules (scope, units of the period, entries), shared by the roll-up and the submissions view. */
export async function rollupBasis(ctx: Context, principal: Principal | undefined, request: RollupRequest): Promise<RollupBasis> {
  requireRight(principal, 'reports.read');
  const { from, to } = request;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2000 || to > 2100 || from > to)
    throw requestError('DP-USAGE', 'Khoảng năm không hợp lệ: --from NĂM --to NĂM.', 'Invalid year range: --from YEAR --to YEAR.');
  const years = Array.from({ length: to - from + 1 }, (_, i) => from + i);
  const kinds = new Map((await ctx.catalogue.units.listUnits()).map((u) => [u.id, u.kind]));
  const versions = await ctx.catalogue.units.listVersions();
  if (request.over !== undefined) {
    await reportUnit(ctx, principal, request.over);
  } else if (principal && principal.units !== 'all') throw outOfScope();
  const under = request.over === undefined ? undefined : new Set(unitsUnder(versions, request.over, `${to}-12-31`).slice(1));
  const groupOf = (unitId: string): string | undefined =>
    under === undefined
      ? GROUPS[kinds.get(unitId)!]
      : under.has(unitId)
        ? `Cơ quan, đơn vị thuộc ${nameOf(versions, request.over!, to)}`
        : undefined;
  const asOf = request.asOf ?? isoVietnam(ctx.clock.now()).slice(0, 10);
  const unitsIn = (test: (v: UnitVersion) => boolean): RollupUnit[] => {
    const picked = new Map<string, UnitVersion>();
    for (const v of versions) {
      if (groupOf(v.unitId) === undefined || !test(v)) continue;
      const seen = picked.get(v.unitId);
      if (!seen || v.validFrom > seen.validFrom) picked.set(v.unitId, v); // the latest name in the period
    }
    return [...picked.values()]
      .map((v) => ({ unitId: v.unitId, name: v.name, group: groupOf(v.unitId)! }))
      .sort((a, b) => (a.group === b.group ? a.name.localeCompare(b.name, 'vi') : a.group === GROUPS.ministry ? -1 : 1));
  };
  const overlaps = (v: UnitVersion) => v.validFrom <= `${to}-12-31` && (v.validTo === null || v.validTo >= `${from}-01-01`);
  const entries = await ctx.catalogue.plans.listEntries({ fromYear: from, toYear: to });
  const result = rollupPlans({
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
    deadline: (unitId, year) => deadlineOf(reportLevelOf(kinds.get(unitId)), year, ctx.config.reports.deadlines),
    ...(request.regroup && {
      regroup: {
        at: asOf,
        successions: await ctx.catalogue.units.listSuccessions(),
        units: unitsIn((v) => inPeriod(asOf, v)),
      },
    }),
  });
  return { result, kinds, versions, entries };
}

const outOfScope = () =>
  accessError(
    'forbidden',
    'DP-OUT-OF-SCOPE',
    'Tổng hợp toàn quốc chỉ dành cho tài khoản cấp trung ương; hãy tổng hợp các đơn vị thuộc đơn vị của bạn (--over).',
    'The national roll-up is for national-level accounts; roll up the units under yours (--over).',
  );

function nameOf(versions: readonly UnitVersion[], unitId: string, year: number): string {
  const mine = versions.filter((v) => v.unitId === unitId && v.validFrom <= `${year}-12-31`);
  return mine.sort((a, b) => a.validFrom.localeCompare(b.validFrom)).at(-1)?.name ?? unitId;
}
