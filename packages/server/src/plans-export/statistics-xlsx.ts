import type { Writable } from 'node:stream';
import { escapeFormulaText, displayUnitDate } from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import { FONT } from '../forms/official.js';
import type { StatisticsList } from '../usecases/fonds-statistics.js';

const COLUMNS: Array<[Exclude<keyof StatisticsList['totals'], 'fonds'>, string]> = [
  ['files', 'Số hồ sơ'],
  ['documents', 'Số tài liệu'],
  ['pages', 'Số trang'],
  ['digitisedDocuments', 'Tài liệu đã số hóa'],
  ['digitisedPages', 'Trang đã số hóa'],
  ['filesBackedUp', 'Hồ sơ có bản sao dự phòng'],
  ['copies', 'Số bản sao'],
  ['copiesVerified', 'Bản sao kiểm tra nguyên vẹn'],
  ['copiesFailed', 'Bản sao kiểm tra hỏng'],
  ['filesPolicyMet', 'Hồ sơ đủ chính sách nhân bản'],
];

const KIND = { fonds: 'Phông', work: 'Công trình', collection: 'Sưu tập' } as const;

/**
 * The statistics list per fonds / work / collection as a workbook to hand over with the database:
 * one row per fonds, numbers as numbers, a total row; names from the catalogue never become formulas.
 */
export async function writeStatisticsXlsx(s: StatisticsList, out: Writable): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  workbook.creator = 'DuPhong';
  const sheet = workbook.addWorksheet('Thống kê', { views: [{ state: 'frozen', ySplit: 3 }] });
  sheet.columns = [{ width: 6 }, { width: 28 }, { width: 14 }, { width: 12 }, { width: 40 }, ...COLUMNS.map(() => ({ width: 14 }))];
  const title = sheet.addRow([`THỐNG KÊ TÀI LIỆU, SỐ HÓA VÀ BẢN SAO DỰ PHÒNG THEO PHÔNG ĐẾN NGÀY ${displayUnitDate(s.at)}`]);
  title.font = { name: FONT, size: 14, bold: true };
  title.commit();
  sheet.addRow([]).commit();
  const head = sheet.addRow([
    'STT',
    'Đơn vị',
    'Loại',
    'Mã phông',
    'Tên phông / công trình / sưu tập',
    ...COLUMNS.map(([, label]) => label),
  ]);
  head.font = { name: FONT, size: 12, bold: true };
  head.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
  head.commit();
  s.rows.forEach((r, i) => {
    const row = sheet.addRow([
      i + 1,
      escapeFormulaText(r.unitName),
      KIND[r.kind],
      escapeFormulaText(r.fondsCode),
      escapeFormulaText(r.fondsName),
      ...COLUMNS.map(([k]) => r[k]),
    ]);
    row.font = { name: FONT, size: 12 };
    row.commit();
  });
  const total = sheet.addRow(['', 'Tổng cộng', '', '', `${s.totals.fonds} phông`, ...COLUMNS.map(([k]) => s.totals[k])]);
  total.font = { name: FONT, size: 12, bold: true };
  total.commit();
  sheet.commit();
  await workbook.commit();
}
