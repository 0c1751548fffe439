import { randomUUID } from 'node:crypto';
import { type Writable } from 'node:stream';
import { displayDate, escapeFormulaText, isoVietnam, type AccessLogEntry, type AccessLogFilter, type AccessOutcome, type Principal } from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import type { Context } from '../ports/context.js';

/*
 * The access log of Decree 113 Art. 22 (decision 0014): every view or download of a record's
 * description or content, allowed or denied, through this one use case. A search is logged once,
 * with its query as the "record", not once per hit.
 */

export interface AccessEvent {
  principal: Principal | undefined;
  /** `view`, `download`, `export`, `search`. */
  action: string;
  recordKind: string;
  recordCode: string;
  unitId: string | null;
  ip: string;
  outcome: AccessOutcome;
}

/** Who asked, from where: what a read use case needs to log the access. */
export interface Requester {
  principal: Principal | undefined;
  ip: string;
}

export async function recordAccess(ctx: Context, e: AccessEvent): Promise<void> {
  await ctx.catalogue.accounts.appendAccess({
    id: randomUUID(),
    at: isoVietnam(ctx.clock.now()),
    userId: e.principal?.userId ?? null,
    username: e.principal?.username ?? '',
    action: e.action,
    recordKind: e.recordKind,
    recordCode: e.recordCode.slice(0, 500),
    unitId: e.unitId,
    ip: e.ip,
    outcome: e.outcome,
  });
}

export type AccessLogQuery = Omit<AccessLogFilter, 'units'>;

/** The log as an administrator may see it: entries of their units only (all for 'all'). */
export async function listAccessLog(ctx: Context, viewer: Principal, query: AccessLogQuery): Promise<{ total: number; entries: AccessLogEntry[] }> {
  const units = viewer.units === 'all' ? ('all' as const) : [...viewer.units];
  return ctx.catalogue.accounts.listAccess({ ...query, units });
}

const HEADERS = {
  vi: ['Thời điểm', 'Người dùng', 'Thao tác', 'Loại bản ghi', 'Mã bản ghi', 'Đơn vị', 'Địa chỉ IP', 'Kết quả'],
  en: ['Time', 'User', 'Action', 'Record kind', 'Record code', 'Unit', 'IP address', 'Outcome'],
};
const OUTCOME = { vi: { allowed: 'cho phép', denied: 'từ chối' }, en: { allowed: 'allowed', denied: 'denied' } };
const EXPORT_LIMIT = 100_000;

/** The filtered log as XLSX; every text cell guarded against formulas (a username may start with `=`). */
export async function exportAccessLog(ctx: Context, viewer: Principal, query: AccessLogQuery, out: Writable, lang: 'vi' | 'en'): Promise<number> {
  const { entries } = await listAccessLog(ctx, viewer, { ...query, limit: EXPORT_LIMIT, offset: 0 });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === 'en' ? 'Access log' : 'Nhật ký truy cập');
  sheet.columns = HEADERS[lang].map((header) => ({ header, width: 20 }));
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    const cells = [displayDate(e.at), e.username, e.action, e.recordKind, e.recordCode, e.unitId ?? '', e.ip, OUTCOME[lang][e.outcome]];
    sheet.addRow(cells.map(escapeFormulaText)).commit();
  }
  sheet.commit();
  await workbook.commit();
  return entries.length;
}
