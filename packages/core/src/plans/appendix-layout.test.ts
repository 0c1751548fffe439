import { describe, expect, it } from 'vitest';
import { readAppendixLayout } from './appendix-layout.js';

// As the appendix of report 610/BC-BNV: a year over two columns (merged, so the second is empty).
const TWO_HEADER_ROWS = [
  ['PHỤ LỤC', '', '', '', '', ''],
  ['TÌNH HÌNH BAN HÀNH KẾ HOẠCH VÀ BÁO CÁO KẾT QUẢ LẬP BẢN SAO BẢO HIỂM TÀI LIỆU LƯU TRỮ', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['STT', 'Tên Bộ, ngành, địa phương', 'Năm 2023', '', 'Năm 2024', ''],
  ['', '', 'Kế hoạch', 'Báo cáo kết quả', 'Kế hoạch', 'Báo cáo kết quả'],
  ['I.', 'Cơ quan trung ương', '', '', '', ''],
  ['1.', 'Bộ Tài nguyên và Môi trường', 'Kế hoạch số 07/KH- BTNMT ngày 14/11/2023', '', '', ''],
  ['', '', '', '', '', ''],
  ['II', 'Tỉnh, thành phố trực thuộc Trung ương', '', '', '', ''],
  ['1', 'Hoà Bình', '', 'Báo cáo 157/BC-SNV ngày 12/12/2023', 'x', ''],
  ['2.', '', '', '', 'Kế hoạch 1/KH-UBND ngày 2/1/2024', ''],
];

describe('the layout of a received plans-and-reports table', () => {
  it('finds the year columns under merged year headers, the groups and the unit rows', () => {
    const layout = readAppendixLayout(TWO_HEADER_ROWS);
    expect(layout.columns.map((c) => [c.index, c.year, c.kind])).toEqual([
      [2, 2023, 'plan'],
      [3, 2023, 'report'],
      [4, 2024, 'plan'],
      [5, 2024, 'report'],
    ]);
    expect(layout.rows.map((r) => [r.row, r.group, r.unitName, r.cells.map((c) => c.text)])).toEqual([
      [7, 'Cơ quan trung ương', 'Bộ Tài nguyên và Môi trường', ['Kế hoạch số 07/KH- BTNMT ngày 14/11/2023', '', '', '']],
      [10, 'Tỉnh, thành phố trực thuộc Trung ương', 'Hoà Bình', ['', 'Báo cáo 157/BC-SNV ngày 12/12/2023', 'x', '']],
    ]);
    expect(layout.findings.map((f) => [f.code, f.row, f.column])).toEqual([['DP-PLAN-ROW-NO-UNIT', 11, 2]]);
  });

  it('reads one header row that names year and kind together, the first unit row right under it', () => {
    const layout = readAppendixLayout([
      ['STT', 'Đơn vị', 'Kế hoạch ban hành năm 2023', 'Báo cáo kết quả thực hiện năm 2023', 'Ghi chú'],
      ['1', 'Yên Bái', 'Kế hoạch số 3/KH-UBND ngày 1/3/2023', '', ''],
    ]);
    expect(layout.columns.map((c) => [c.year, c.kind])).toEqual([
      [2023, 'plan'],
      [2023, 'report'],
    ]);
    expect(layout.rows.map((r) => r.unitName)).toEqual(['Yên Bái']);
    expect(layout.findings.map((f) => f.code)).toEqual(['DP-PLAN-COLUMN-UNKNOWN']);
  });

  it('refuses a table without a header, and two columns for one year and kind', () => {
    expect(readAppendixLayout([['a', 'b']]).findings.map((f) => f.code)).toEqual(['DP-PLAN-NO-HEADER']);
    const twice = readAppendixLayout([['STT', 'Đơn vị', 'Kế hoạch năm 2023', 'Kế hoạch năm 2023']]);
    expect(twice.findings.map((f) => f.code)).toEqual(['DP-PLAN-COLUMN-TWICE']);
  });
});
