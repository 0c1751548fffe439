import { describe, expect, it } from 'vitest';
import type { SheetCell } from './cell-values.js';
import { detectLayout, readTitleRows, type NumberedRow } from './layout.js';
import { parseMapOption } from './map-option.js';

const rows = (...lines: Array<Array<string | number | null>>): NumberedRow[] =>
  lines.map((cells, i) => ({ number: i + 1, cells: cells.map((v): SheetCell => ({ value: v })) }));

describe('detectLayout', () => {
  it('finds a one-row header under title rows and reads the fonds from them', () => {
    const { layout, findings } = detectLayout(
      rows(
        ['PHÔNG: Ủy ban nhân dân tỉnh Lào Cai (Mã phông: H15.01)'],
        ['Mục lục số 02'],
        [],
        ['Số TT', 'Mã hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian bắt đầu', 'Thời gian kết thúc', 'THBQ', 'Số tờ', 'Ghi chú', 'Hộp số'],
        [1, 'H15.01.2001.1', 'Hồ sơ về việc…', '01/2001', '12/2001', 'Vĩnh viễn', 12, '', 3],
      ),
    );
    expect(layout).toMatchObject({ level: 'file', headerFirst: 4, headerLast: 4, dataStart: 5 });
    expect(layout!.title).toEqual({ fondsName: 'Ủy ban nhân dân tỉnh Lào Cai', fondsCode: 'H15.01', catalogueNumber: '02' });
    expect(layout!.columns.map((c) => c.field ?? `legacy:${c.header}`)).toEqual([
      'rowNumber',
      'fileCode',
      'title',
      'startDate',
      'endDate',
      'maintenance',
      'numberOfPaper',
      'description',
      'box',
    ]);
    expect(findings).toEqual([]);
  });

  it('joins a two-row merged header (group label over its sub-columns) and skips the column-number row', () => {
    const { layout } = detectLayout(
      rows(
        ['MỤC LỤC HỒ SƠ'],
        ['so tt', 'SỐ, KÝ HIỆU HỒ SƠ', 'tieu de ho so', 'Thời gian', null, 'Thời hạn bảo quản', 'Ngôn ngữ'],
        [null, null, null, 'Bắt đầu', 'Kết thúc', null, null],
        ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
        [1, '01', 'Tiêu đề', '2001', '2002', '01', 'Tiếng Việt'],
      ),
    );
    expect(layout).toMatchObject({ headerFirst: 2, headerLast: 3, dataStart: 5 });
    expect(layout!.columns.map((c) => c.field)).toEqual([
      'rowNumber',
      'fileNotation',
      'title',
      'startDate',
      'endDate',
      'maintenance',
      'language',
    ]);
    expect(layout!.columns[4]!.header).toBe('Thời gian / Kết thúc');
  });

  it('recognises a document-level sheet and legacy columns; --map overrides the synonyms', () => {
    const { layout, findings } = detectLayout(
      rows(['Mã hồ sơ', 'Số TT văn bản', 'Số, ký hiệu', 'Ngày tháng văn bản', 'Trích yếu nội dung', 'Tác giả', 'Tờ số', 'Cột lạ']),
      { map: parseMapOption(['Số TT văn bản=docOrdinal,Cột lạ=keyword']) },
    );
    expect(layout!.level).toBe('document');
    expect(layout!.columns.map((c) => c.field)).toEqual([
      'fileCode',
      'docOrdinal',
      'codeNumberNotation',
      'issuedDate',
      'subject',
      'organName',
      undefined,
      'keyword',
    ]);
    expect(findings.map((f) => f.code)).toEqual(['DP-IMPORT-COLUMN-UNKNOWN']);
  });

  it('reports a sheet without a header, and --map entries naming nothing', () => {
    expect(detectLayout(rows(['a', 'b'], [1, 2])).findings.map((f) => f.code)).toEqual(['DP-IMPORT-NO-HEADER']);
    const { findings } = detectLayout(rows(['Mã hồ sơ', 'Tiêu đề']), { map: { 'Không có': 'title', 'Tiêu đề': 'tiêu đề' } });
    expect(findings.map((f) => [f.code, f.column])).toEqual([
      ['DP-IMPORT-MAP-INVALID', ''],
      ['DP-IMPORT-MAP-INVALID', 'B'],
    ]);
  });

  it('reports two columns that mean the same field', () => {
    const { findings } = detectLayout(rows(['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Ghi chú', 'Chú giải']));
    expect(findings.map((f) => [f.code, f.column])).toEqual([['DP-IMPORT-COLUMN-DUPLICATE', 'D']]);
  });
});

describe('readTitleRows', () => {
  it('reads fonds name, code and catalogue number in several spellings', () => {
    expect(readTitleRows([['Phông lưu trữ: Sở Nội vụ tỉnh Quảng Nam'], ['Phông số: 45'], ['MỤC LỤC HỒ SƠ SỐ 3']])).toEqual({
      fondsName: 'Sở Nội vụ tỉnh Quảng Nam',
      fondsCode: '45',
      catalogueNumber: '3',
    });
    expect(readTitleRows([['PHONG: UBND HUYEN BAT XAT - Ma phong: H15.03']])).toEqual({
      fondsName: 'UBND HUYEN BAT XAT',
      fondsCode: 'H15.03',
    });
  });
});

describe('parseMapOption', () => {
  it('keeps commas inside headers', () => {
    expect(parseMapOption(['Số, ký hiệu hồ sơ=fileCode,Cột X=title', 'C=legacy'])).toEqual({
      'Số, ký hiệu hồ sơ': 'fileCode',
      'Cột X': 'title',
      C: 'legacy',
    });
  });
});
