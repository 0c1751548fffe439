import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cellText, type NumberedRow } from '@duphong/core';
import { tempDir } from '../testing/homes.js';
import { ExcelJS, parseSaxFixed } from '../adapters/exceljs.js';
import { readXlsx } from './xlsx-reader.js';

const tmp = tempDir('xlsx-reader-');
afterAll(() => tmp.remove());

describe('exceljs UTF-8 fix', () => {
  it('keeps a character split between two chunks whole', async () => {
    const bytes = Buffer.from('<r>Hồ sơ lưu trữ</r>');
    const cut = bytes.indexOf(Buffer.from('ồ')) + 1; // inside the 3-byte "ồ"
    async function* chunks() {
      yield bytes.subarray(0, cut);
      yield bytes.subarray(cut);
    }
    let text = '';
    for await (const events of parseSaxFixed(chunks())) for (const e of events) if (e.eventType === 'text') text += e.value as string;
    expect(text).toBe('Hồ sơ lưu trữ');
  });
});

describe('readXlsx', () => {
  it('streams a big Vietnamese sheet without a broken character, flags hidden sheets, keeps formulas unevaluated', async () => {
    const path = join(tmp.path, 'big.xlsx');
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
    const ws = wb.addWorksheet('Mục lục');
    ws.addRow(['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Số tờ', 'Ngày']).commit();
    for (let i = 1; i <= 5000; i++)
      ws.addRow([`H.2001.${i}`, `Hồ sơ về việc điều chỉnh địa giới hành chính số ${i}`, i, new Date(Date.UTC(2001, 2, 5))]).commit();
    ws.addRow(['H.2001.x', 'Công thức', { formula: 'C2*2', result: 2 }]).commit();
    ws.commit();
    const hidden = wb.addWorksheet('Ẩn', { state: 'hidden' });
    hidden.addRow(['bí mật']).commit();
    hidden.commit();
    await wb.commit();

    const sheets: Array<{ name?: string; hidden: boolean; rows: NumberedRow[] }> = [];
    for await (const sheet of (await readXlsx(path)).sheets) {
      const rows: NumberedRow[] = [];
      if (!sheet.hidden) for await (const row of sheet.rows) rows.push(row);
      sheets.push({ name: sheet.name, hidden: sheet.hidden, rows });
    }
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ['Mục lục', false],
      ['Ẩn', true],
    ]);
    const rows = sheets[0]!.rows;
    expect(rows).toHaveLength(5002);
    expect(rows.filter((r) => r.cells.some((c) => cellText(c).includes('\ufffd')))).toEqual([]);
    expect(cellText(rows[4000]!.cells[1])).toBe('Hồ sơ về việc điều chỉnh địa giới hành chính số 4000');
    expect(cellText(rows[1]!.cells[3])).toBe('05/03/2001');
    expect(rows[5001]!.cells[2]).toEqual({ value: 2, formula: 'C2*2' });
  });
  it('cuts a cell past 32,767 characters and a row past 1 MiB, shared strings and inline strings alike', async () => {
    for (const useSharedStrings of [false, true]) {
      const path = join(tmp.path, `caps-${useSharedStrings}.xlsx`);
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings });
      const ws = wb.addWorksheet('Mục lục');
      ws.addRow(['Mã hồ sơ', 'Tiêu đề hồ sơ']).commit();
      ws.addRow(['H.2001.1', `${'ồ'.repeat(40_000)}&<>`]).commit();
      ws.addRow(['H.2001.2', 'ơ'.repeat(32_767)]).commit();
      ws.addRow(Array.from({ length: 40 }, (_, i) => `${i}`.repeat(30_000).slice(0, 30_000))).commit();
      ws.addRow(['H.2001.4', 'sau']).commit();
      ws.commit();
      await wb.commit();
      const rows: NumberedRow[] = [];
      for await (const sheet of (await readXlsx(path)).sheets) for await (const row of sheet.rows) rows.push(row);
      expect(rows.map((r) => r.number)).toEqual([1, 2, 3, 4, 5]);
      expect(rows[1]!.cells[1]).toEqual({ value: 'ồ'.repeat(32_767), tooLong: true });
      expect(rows[1]!.tooLong).toBeUndefined();
      expect(rows[2]!.cells[1]).toEqual({ value: 'ơ'.repeat(32_767) }); // exactly at the limit: kept whole
      expect(rows[3]!.tooLong).toBe(true);
      expect(rows[4]!.cells.map(cellText)).toEqual(['H.2001.4', 'sau']);
    }
  });
});
