import { type Writable } from 'node:stream';
import { displayDate, escapeFormulaText, type Principal } from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import type { Context } from '../ports/context.js';
import { listAccessLog, type AccessLogQuery } from './access-log.js';

/* The access log as XLSX (its own module: exceljs loads only when someone exports). */

const HEADERS = {
  vi: ['Thời điểm', 'Người dùng', 'Thao tác', 'Loại bản ghi', 'Mã bản ghi', 'Đơn vị', 'Địa chỉ IP', 'Kết quả'],
  en: ['Time', 'User', 'Action', 'Record kind', 'Record code', 'Unit', 'IP address', 'Outcome'],
};
const OUTCOME = { vi: { allowed: 'cho phép', denied: 'từ chối' }, en: { allowed: 'allowed', denied: 'denied' } };
const EXPORT_LIMIT = 100_000;

/** The filtered log as XLSX; every text cell guarded against formulas (a username may start with `=`). */
export async function exportAccessLog(
  ctx: Context,
  viewer: Principal,
  query: AccessLogQuery,
  out: Writable,
  lang: 'vi' | 'en',
): Promise<number> {
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
