import {
  deadlineOf,
  isNumberSymbol,
  isUnitDate,
  isoVietnam,
  mergeFigures,
  parseDeclaredFigures,
  planEntryId,
  reportLevelOf,
  submissionStatus,
  tidyNumberSymbol,
  unitAt,
  unitsUnder,
  type FigureValue,
  type Figures,
  type InstrumentKind,
  type PlanEntry,
  type Principal,
  type ReportLevel,
  type SubmissionStatus,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { actorName, requireRight } from './selection-access.js';
import { reportUnit } from './report-scope.js';
import { computeYearFigures } from './report-figures.js';

/*
 * A unit's yearly results report (issue 11): what it sent (or its no-records statement), its
 * status against the deadline of its level, and its figures — computed from the catalogue over
 * the unit and every unit under it (a province combines its agencies), beside what it declared.
 * Both the CLI and HTTP call these; the rules are core's (plans/submission.ts, plans/figures.ts).
 */

export interface UnitReportView {
  unitId: string;
  name: string;
  year: number;
  level: ReportLevel;
  deadline: string;
  status: SubmissionStatus;
  reports: Array<Pick<PlanEntry, 'id' | 'kind' | 'numberSymbol' | 'date' | 'noRecords' | 'source' | 'narrative' | 'recordedBy'>>;
  plans: Array<Pick<PlanEntry, 'kind' | 'numberSymbol' | 'date'>>;
  figures: FigureValue[];
  /** Units under it (a province's agencies) that report to it, each with its own status and figures. */
  contributors: Array<{ unitId: string; name: string; status: SubmissionStatus; date: string | null; figures: Figures }>;
}

const today = (ctx: Context): string => isoVietnam(ctx.clock.now()).slice(0, 10);

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw requestError('DP-USAGE', `Năm "${year}" không hợp lệ.`, `Year "${year}" is not valid.`);
}

async function unitFacts(ctx: Context, principal: Principal | undefined, unitId: string, year: number) {
  const unit = await reportUnit(ctx, principal, unitId);
  const versions = await ctx.catalogue.units.listVersions();
  const at = `${year}-12-31`;
  const version = unitAt(versions, unitId, at) ?? versions.filter((v) => v.unitId === unitId).at(-1);
  const level = reportLevelOf(unit.kind);
  return { unit, versions, at, name: version?.name ?? unitId, level, deadline: deadlineOf(level, year, ctx.config.reports.deadlines) };
}

export async function unitReport(
  ctx: Context,
  principal: Principal | undefined,
  query: { unitId: string; year: number },
): Promise<UnitReportView> {
  requireRight(principal, 'reports.read');
  checkYear(query.year);
  const { year } = query;
  const facts = await unitFacts(ctx, principal, query.unitId, year);
  const under = unitsUnder(facts.versions, query.unitId, facts.at);
  const entries = await ctx.catalogue.plans.listEntries({ fromYear: year, toYear: year, unitIds: under });
  const own = entries.filter((e) => e.unitId === query.unitId);
  const reports = own.filter((e) => e.column === 'report');
  const declared = Object.assign({}, ...reports.map((r) => r.declared ?? {})) as Figures;
  const contributors: UnitReportView['contributors'] = [];
  for (const unitId of under.slice(1)) {
    const unit = await ctx.catalogue.units.getUnit(unitId);
    const theirs = entries.filter((e) => e.unitId === unitId && e.column === 'report');
    const deadline = deadlineOf(reportLevelOf(unit?.kind), year, ctx.config.reports.deadlines);
    contributors.push({
      unitId,
      name: unitAt(facts.versions, unitId, facts.at)?.name ?? unitId,
      status: submissionStatus(theirs, deadline, today(ctx)),
      date:
        theirs
          .map((e) => e.date)
          .filter((d) => d !== null)
          .sort()[0] ?? null,
      figures: await computeYearFigures(ctx, unitsUnder(facts.versions, unitId, facts.at), year),
    });
  }
  return {
    unitId: query.unitId,
    name: facts.name,
    year,
    level: facts.level,
    deadline: facts.deadline,
    status: submissionStatus(reports, facts.deadline, today(ctx)),
    reports: reports.map((r) => ({
      id: r.id,
      kind: r.kind,
      numberSymbol: r.numberSymbol,
      date: r.date,
      noRecords: r.noRecords,
      source: r.source,
      recordedBy: r.recordedBy,
      ...(r.narrative !== undefined && { narrative: r.narrative }),
    })),
    plans: own.filter((e) => e.column === 'plan').map((p) => ({ kind: p.kind, numberSymbol: p.numberSymbol, date: p.date })),
    figures: mergeFigures(await computeYearFigures(ctx, under, year), declared),
    contributors,
  };
}

export interface UnitReportInput {
  unitId: string;
  year: number;
  /** A no-records statement (a letter saying the unit holds no qualifying records) instead of a report. */
  noRecords?: boolean;
  kind?: InstrumentKind;
  numberSymbol: string;
  /** YYYY-MM-DD. */
  date: string;
  narrative?: string;
  declared?: Record<string, unknown>;
}

/** Record the unit's own report (or statement); the same number and date again replaces it. */
export async function recordUnitReport(ctx: Context, principal: Principal | undefined, input: UnitReportInput): Promise<UnitReportView> {
  requireRight(principal, 'reports.write');
  checkYear(input.year);
  const facts = await unitFacts(ctx, principal, input.unitId, input.year);
  // A unit that did not exist that year cannot report on it (a province merged in 2025 has no 2026 report).
  const existed = facts.versions.some(
    (v) => v.unitId === input.unitId && v.validFrom <= `${input.year}-12-31` && (v.validTo === null || v.validTo >= `${input.year}-01-01`),
  );
  if (!existed)
    throw requestError(
      'DP-REPORT-UNIT-NOT-AT-DATE',
      `${facts.name} không tồn tại trong năm ${input.year}: báo cáo thuộc về đơn vị kế thừa.`,
      `${facts.name} did not exist in ${input.year}: the report belongs to its successor.`,
    );
  const numberSymbol = tidyNumberSymbol(input.numberSymbol);
  if (!isNumberSymbol(numberSymbol))
    throw requestError(
      'DP-REPORT-NUMBER',
      `Số, ký hiệu "${input.numberSymbol}" không đúng dạng (ví dụ 201/BC-SNV).`,
      `Number/symbol "${input.numberSymbol}" is not in the usual form (e.g. 201/BC-SNV).`,
    );
  if (!isUnitDate(input.date))
    throw requestError('DP-REPORT-DATE', `Ngày "${input.date}" không có thật.`, `The date "${input.date}" does not exist.`);
  if (input.date > today(ctx))
    throw requestError('DP-REPORT-DATE', `Ngày văn bản ${input.date} ở tương lai.`, `The document date ${input.date} is in the future.`);
  if (Number(input.date.slice(0, 4)) < input.year)
    throw requestError(
      'DP-REPORT-DATE',
      `Báo cáo năm ${input.year} không thể ký trước năm đó.`,
      `A report for ${input.year} cannot be dated before that year.`,
    );
  const { figures, findings } = parseDeclaredFigures(input.declared ?? {});
  if (findings.length > 0)
    throw requestError(
      'DP-REPORT-FIGURE-INVALID',
      findings.map((f) => f.message.vi).join(' '),
      findings.map((f) => f.message.en).join(' '),
      {
        findings: findings.map((f) => ({ code: f.code, severity: 'error' as const, message: f.message.vi, path: f.field })),
      },
    );
  const base = {
    unitId: input.unitId,
    year: input.year,
    column: 'report' as const,
    kind: input.kind ?? (input.noRecords ? 'cong-van' : 'bao-cao'),
    numberSymbol,
    date: input.date,
    noRecords: input.noRecords === true,
  };
  await ctx.catalogue.plans.putEntry({
    id: planEntryId(base),
    ...base,
    source: 'nhập trực tiếp',
    recordedAt: isoVietnam(ctx.clock.now()),
    recordedBy: actorName(principal, undefined) || 'duphong',
    ...(input.narrative?.trim() && { narrative: input.narrative.normalize('NFC').trim() }),
    ...(Object.keys(figures).length > 0 && { declared: figures }),
  });
  return unitReport(ctx, principal, { unitId: input.unitId, year: input.year });
}
