import { describe, expect, it } from 'vitest';
import { readInstrumentCell } from './instrument.js';

const read = (text: string, today = '2026-12-04') => readInstrumentCell(text, today);
const codes = (text: string) => read(text).findings.map((f) => f.code);

describe('reading a cell of a received plans-and-reports table', () => {
  it('reads kind, number/symbol and date as clerks type them', () => {
    expect(read('Kế hoạch số 07/KH- BTNMT ngày 14/11/2023')).toEqual({
      instruments: [{ kind: 'ke-hoach', numberSymbol: '07/KH-BTNMT', date: '2023-11-14' }],
      noRecords: false,
      findings: [],
    });
    expect(read('Báo cáo 157/BC-SNV ngày 12/12/2023').instruments).toEqual([
      { kind: 'bao-cao', numberSymbol: '157/BC-SNV', date: '2023-12-12' },
    ]);
    expect(read('Công văn số 1234/SNV – CCVTLT ngày 5/6/2024').instruments).toEqual([
      { kind: 'cong-van', numberSymbol: '1234/SNV-CCVTLT', date: '2024-06-05' },
    ]);
    expect(read('Quyết định số 12/2023/QĐ-UBND ngày 03 tháng 4 năm 2023').instruments).toEqual([
      { kind: 'quyet-dinh', numberSymbol: '12/2023/QĐ-UBND', date: '2023-04-03' },
    ]);
  });

  it('takes the kind from the symbol when the cell gives only number and date, never a date for a number', () => {
    expect(read('45/KH-UBND, 20/3/2024').instruments).toEqual([{ kind: 'ke-hoach', numberSymbol: '45/KH-UBND', date: '2024-03-20' }]);
    expect(read('ngày 14/11/2023').instruments).toEqual([]);
    expect(read('KẾ HOẠCH SỐ 3/KH-BNV NGÀY 1-2-2024').instruments).toEqual([
      { kind: 'ke-hoach', numberSymbol: '3/KH-BNV', date: '2024-02-01' },
    ]);
  });

  it('reads two instruments in one cell and says so', () => {
    const r = read('Kế hoạch số 07/KH-BTNMT ngày 14/11/2023; Quyết định số 99/QĐ-BTNMT ngày 20/11/2023');
    expect(r.instruments.map((i) => [i.kind, i.numberSymbol, i.date])).toEqual([
      ['ke-hoach', '07/KH-BTNMT', '2023-11-14'],
      ['quyet-dinh', '99/QĐ-BTNMT', '2023-11-20'],
    ]);
    expect(r.findings.map((f) => f.code)).toEqual(['DP-PLAN-CELL-SEVERAL']);
  });

  it('records a no-records statement as such, with the letter that made it', () => {
    expect(read('Không có tài liệu thuộc diện lập bản sao bảo hiểm')).toMatchObject({ instruments: [], noRecords: true, findings: [] });
    const r = read('Công văn số 88/SNV-VTLT ngày 10/12/2024 báo cáo không có hồ sơ thuộc diện lập bản sao');
    expect(r.noRecords).toBe(true);
    expect(r.instruments).toEqual([{ kind: 'cong-van', numberSymbol: '88/SNV-VTLT', date: '2024-12-10' }]);
  });

  it('finds impossible, future and missing dates, missing numbers and unreadable cells', () => {
    expect(read('Kế hoạch số 5/KH-UBND ngày 31/02/2024')).toMatchObject({
      instruments: [{ numberSymbol: '5/KH-UBND', date: null }],
      findings: [{ code: 'DP-PLAN-DATE-INVALID', severity: 'error' }],
    });
    expect(codes('Kế hoạch số 5/KH-UBND ngày 01/01/2027')).toEqual(['DP-PLAN-DATE-FUTURE']);
    expect(codes('Kế hoạch số 5/KH-UBND')).toEqual(['DP-PLAN-NO-DATE']);
    expect(codes('Kế hoạch ngày 2/3/2024')).toEqual(['DP-PLAN-NO-NUMBER']);
    expect(codes('đang xây dựng dự thảo')).toEqual(['DP-PLAN-CELL-UNREADABLE']);
  });

  it('takes empty and "nothing" cells for nothing', () => {
    for (const text of ['', '  ', '-', '—', 'x', 'Chưa', 'Chưa ban hành', 'không'])
      expect(read(text), text).toEqual({ instruments: [], noRecords: false, findings: [] });
  });
});
