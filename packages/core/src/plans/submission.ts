/*
 * When a unit's yearly results report is due and whether it came (Decision 71/QĐ-TTg, the
 * provincial plans): agencies report to their province by 10/12, provinces and ministries to the
 * Ministry of Home Affairs by 15/12; the days are configurable. A no-records statement answers
 * the call but is not a report.
 */

export type ReportLevel = 'agency' | 'province' | 'ministry';

/** `DD/MM` per level, as configured (`reports.deadlines`). */
export type Deadlines = Record<ReportLevel, string>;

/** The level a unit reports at, from its kind. */
export const reportLevelOf = (unitKind: string | undefined): ReportLevel =>
  unitKind === 'ministry' ? 'ministry' : unitKind === 'province' ? 'province' : 'agency';

/** YYYY-MM-DD: the last day the report for `year` may be dated. */
export function deadlineOf(level: ReportLevel, year: number, deadlines: Deadlines): string {
  const day = deadlines[level];
  return `${year}-${day.slice(3, 5)}-${day.slice(0, 2)}`;
}

export type SubmissionStatus = 'submitted' | 'late' | 'no-records' | 'missing' | 'not-yet-due';

export interface SubmittedReport {
  date: string | null;
  noRecords: boolean;
}

/**
 * The status of one unit's report for a year on `today`: the earliest report decides (a late
 * report stays late when a corrected one follows); a report without a date counts as submitted —
 * the import has already said its date is missing.
 */
export function submissionStatus(reports: readonly SubmittedReport[], deadline: string, today: string): SubmissionStatus {
  const real = reports.filter((r) => !r.noRecords);
  if (real.length > 0) {
    const dates = real
      .map((r) => r.date)
      .filter((d): d is string => d !== null)
      .sort();
    return dates.length > 0 && dates[0]! > deadline ? 'late' : 'submitted';
  }
  if (reports.length > 0) return 'no-records';
  return today > deadline ? 'missing' : 'not-yet-due';
}

export const SUBMISSION_LABELS: Record<SubmissionStatus, { vi: string; en: string }> = {
  submitted: { vi: 'Đã báo cáo đúng hạn', en: 'Reported on time' },
  late: { vi: 'Báo cáo muộn', en: 'Reported late' },
  'no-records': { vi: 'Không có tài liệu thuộc diện lập bản sao', en: 'No qualifying records (statement)' },
  missing: { vi: 'Chưa báo cáo, đã quá hạn', en: 'Not reported, overdue' },
  'not-yet-due': { vi: 'Chưa đến hạn', en: 'Not yet due' },
};

/** Days from `today` to `deadline` (negative once overdue), both YYYY-MM-DD. */
export function daysUntil(deadline: string, today: string): number {
  return Math.round((Date.parse(`${deadline}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
