import { displayUnitDate } from '../units/dates.js';
import type { Succession } from '../units/model.js';
import { successorsAt } from '../units/timeline.js';
import type { Instrument } from './instrument.js';

/*
 * The roll-up of plans and results reports over units and years, as the appendix of report
 * 610/BC-BNV lists them (DOMAIN.md §9, CONTRACT.md `report rollup`): per unit and year what was
 * issued, counts per column (a no-records statement counted apart, never as a report), the units
 * without a plan, those that never reported, late reports against the deadline of their level, and
 * inconsistencies. Entries are counted in the year column they were listed under; a date in
 * another year is a finding. Pure: the caller gives units, entries and deadlines.
 */

export type RollupColumn = 'plan' | 'report';

export interface RollupUnit {
  unitId: string;
  name: string;
  /** "Cơ quan trung ương", "Tỉnh, thành phố trực thuộc Trung ương" … */
  group: string | null;
}

export interface RollupEntry {
  unitId: string;
  year: number;
  column: RollupColumn;
  /** Absent for a bare no-records statement. */
  instrument?: Instrument;
  noRecords?: boolean;
}

export interface RollupInput {
  years: number[];
  units: RollupUnit[];
  entries: RollupEntry[];
  /** The last day (YYYY-MM-DD) a unit's report for `year` was due (10/12 agencies, 15/12 provinces and ministries by default). */
  deadline(unitId: string, year: number): string;
  /**
   * Present the result under the units in force on `at` (`--regroup`: today's 34 provinces): the
   * entries of a former unit count for its successor, which "has a plan" when any predecessor had.
   */
  regroup?: { at: string; successions: readonly Succession[]; units: RollupUnit[] };
}

/** `from`: the former unit it was issued by, when regrouped under a successor. */
type Listed = { kind: string; number: string | null; date: string | null; from?: string };

export interface RollupResult {
  years: number[];
  units: Array<{
    unit: string;
    name: string;
    group: string | null;
    plans: Record<number, Listed[]>;
    reports: Record<number, Array<Listed & { late: boolean }>>;
    noRecords: Record<number, true>;
  }>;
  counts: { plans: Record<number, number>; reports: Record<number, number>; noRecords: Record<number, number> };
  withoutPlan: string[];
  neverReported: string[];
  late: Array<{ name: string; year: number; date: string; deadline: string }>;
  findings: Array<{ unit: string; code: string; message: string }>;
}

const listed = (i: Instrument & { from?: string }): Listed => ({
  kind: i.kind,
  number: i.numberSymbol,
  date: i.date,
  ...(i.from !== undefined && { from: i.from }),
});

export function rollupPlans(input: RollupInput): RollupResult {
  const years = [...input.years].sort((a, b) => a - b);
  const zero = () => Object.fromEntries(years.map((y) => [y, 0])) as Record<number, number>;
  const result: RollupResult = {
    years,
    units: [],
    counts: { plans: zero(), reports: zero(), noRecords: zero() },
    withoutPlan: [],
    neverReported: [],
    late: [],
    findings: [],
  };
  const byUnit = new Map<string, Array<RollupEntry & { from?: string }>>();
  const names = new Map(input.units.map((u) => [u.unitId, u.name]));
  for (const e of input.entries) {
    if (!years.includes(e.year)) continue;
    let unitId = e.unitId;
    if (input.regroup) {
      const targets = successorsAt(input.regroup.successions, e.unitId, input.regroup.at);
      if (targets.length !== 1) {
        result.findings.push({
          unit: names.get(e.unitId) ?? e.unitId,
          code: 'DP-ROLLUP-NO-SUCCESSOR',
          message: `Không gộp được vào một đơn vị ngày ${displayUnitDate(input.regroup.at)} (${targets.length === 0 ? 'không có đơn vị kế thừa' : `chia cho ${targets.join(', ')}`}).`,
        });
        continue;
      }
      unitId = targets[0]!;
    }
    const from = unitId !== e.unitId ? (names.get(e.unitId) ?? e.unitId) : undefined;
    byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), { ...e, ...(from !== undefined && { from }) }]);
  }

  for (const unit of input.regroup?.units ?? input.units) {
    const mine = byUnit.get(unit.unitId) ?? [];
    const row: RollupResult['units'][number] = {
      unit: unit.unitId,
      name: unit.name,
      group: unit.group,
      plans: {},
      reports: {},
      noRecords: {},
    };
    for (const year of years) {
      const here = mine.filter((e) => e.year === year);
      const withFrom = (e: RollupEntry & { from?: string }) => ({ ...e.instrument!, ...(e.from !== undefined && { from: e.from }) });
      const plans = here.filter((e) => e.column === 'plan' && e.instrument).map(withFrom);
      const reports = here.filter((e) => e.column === 'report' && e.instrument && !e.noRecords);
      const statement = here.some((e) => e.noRecords);
      if (plans.length > 0) {
        row.plans[year] = plans.map(listed);
        result.counts.plans[year]! += 1;
      }
      if (statement) {
        row.noRecords[year] = true;
        result.counts.noRecords[year]! += 1;
      }
      if (reports.length > 0) {
        row.reports[year] = reports.map((e) => {
          // The deadline of the unit that sent it (its level), also when shown under a successor.
          const deadline = input.deadline(e.unitId, year);
          const r = withFrom(e);
          const late = r.date !== null && r.date > deadline;
          if (late) result.late.push({ name: unit.name, year, date: r.date!, deadline });
          return { ...listed(r), late };
        });
        result.counts.reports[year]! += 1;
      }
    }
    // Consistency is a matter of each issuing unit's own papers: regrouping former provinces under
    // one successor must neither create findings (two provinces' single plans are not "two plans")
    // nor hide them (another province's earlier plan is not this one's first plan).
    const issuers = new Map<string, Array<RollupEntry & { from?: string }>>();
    for (const e of mine) issuers.set(e.unitId, [...(issuers.get(e.unitId) ?? []), e]);
    for (const own of issuers.values())
      checkConsistency(own, years, (code, message) => {
        const from = own[0]?.from;
        result.findings.push({ unit: unit.name, code, message: from !== undefined ? `${from}: ${message}` : message });
      });
    if (Object.keys(row.plans).length === 0) result.withoutPlan.push(unit.name);
    if (Object.keys(row.reports).length === 0 && Object.keys(row.noRecords).length === 0) result.neverReported.push(unit.name);
    result.units.push(row);
  }
  return result;
}

/** Findings of one issuing unit's entries: dates in another year's column, two plans in a year, duplicates, reports before any plan. */
function checkConsistency(own: readonly RollupEntry[], years: readonly number[], finding: (code: string, message: string) => void): void {
  const firstPlan = own.flatMap((e) => (e.column === 'plan' && e.instrument?.date ? [e.instrument.date] : [])).sort()[0];
  for (const year of years) {
    const here = own.filter((e) => e.year === year);
    const plans = here.filter((e) => e.column === 'plan' && e.instrument).map((e) => e.instrument!);
    const reports = here.filter((e) => e.column === 'report' && e.instrument && !e.noRecords).map((e) => e.instrument!);
    for (const i of [...plans, ...reports]) {
      if (i.date !== null && Number(i.date.slice(0, 4)) !== year)
        finding('DP-ROLLUP-OTHER-YEAR', `${i.numberSymbol ?? 'Văn bản'} ngày ${displayUnitDate(i.date)} được ghi ở cột năm ${year}.`);
    }
    if (plans.length > 1)
      finding('DP-ROLLUP-TWO-PLANS', `Năm ${year} có ${plans.length} kế hoạch: ${plans.map((p) => p.numberSymbol ?? '?').join('; ')}.`);
    const seen = new Set<string>();
    for (const i of [...plans, ...reports])
      if (i.numberSymbol !== null) {
        const key = `${i.numberSymbol}|${i.date}`;
        if (seen.has(key)) finding('DP-ROLLUP-DUPLICATE', `${i.numberSymbol} được ghi hai lần ở năm ${year}.`);
        seen.add(key);
      }
    for (const r of reports)
      if (r.date !== null && (firstPlan === undefined || r.date < firstPlan))
        finding(
          'DP-ROLLUP-REPORT-BEFORE-PLAN',
          firstPlan === undefined
            ? `Báo cáo ${r.numberSymbol ?? ''} năm ${year} nhưng đơn vị chưa có kế hoạch nào.`.replace('  ', ' ')
            : `Báo cáo ${r.numberSymbol ?? ''} ngày ${displayUnitDate(r.date)} trước kế hoạch đầu tiên (${displayUnitDate(firstPlan)}).`.replace(
                '  ',
                ' ',
              ),
        );
  }
}
