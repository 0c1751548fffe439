import { describe, expect, it } from 'vitest';
import type { SheetCell } from './cell-values.js';
import { detectLayout, type NumberedRow } from './layout.js';
import { RowChecker } from './row-checker.js';

const HEADER = [
  'Số TT',
  'Mã hồ sơ',
  'Tiêu đề hồ sơ',
  'Thời gian bắt đầu',
  'Thời gian kết thúc',
  'Thời hạn bảo quản',
  'Chế độ sử dụng',
  'Ngôn ngữ',
  'Số trang',
  'Hộp số',
];

function checker(header: string[] = HEADER, fondsCode = 'H15.01') {
  const { layout } = detectLayout([{ number: 1, cells: header.map((value) => ({ value })) }]);
  return new RowChecker(layout!, { fondsCode, sheet: 'Mục lục' });
}
const row = (n: number, ...values: Array<SheetCell['value'] | SheetCell>): NumberedRow => ({
  number: n,
  cells: values.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? v : { value: v })),
});

describe('RowChecker on a list of files', () => {
  it('turns a good row into a file record with codes, TT05 dates and legacy columns', () => {
    const out = checker().check(
      row(2, 1, 'H15.01.2001.1', 'Hồ sơ về việc lập quy hoạch', '1/3/2001', 2001, 'vĩnh viễn', 'Công khai', 'Việt', 12, 'H3'),
    );
    expect(out).toMatchObject({ kind: 'file', valid: true, findings: [] });
    if (out.kind !== 'file') throw new Error();
    expect(out.file).toEqual({
      code: 'H15.01.2001.1',
      fondsCode: 'H15.01',
      title: 'Hồ sơ về việc lập quy hoạch',
      fields: {
        title: 'Hồ sơ về việc lập quy hoạch',
        startDate: '01/03/2001',
        endDate: '2001',
        maintenance: '01',
        mode: '01',
        language: '01',
        numberOfPage: '12',
      },
      // the box goes to the file's holding; '' removes the legacy text an older import kept
      legacy: { 'Số TT': '1', 'Hộp số': '' },
      box: 'H3',
    });
  });

  it('reports each bad cell with its row, column, value and a stable code', () => {
    const c = checker();
    const out = c.check(
      row(7, 2, 'H15.01.2024.9', '', '31/02/2024', '01/2024', 'Lâu dài', '05', 'Klingon', '12a', { value: 3, formula: 'SUM(A1:A2)' }),
    );
    expect(out.kind === 'file' && out.valid).toBe(false);
    const got = out.kind === 'file' ? out.findings.map((f) => [f.row, f.column, f.code, f.value, f.sheet]) : [];
    expect(got).toEqual([
      [7, 'D', 'DP-IMPORT-BAD-DATE', '31/02/2024', 'Mục lục'],
      [7, 'F', 'DP-IMPORT-BAD-CODE', 'Lâu dài', 'Mục lục'],
      [7, 'G', 'DP-IMPORT-BAD-CODE', '05', 'Mục lục'],
      [7, 'H', 'DP-IMPORT-BAD-CODE', 'Klingon', 'Mục lục'],
      [7, 'I', 'DP-IMPORT-BAD-NUMBER', '12a', 'Mục lục'],
      [7, 'J', 'DP-IMPORT-FORMULA', '=SUM(A1:A2)', 'Mục lục'],
      [7, 'C', 'DP-IMPORT-TITLE-MISSING', '', 'Mục lục'],
    ]);
  });

  it('finds duplicate codes, end before start, odd code patterns; skips empty rows', () => {
    const c = checker();
    expect(c.check(row(3, null, '', '   ')).kind).toBe('empty');
    c.check(row(4, 1, 'H15.01.2001.1', 'A', '2001', '2001'));
    const dup = c.check(row(5, 2, 'H15.01.2001.1', 'B', '2001', '2001'));
    expect(dup.kind === 'file' && dup.findings.map((f) => [f.code, f.message])).toEqual([
      ['DP-IMPORT-DUPLICATE-CODE', expect.stringContaining('dòng 4')],
    ]);
    const order = c.check(row(6, 3, 'HS12', 'C', '05/2003', '2002'));
    expect(order.kind === 'file' && order.findings.map((f) => [f.code, f.column, f.severity])).toEqual([
      ['DP-IMPORT-CODE-PATTERN', 'B', 'warning'],
      ['DP-IMPORT-DATE-ORDER', 'E', 'error'],
    ]);
  });

  it('derives a missing code from fonds + year + file number, and warns about missing required columns', () => {
    const c = checker(['Số, ký hiệu hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian'], 'P_SNV');
    const out = c.check(row(2, '12', 'Hồ sơ', '01/1999 - 12/2000'));
    expect(out.kind === 'file' && [out.file.code, out.file.fields.startDate, out.file.fields.endDate, out.valid]).toEqual([
      'P_SNV.1999.12',
      '01/1999',
      '12/2000',
      true,
    ]);
    expect(out.kind === 'file' && out.findings.map((f) => f.code)).toEqual(['DP-IMPORT-CODE-DERIVED']);
    expect(c.missingColumns().map((f) => f.value)).toEqual(['maintenance', 'mode', 'language', 'totalDoc', 'numberOfPage']);
  });

  it('maps TT05 cross-field findings (riskRecovery without its status) to a cell', () => {
    const c = checker(['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Chế độ dự phòng', 'Tình trạng dự phòng', 'Ký hiệu thông tin']);
    const out = c.check(row(2, 'H15.01.2001.1', 'A', 'có', '', 'x'.repeat(31)));
    expect(out.kind === 'file' && out.findings.map((f) => [f.code, f.column])).toEqual([
      ['DP-IMPORT-TOO-LONG', 'E'],
      ['DP-TT05-RISKSTATUS-MISSING', 'D'],
    ]);
  });
});

describe('RowChecker on a list of documents', () => {
  it('derives docCode from the file code and ordinal and splits "số, ký hiệu"', () => {
    const c = checker(['Mã hồ sơ', 'Số thứ tự văn bản', 'Số, ký hiệu', 'Ngày tháng văn bản', 'Tên loại', 'Trích yếu nội dung', 'Tác giả']);
    const out = c.check(row(2, 'H15.01.2001.1', 3, '12/QĐ-UBND', '05/03/2001', 'Quyết định', 'Về việc thành lập', 'UBND tỉnh'));
    expect(out).toMatchObject({
      kind: 'document',
      valid: true,
      document: {
        id: 'H15.01.2001.1.0000003',
        fileCode: 'H15.01.2001.1',
        ordinal: 3,
        fields: { codeNumber: '12', codeNotation: 'QĐ-UBND', issuedDate: '05/03/2001', typeName: '02', subject: 'Về việc thành lập' },
      },
    });
    const bad = c.check(row(3, 'H15.01.2001.1', 4, '', '03/2001', 'Quyết định', '', 'UBND tỉnh'));
    expect(bad.kind === 'document' && bad.findings.map((f) => f.code)).toEqual(['DP-IMPORT-BAD-DATE', 'DP-IMPORT-TITLE-MISSING']);
  });
});
