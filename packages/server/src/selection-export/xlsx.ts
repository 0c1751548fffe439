import type { Writable } from 'node:stream';
import { escapeFormulaText } from '@duphong/core';
import { FONT } from '../forms/official.js';
import { ExcelJS, type Font } from '../adapters/exceljs.js';
import { COLUMNS, MOTTO, NATION, SIGNERS, cells, decisionLine, summaryLine, title, type BackupListForm } from './form.js';

const thin = { style: 'thin' as const };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

/**
 * The list as an XLSX workbook, written row by row to `out` with exceljs's streaming writer
 * (a list of thousands of files never sits whole in memory as a workbook).
 */
export async function writeBackupListXlsx(form: BackupListForm, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'DuPhong';
  workbook.title = title(form);
  const sheet = workbook.addWorksheet('Danh mục', {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
    views: [{ state: 'frozen', ySplit: 7 }],
  });
  sheet.columns = COLUMNS.map((c) => ({ width: c.width }));
  // Titles, names, reasons and the unit/approver asked for at export are people's text: a cell
  // starting with = + - @ would run as a formula once edited, so it is quoted (core formula-guard).
  const addRow = (values: Array<string | number>) => sheet.addRow(values.map((v) => (typeof v === 'string' ? escapeFormulaText(v) : v)));
  const last = String.fromCharCode('A'.charCodeAt(0) + COLUMNS.length - 1);

  // Rows 1–2: unit (left) and the national motto (right), as on an administrative form.
  const line = (n: number, left: string, right: string, bold = true): void => {
    const row = addRow([left, '', '', right]);
    row.font = { name: FONT, size: 12, bold };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.mergeCells(`A${n}:C${n}`);
    sheet.mergeCells(`D${n}:${last}${n}`);
    row.commit();
  };
  line(1, form.unitName.toUpperCase(), NATION);
  line(2, '', MOTTO);
  const centred = (n: number, text: string, font: Partial<Font>): void => {
    const row = addRow([text]);
    row.font = { name: FONT, ...font };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    sheet.mergeCells(`A${n}:${last}${n}`);
    row.commit();
  };
  centred(3, '', { size: 12 });
  centred(4, title(form), { size: 14, bold: true });
  centred(5, decisionLine(form), { size: 12, italic: true });
  centred(6, '', { size: 12 });

  const header = addRow(COLUMNS.map((c) => c.header));
  header.font = { name: FONT, size: 12, bold: true };
  header.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  header.eachCell((cell) => (cell.border = BORDER));
  header.commit();
  const numbers = addRow(COLUMNS.map((_, i) => `(${i + 1})`));
  numbers.font = { name: FONT, size: 11, italic: true };
  numbers.alignment = { horizontal: 'center' };
  numbers.eachCell((cell) => (cell.border = BORDER));
  numbers.commit();

  for (const r of form.rows) {
    const row = addRow([r.stt, ...cells(r).slice(1)]);
    row.font = { name: FONT, size: 12 };
    row.alignment = { vertical: 'top', wrapText: true };
    row.getCell(1).alignment = { horizontal: 'center', vertical: 'top' };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.border = BORDER));
    row.commit();
  }

  let n = 9 + form.rows.length;
  centred(n++, '', { size: 12 });
  const summary = addRow([summaryLine(form)]);
  summary.font = { name: FONT, size: 12, italic: true };
  sheet.mergeCells(`A${n}:${last}${n}`);
  summary.commit();
  n += 1;
  centred(n++, '', { size: 12 });
  line(n++, SIGNERS[0].role, SIGNERS[1].role);
  line(n++, SIGNERS[0].hint, SIGNERS[1].hint, false);
  sheet.commit();
  await workbook.commit();
}
