import { withContext } from '../with-context.js';
import { FIGURE_LABELS, INSTRUMENT_KINDS, SUBMISSION_LABELS, displayUnitDate, parseUnitDate, type InstrumentKind } from '@duphong/core';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { requestError } from '../../errors.js';
import { reportSubmissions } from '../../usecases/report-submissions.js';
import { recordUnitReport, unitReport, type UnitReportView } from '../../usecases/unit-report.js';
import { statisticsList } from '../../usecases/fonds-statistics.js';
import { writeStatisticsXlsx } from '../../plans-export/statistics-xlsx.js';
import { table, type Output } from '../output.js';
import type { Values } from './report.js';

/*
 * `duphong report status|show|submit|stats`: who has answered for a year, one unit's report with
 * its computed and declared figures, entering it, and the statistics list per fonds.
 */

function year(values: Values): number {
  const y = Number(values.year);
  if (values.year === undefined || !Number.isInteger(y))
    throw requestError('DP-USAGE', 'Cần --year NĂM (ví dụ --year 2024).', 'Needs --year YEAR (e.g. --year 2024).');
  return y;
}

function unit(values: Values): string {
  if (!values.unit)
    throw requestError('DP-USAGE', 'Cần --unit MÃ-ĐƠN-VỊ (xem duphong units list).', 'Needs --unit UNIT-ID (see duphong units list).');
  return values.unit;
}

function day(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const iso = parseUnitDate(value);
  if (!iso)
    throw requestError(
      'DP-USAGE',
      `--${option} phải là ngày DD/MM/YYYY (nhận "${value}").`,
      `--${option} must be a date DD/MM/YYYY (got "${value}").`,
    );
  return iso;
}

const number = (n: number | null): string => (n === null ? '' : n.toLocaleString('vi-VN'));

/** `duphong report status --year YYYY [--over UNIT]`. */
export async function runStatus(values: Values, out: Output): Promise<number> {
  const v = await withContext(values.home, (ctx) =>
    reportSubmissions(ctx, undefined, { year: year(values), ...(values.over && { over: values.over }) }),
  );
  out.result(v);
  const lang = out.lang;
  const rows = v.rows.map((r) => [
    r.name,
    displayUnitDate(r.deadline),
    SUBMISSION_LABELS[r.status][lang],
    r.date ? displayUnitDate(r.date) : '',
    r.daysLeft === null
      ? ''
      : r.daysLeft < 0
        ? lang === 'en'
          ? `${-r.daysLeft} days overdue`
          : `quá hạn ${-r.daysLeft} ngày`
        : lang === 'en'
          ? `${r.daysLeft} days left`
          : `còn ${r.daysLeft} ngày`,
  ]);
  const head =
    lang === 'en' ? ['unit', 'deadline', 'status', 'dated', 'reminder'] : ['đơn vị', 'hạn', 'tình trạng', 'ngày văn bản', 'nhắc'];
  const c = v.counts;
  out.say(
    `${table([head, ...rows])}\nNăm ${v.year}: ${c.submitted} đúng hạn, ${c.late} muộn, ${c['no-records']} không có tài liệu, ${c.missing} quá hạn chưa báo cáo, ${c['not-yet-due']} chưa đến hạn. Cần nhắc: ${v.reminders.length} đơn vị.`,
    `${table([head, ...rows])}\n${v.year}: ${c.submitted} on time, ${c.late} late, ${c['no-records']} no records, ${c.missing} overdue, ${c['not-yet-due']} not yet due. To remind: ${v.reminders.length} units.`,
  );
  return 0;
}

function printReport(v: UnitReportView, out: Output): void {
  out.result(v);
  const lang = out.lang;
  const label = (f: keyof typeof FIGURE_LABELS) => FIGURE_LABELS[f][lang];
  const rows = v.figures.map((f) => [
    label(f.figure),
    number(f.computed),
    number(f.declared),
    f.differs ? (lang === 'en' ? 'differs' : 'lệch') : '',
  ]);
  const head = lang === 'en' ? ['figure', 'computed', 'declared', ''] : ['số liệu', 'hệ thống tính', 'đơn vị kê khai', ''];
  const sent = v.reports.map((r) => `${r.numberSymbol ?? ''} ${r.date ? displayUnitDate(r.date) : ''}`.trim()).join('; ') || '—';
  const agencies = v.contributors
    .map((c) => `  ${c.name}: ${SUBMISSION_LABELS[c.status][lang]}${c.date ? ` (${displayUnitDate(c.date)})` : ''}`)
    .join('\n');
  out.say(
    `${v.name} — báo cáo năm ${v.year}: ${SUBMISSION_LABELS[v.status].vi} (hạn ${displayUnitDate(v.deadline)}; văn bản: ${sent})\n${table([head, ...rows])}${agencies ? `\nCác cơ quan, đơn vị trực thuộc:\n${agencies}` : ''}`,
    `${v.name} — ${v.year} report: ${SUBMISSION_LABELS[v.status].en} (due ${displayUnitDate(v.deadline)}; documents: ${sent})\n${table([head, ...rows])}${agencies ? `\nUnits under it:\n${agencies}` : ''}`,
  );
}

/** `duphong report show --unit UNIT --year YYYY`. */
export async function runShow(values: Values, out: Output): Promise<number> {
  printReport(await withContext(values.home, (ctx) => unitReport(ctx, undefined, { unitId: unit(values), year: year(values) })), out);
  return 0;
}

/** `duphong report submit --unit UNIT --year YYYY --number 201/BC-SNV --date DD/MM/YYYY [--figure NAME=VALUE]… [--narrative TEXT] [--no-records]`. */
export async function runSubmit(values: Values, out: Output): Promise<number> {
  if (!values.number || !values.date)
    throw requestError(
      'DP-USAGE',
      'Cần --number SỐ/KÝ-HIỆU và --date DD/MM/YYYY của văn bản.',
      'Needs the document’s --number NUMBER/SYMBOL and --date DD/MM/YYYY.',
    );
  const kind = values.kind;
  if (kind !== undefined && !(INSTRUMENT_KINDS as readonly string[]).includes(kind))
    throw requestError(
      'DP-USAGE',
      `--kind là một trong ${INSTRUMENT_KINDS.join(', ')}.`,
      `--kind is one of ${INSTRUMENT_KINDS.join(', ')}.`,
    );
  const declared: Record<string, string> = {};
  for (const pair of (values.figure as unknown as string[] | undefined) ?? []) {
    const at = pair.indexOf('=');
    if (at < 1) throw requestError('DP-USAGE', `--figure TÊN=GIÁ-TRỊ (nhận "${pair}").`, `--figure NAME=VALUE (got "${pair}").`);
    declared[pair.slice(0, at).trim()] = pair.slice(at + 1);
  }
  const v = await withContext(values.home, (ctx) =>
    recordUnitReport(ctx, undefined, {
      unitId: unit(values),
      year: year(values),
      numberSymbol: values.number!,
      date: day(values.date, 'date')!,
      noRecords: values['no-records'],
      ...(kind !== undefined && { kind: kind as InstrumentKind }),
      ...(values.narrative !== undefined && { narrative: values.narrative }),
      declared,
    }),
  );
  printReport(v, out);
  return 0;
}

/** `duphong report stats [--unit UNIT] [--at DD/MM/YYYY] [--format xlsx --out FILE]`. */
export async function runStats(values: Values, out: Output): Promise<number> {
  const at = day(values.at, 'at');
  const v = await withContext(values.home, (ctx) =>
    statisticsList(ctx, undefined, { ...(values.unit && { unitId: values.unit }), ...(at && { at }) }),
  );
  if (values.format === 'xlsx') {
    const target = resolve(process.cwd(), values.out ?? `thong-ke-theo-phong-${v.at}.xlsx`);
    // Written beside the target, then renamed: a failure leaves no half-written file.
    const partial = `${target}.${process.pid}.partial`;
    try {
      await writeStatisticsXlsx(v, createWriteStream(partial));
      await rename(partial, target);
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    out.result({ file: target, fonds: v.rows.length, at: v.at });
    out.say(`Đã ghi ${target} (${v.rows.length} phông).`, `Wrote ${target} (${v.rows.length} fonds).`);
    return 0;
  }
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'table')
    throw requestError(
      'DP-USAGE',
      `--format là json hoặc xlsx (nhận "${values.format}").`,
      `--format is json or xlsx (got "${values.format}").`,
    );
  out.result(v);
  const lang = out.lang;
  const head =
    lang === 'en'
      ? ['unit', 'fonds', 'files', 'documents', 'pages', 'digitised pages', 'files backed up', 'copies', 'verified', 'policy met']
      : ['đơn vị', 'phông', 'hồ sơ', 'tài liệu', 'trang', 'trang số hóa', 'hồ sơ có bản sao', 'bản sao', 'đã kiểm tra', 'đủ chính sách'];
  const line = (r: {
    files: number;
    documents: number;
    pages: number;
    digitisedPages: number;
    filesBackedUp: number;
    copies: number;
    copiesVerified: number;
    filesPolicyMet: number;
  }) =>
    [r.files, r.documents, r.pages, r.digitisedPages, r.filesBackedUp, r.copies, r.copiesVerified, r.filesPolicyMet].map((n) => number(n));
  const rows = v.rows.map((r) => [r.unitName, `${r.fondsCode} ${r.fondsName}`, ...line(r)]);
  const total = [lang === 'en' ? 'Total' : 'Tổng cộng', `${v.totals.fonds}`, ...line(v.totals)];
  out.say(
    `Thống kê đến ngày ${displayUnitDate(v.at)}\n${table([head, ...rows, total])}`,
    `Statistics as of ${displayUnitDate(v.at)}\n${table([head, ...rows, total])}`,
  );
  return 0;
}
