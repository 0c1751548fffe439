import type { Writable } from 'node:stream';
import { escapeFormulaText } from '@duphong/core';
import { FONT } from '../forms/official.js';
import { ExcelJS } from '../adapters/exceljs.js';
import { ISSUER, MOTTO, NATION, countsRow, rollupRows, rollupTitle, summaryLines, type RollupWithFigures } from './form.js';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
const column = (n: number): string =>
  n <= 26
    ? String.fromCharCode(64 + n)
    : `${String.fromCharCode(64 + Math.floor((n - 1) / 26))}${String.fromCharCode(65 + ((n - 1) % 26))}`;

/** The roll-up as an XLSX workbook in the appendix layout, streamed row by row to `out`. */
export async function writeRollupXlsx(r: RollupWithFigures, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'DuPhong';
  workbook.title = rollupTitle(r);
  const sheet = workbook.addWorksheet('Phụ lục', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 6, xSplit: 2 }],
  });
  sheet.columns = [{ width: 6 }, { width: 32 }, ...r.years.flatMap(() => [{ width: 36 }, { width: 36 }])];
  const last = column(2 + r.years.length * 2);
  const half = column(2);
  // Unit names and instrument texts come from received tables: never a formula once edited.
  const addRow = (values: string[]) => sheet.addRow(values.map((v) => escapeFormulaText(v)));
  let n = 0;
  const centred = (values: string[], merges: string[], font: { bold?: boolean; italic?: boolean; size?: number }) => {
    const row = addRow(values);
    n += 1;
    row.font = { name: FONT, size: 12, ...font };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    for (const m of merges) sheet.mergeCells(m.replaceAll('#', String(n)));
    row.commit();
  };
  centred([ISSUER, '', NATION], [`A#:${half}#`, `C#:${last}#`], { bold: true });
  centred(['', '', MOTTO], [`A#:${half}#`, `C#:${last}#`], { bold: true });
  centred([''], [`A#:${last}#`], {});
  centred([rollupTitle(r)], [`A#:${last}#`], { bold: true, size: 14 });
  const top = addRow(['STT', 'Tên bộ, ngành, địa phương', ...r.years.flatMap((y) => [`Năm ${y}`, ''])]);
  const under = addRow(['', '', ...r.years.flatMap(() => ['Kế hoạch', 'Báo cáo kết quả'])]);
  n += 2;
  for (const row of [top, under]) {
    row.font = { name: FONT, size: 12, bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
  }
  sheet.mergeCells(`A${n - 1}:A${n}`);
  sheet.mergeCells(`B${n - 1}:B${n}`);
  r.years.forEach((_, i) => sheet.mergeCells(`${column(3 + i * 2)}${n - 1}:${column(4 + i * 2)}${n - 1}`));
  top.commit();
  under.commit();
  for (const item of [...rollupRows(r), { stt: '', name: 'Tổng số', group: true, cells: countsRow(r) }]) {
    const row = addRow([item.stt, item.name, ...item.cells]);
    n += 1;
    row.font = { name: FONT, size: 12, bold: item.group };
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (c) => (c.border = BORDER));
    row.commit();
  }
  centred([''], [`A#:${last}#`], {});
  for (const line of summaryLines(r)) {
    const row = addRow([line]);
    n += 1;
    row.font = { name: FONT, size: 12, italic: true };
    row.alignment = { wrapText: true, vertical: 'top' };
    sheet.mergeCells(`A${n}:${last}${n}`);
    row.commit();
  }
  sheet.commit();
  await workbook.commit();
}
