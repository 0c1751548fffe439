import { describe, expect, it } from 'vitest';
import type { SheetCell } from './cell-values.js';
import { detectLayout, type NumberedRow } from './layout.js';
import { RowChecker } from './row-checker.js';

const rows = (...lines: Array<Array<SheetCell['value'] | SheetCell>>): NumberedRow[] =>
  lines.map((cells, i) => ({
    number: i + 1,
    cells: cells.map((v) => (v !== null && typeof v === 'object' && !(v instanceof Date) ? v : { value: v })),
  }));
const fieldsOf = (header: string[]) => {
  const { layout, findings } = detectLayout(rows(header));
  return { fields: layout?.columns.map((c) => c.field ?? `legacy:${c.header}`), codes: findings.map((f) => f.code) };
};

describe('the standard mục lục hồ sơ forms', () => {
  it('old form: Hộp số, Hồ sơ số, Tiêu đề hồ sơ, Thời gian, Số tờ, Thời hạn bảo quản, Ghi chú', () => {
    const got = fieldsOf(['Hộp số', 'Hồ sơ số', 'Tiêu đề hồ sơ', 'Thời gian', 'Số tờ', 'Thời hạn bảo quản', 'Ghi chú']);
    expect(got.fields).toEqual(['box', 'fileOrdinal', 'title', 'dateRange', 'numberOfPaper', 'maintenance', 'description']);
    expect(got.codes).toEqual([]);
  });

  it('new form: “Hồ sơ số” (ordinal) and “Số và ký hiệu hồ sơ” (notation) are two fields, not a duplicate', () => {
    const got = fieldsOf([
      'STT',
      'Hộp/cặp số',
      'Hồ sơ số',
      'Số và ký hiệu hồ sơ',
      'Tiêu đề hồ sơ',
      'Ngày tháng bắt đầu - kết thúc',
      'Số tờ',
      'Thời hạn bảo quản',
      'Ghi chú',
      'Mục lục số',
    ]);
    expect(got.fields).toEqual([
      'rowNumber',
      'box',
      'fileOrdinal',
      'fileNotation',
      'title',
      'dateRange',
      'numberOfPaper',
      'maintenance',
      'description',
      'catalogueNumber',
    ]);
    expect(got.codes).toEqual([]);
    expect(fieldsOf(['Cặp số', 'Thời gian bắt đầu/kết thúc', 'Tiêu đề hồ sơ']).fields).toEqual(['box', 'dateRange', 'title']);
  });

  it('--map still takes the former name fileNumber for the notation', () => {
    const { layout, findings } = detectLayout(rows(['Ký hiệu', 'Tiêu đề hồ sơ', 'Năm']), {
      map: { 'Ký hiệu': 'fileNumber', Năm: 'startDate' },
    });
    expect(findings).toEqual([]);
    expect(layout!.columns.map((c) => c.field)).toEqual(['fileNotation', 'title', 'startDate']);
  });

  it('derives the code from the notation (new form), else from the ordinal (old form); both kept in legacy', () => {
    const header = ['Hộp số', 'Hồ sơ số', 'Số và ký hiệu hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian bắt đầu - kết thúc'];
    const { layout } = detectLayout(rows(header));
    const checker = new RowChecker(layout!, { fondsCode: 'H15.01' });
    const out = checker.check(rows(['3', 12, '05.TH', 'Hồ sơ về việc quy hoạch', '01/2001 - 12/2001'])[0]!);
    expect(out).toMatchObject({
      kind: 'file',
      valid: true,
      file: { code: 'H15.01.2001.05.TH', box: '3', legacy: { 'Hồ sơ số': '12', 'Số và ký hiệu hồ sơ': '05.TH', 'Hộp số': '' } },
    });
    expect(out.kind === 'file' && out.findings.map((f) => [f.code, f.column])).toEqual([['DP-IMPORT-CODE-DERIVED', 'C']]);

    const old = detectLayout(rows(['Hộp số', 'Hồ sơ số', 'Tiêu đề hồ sơ', 'Thời gian'])).layout!;
    const fromOrdinal = new RowChecker(old, { fondsCode: 'H15.01' }).check(rows(['', 7, 'Hồ sơ cũ', '1998'])[0]!);
    expect(fromOrdinal).toMatchObject({ kind: 'file', file: { code: 'H15.01.1998.7', box: '' } });
  });

  it('a box column in a list of documents stays legacy text (a box belongs to a file)', () => {
    expect(fieldsOf(['Mã hồ sơ', 'Số thứ tự văn bản', 'Trích yếu nội dung', 'Hộp số']).fields).toEqual([
      'fileCode',
      'docOrdinal',
      'subject',
      'legacy:Hộp số',
    ]);
  });
});

describe('size limits and the export quote', () => {
  const layout = detectLayout(rows(['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Ghi chú'])).layout!;

  it('refuses a row with a cell or the row cut at the limits, before reading its cells', () => {
    const checker = new RowChecker(layout, { fondsCode: 'H15.01', sheet: 'S' });
    const long = 'á'.repeat(200);
    const cell = checker.check({ number: 9, cells: [{ value: 'H15.01.2001.1' }, { value: long, tooLong: true }] });
    expect(cell).toMatchObject({ kind: 'oversize', valid: false });
    const [f] = cell.kind === 'oversize' ? cell.findings : [];
    expect(f).toMatchObject({ row: 9, column: 'B', code: 'DP-IMPORT-CELL-TOO-LONG', field: 'title', sheet: 'S', severity: 'error' });
    expect(f!.value).toBe(`${'á'.repeat(80)}…`);
    expect(f!.message).toContain('32.767');
    const row = checker.check({ number: 10, cells: [], tooLong: true });
    expect(row).toMatchObject({ kind: 'oversize', findings: [{ row: 10, column: '', code: 'DP-IMPORT-ROW-TOO-LONG' }] });
  });

  it('removes the quote the export put before a formula character, and only that one', () => {
    const checker = new RowChecker(layout, { fondsCode: 'H15.01' });
    const out = checker.check(rows(['H15.01.2001.1', '\'=HYPERLINK("x")', "'ghi chú"])[0]!);
    expect(out).toMatchObject({ kind: 'file', file: { title: '=HYPERLINK("x")', fields: { description: "'ghi chú" } } });
  });
});
