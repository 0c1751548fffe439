import {
  daysUntil,
  deadlineOf,
  isoVietnam,
  unitAt,
  reportLevelOf,
  submissionStatus,
  type Principal,
  type SubmissionStatus,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { rollupBasis } from './plan-rollup.js';

/*
 * Who has answered for a year and who must be reminded (issue 11): every unit the roll-up covers
 * (the ministries and provinces, or the units under `over`), its deadline, what it sent and when.
 * Only units in force on their deadline owe a report (a province merged on 01/07/2025 does not
 * owe one for 2025; its successor does). Reminders are the units still owing a report: overdue
 * first, then by deadline.
 */

export interface SubmissionRow {
  unitId: string;
  name: string;
  deadline: string;
  status: SubmissionStatus;
  /** The earliest report's date, or the no-records statement's. */
  date: string | null;
  /** Days left until the deadline (negative: overdue); null once answered. */
  daysLeft: number | null;
}

export interface SubmissionsView {
  year: number;
  today: string;
  rows: SubmissionRow[];
  counts: Record<SubmissionStatus, number>;
  reminders: SubmissionRow[];
}

export async function reportSubmissions(
  ctx: Context,
  principal: Principal | undefined,
  query: { year: number; over?: string },
): Promise<SubmissionsView> {
  // The roll-up's units and entries, not its figures: who answered needs no statistics.
  const { result, kinds, versions, entries } = await rollupBasis(ctx, principal, {
    from: query.year,
    to: query.year,
    ...(query.over !== undefined && { over: query.over }),
  });
  const today = isoVietnam(ctx.clock.now()).slice(0, 10);
  const counts: Record<SubmissionStatus, number> = { submitted: 0, late: 0, 'no-records': 0, missing: 0, 'not-yet-due': 0 };
  const rows: SubmissionRow[] = [];
  for (const u of result.units) {
    const deadline = deadlineOf(reportLevelOf(kinds.get(u.unit)), query.year, ctx.config.reports.deadlines);
    if (!unitAt(versions, u.unit, deadline)) continue;
    const reports = entries.filter((e) => e.unitId === u.unit && e.column === 'report');
    const status = submissionStatus(reports, deadline, today);
    counts[status]++;
    const answered = status !== 'missing' && status !== 'not-yet-due';
    rows.push({
      unitId: u.unit,
      name: u.name,
      deadline,
      status,
      date:
        reports
          .map((r) => r.date)
          .filter((d): d is string => d !== null)
          .sort()[0] ?? null,
      daysLeft: answered ? null : daysUntil(deadline, today),
    });
  }
  const reminders = rows.filter((r) => r.daysLeft !== null).sort((a, b) => a.daysLeft! - b.daysLeft! || a.name.localeCompare(b.name, 'vi'));
  return { year: query.year, today, rows, counts, reminders };
}
