import type { Severity } from '../findings.js';

/**
 * Stable DP-IMPORT codes of the mục lục import (docs/findings.md lists them; add, never rename).
 * Every finding points at a spreadsheet cell: `row` as Excel numbers it (1-based, 0 = the file
 * itself), `column` as a letter ("C", "" when the whole row or file is meant).
 */
export interface ImportFindingCode {
  code: string;
  severity: Severity;
  vi: string;
  en: string;
}

const c = (code: string, severity: Severity, vi: string, en: string): ImportFindingCode => ({ code, severity, vi, en });

export const IMPORT_FINDING_CODES: readonly ImportFindingCode[] = [
  c('DP-IMPORT-NO-HEADER', 'error', 'không tìm thấy dòng tiêu đề cột (Mã hồ sơ, Tiêu đề hồ sơ…)', 'no header row found'),
  c('DP-IMPORT-COLUMN-UNKNOWN', 'warning', 'cột không khớp trường TT05 nào: giữ nguyên trong dữ liệu cũ (legacy)', 'column kept as legacy'),
  c('DP-IMPORT-COLUMN-MISSING', 'warning', 'thiếu cột của một trường TT05 bắt buộc', 'no column for a required TT05 field'),
  c('DP-IMPORT-COLUMN-DUPLICATE', 'error', 'hai cột cùng khớp một trường', 'two columns map to the same field'),
  c('DP-IMPORT-MAP-INVALID', 'error', 'ghép cột (--map) sai: cột hoặc trường không có', 'a --map entry names no column or field'),
  c('DP-IMPORT-HIDDEN-SHEET', 'warning', 'trang tính bị ẩn: bỏ qua', 'hidden sheet skipped'),
  c(
    'DP-IMPORT-FORMULA',
    'error',
    'ô chứa công thức: không tính lại, giá trị lưu sẵn không được dùng',
    'formula cell: cached value not used',
  ),
  c('DP-IMPORT-BAD-DATE', 'error', 'ngày tháng sai dạng hoặc không có thật (vd 31/02/2024)', 'date in a wrong form or impossible'),
  c('DP-IMPORT-DATE-ORDER', 'error', 'thời gian kết thúc trước thời gian bắt đầu', 'end date before start date'),
  c('DP-IMPORT-BAD-CODE', 'error', 'mã hoặc nhãn không có trong bảng mã', 'code or label not in its code list'),
  c('DP-IMPORT-BAD-NUMBER', 'error', 'số không hợp lệ (phải là số nguyên không âm)', 'not a non-negative integer'),
  c('DP-IMPORT-TOO-LONG', 'error', 'giá trị dài quá độ dài tối đa của TT05', 'value longer than the TT05 maximum'),
  c('DP-IMPORT-TITLE-MISSING', 'error', 'thiếu tiêu đề hồ sơ / trích yếu', 'missing title / subject'),
  c('DP-IMPORT-CODE-MISSING', 'error', 'thiếu mã hồ sơ (và không suy ra được)', 'missing file code'),
  c('DP-IMPORT-DUPLICATE-CODE', 'error', 'mã trùng với một dòng trước trong cùng tệp', 'code repeated within the sheet'),
  c(
    'DP-IMPORT-CODE-PATTERN',
    'warning',
    'mã hồ sơ không theo mẫu mã cơ quan/phông + năm + số hồ sơ',
    'file code not agency/fonds + year + number',
  ),
  c('DP-IMPORT-CODE-YEAR', 'warning', 'năm trong mã hồ sơ nằm ngoài thời gian của hồ sơ', 'year in the file code outside the file dates'),
  c(
    'DP-IMPORT-CODE-DERIVED',
    'warning',
    'mã hồ sơ được ghép từ mã phông + năm + số ký hiệu',
    'file code derived from fonds + year + number',
  ),
  c('DP-IMPORT-FONDS-MISSING', 'error', 'không biết phông: ghi “PHÔNG: …” / “Mã phông” trong tệp hoặc dùng --fonds', 'no fonds'),
  c('DP-IMPORT-FONDS-UNKNOWN', 'warning', 'phông chưa có trong danh mục: tạo mới với tên là mã', 'fonds not catalogued yet: created'),
  c(
    'DP-IMPORT-OUT-OF-SCOPE',
    'error',
    'mã thuộc đơn vị ngoài phạm vi của người nhập: dòng bị loại',
    'code belongs to a unit outside the importer’s scope: row refused',
  ),
  c('DP-IMPORT-FILE-UNKNOWN', 'error', 'tài liệu thuộc hồ sơ chưa có trong danh mục', 'document of an unknown file'),
  c('DP-IMPORT-TOO-BIG', 'error', 'tệp lớn hơn giới hạn (--max-size)', 'file larger than the limit'),
  c('DP-IMPORT-ENCODING', 'warning', 'CSV không phải UTF-8: đọc theo Windows-1258', 'CSV read as Windows-1258'),
  c('DP-IMPORT-UNREADABLE', 'error', 'không đọc được tệp', 'file cannot be read'),
  c(
    'DP-IMPORT-CELL-TOO-LONG',
    'error',
    'ô dài quá 32.767 ký tự (giới hạn của Excel): dòng bị loại',
    'cell over 32,767 characters (Excel’s limit): row refused',
  ),
  c('DP-IMPORT-ROW-TOO-LONG', 'error', 'dòng dài quá 1 MiB ký tự: dòng bị loại', 'row over 1 MiB of characters: row refused'),
];

const BY_CODE = new Map(IMPORT_FINDING_CODES.map((f) => [f.code, f]));

/** A finding of the import, tied to one cell (CONTRACT.md: {row, column, value, code, message}). */
export interface ImportFinding {
  row: number;
  column: string;
  value: string;
  code: string;
  message: string;
  severity: Severity;
  /** Sheet name (XLSX); absent for CSV. */
  sheet?: string;
  /** The TT05 field of the column, when it maps to one. */
  field?: string;
}

export interface CellRef {
  row: number;
  column: string;
  sheet?: string;
  field?: string;
}

export function importFinding(at: CellRef, code: string, value: string, message: string, severity?: Severity): ImportFinding {
  const f: ImportFinding = {
    row: at.row,
    column: at.column,
    value,
    code,
    message,
    severity: severity ?? BY_CODE.get(code)?.severity ?? 'error',
  };
  if (at.sheet !== undefined) f.sheet = at.sheet;
  if (at.field !== undefined) f.field = at.field;
  return f;
}

/** Excel column letters of a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
