import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { cellText, type ImportLimits, type NumberedRow } from '@duphong/core';
import { tempDir } from '../testing/homes.js';
import { readCsv } from './csv-reader.js';

const tmp = tempDir('csv-reader-');
afterAll(() => tmp.remove());

async function rowsOf(
  name: string,
  bytes: Buffer | string,
  limits?: ImportLimits,
): Promise<{ rows: string[][]; numbers: number[]; codes: string[]; all: NumberedRow[] }> {
  const path = join(tmp.path, name);
  writeFileSync(path, bytes);
  const source = await readCsv(path, limits);
  const all: NumberedRow[] = [];
  for await (const sheet of source.sheets) for await (const row of sheet.rows) all.push(row);
  return { rows: all.map((r) => r.cells.map(cellText)), numbers: all.map((r) => r.number), codes: source.findings.map((f) => f.code), all };
}

describe('readCsv', () => {
  it('parses quotes, doubled quotes, newlines inside quotes, CRLF and a BOM', async () => {
    const got = await rowsOf('q.csv', '\ufeffMã hồ sơ,Tiêu đề\r\nA.2001.1,"Hồ sơ ""đặc biệt"", tập 1"\r\nA.2001.2,"hai\r\ndòng"\r\n');
    expect(got.rows).toEqual([
      ['Mã hồ sơ', 'Tiêu đề'],
      ['A.2001.1', 'Hồ sơ "đặc biệt", tập 1'],
      ['A.2001.2', 'hai\r\ndòng'],
    ]);
    expect(got.codes).toEqual([]);
  });

  it('keeps row numbers right across chunk boundaries (CR LF split, quotes split) in a big file', async () => {
    const line = (i: number) => `H.2001.${i};"Tiêu đề số ${i}; có ""ngoặc"""\r\n`;
    const text = ['Mã hồ sơ;Tiêu đề\r\n', ...Array.from({ length: 20_000 }, (_, i) => line(i + 1))].join('');
    const got = await rowsOf('big.csv', text);
    expect(got.rows).toHaveLength(20_001);
    expect(got.numbers[20_000]).toBe(20_001);
    expect(got.rows[12_345]).toEqual(['H.2001.12345', 'Tiêu đề số 12345; có "ngoặc"']);
  });

  it('falls back to Windows-1258 when the bytes are not UTF-8, and gives NFC text', async () => {
    // Windows-1258 has â ê ô ơ ư ă đ precomposed and writes the tone as a combining mark after them
    const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
    const cp1258 = (t: string) =>
      [...t]
        .map((ch) => {
          const d = ch.normalize('NFD');
          return d.replace(tones, '').normalize('NFC') + (d.match(tones)?.join('') ?? '');
        })
        .join('');
    const bytes = iconv.encode(cp1258('Mã hồ sơ,Tiêu đề\nX.1999.1,Hồ sơ\n'), 'windows-1258');
    expect(bytes.includes(0xcc)).toBe(true); // the combining grave of "ồ"
    const got = await rowsOf('w.csv', bytes);
    expect(got.codes).toEqual(['DP-IMPORT-ENCODING']);
    // CP1258 is Windows' Vietnamese code page, not TCVN3: the message must not call it TCVN
    expect((await readCsv(join(tmp.path, 'w.csv'))).findings[0]!.message).toContain('không phải TCVN3');
    expect(got.rows[1]![1]).toBe('Hồ sơ');
    expect(got.rows[0]).toEqual(['Mã hồ sơ', 'Tiêu đề']);
  });
  it('keeps a cell up to the cell limit and a row up to the row limit, marks them, and finds the next row where it is', async () => {
    const limits = { maxCellChars: 5, maxRowChars: 30 };
    const text = 'a,"bcdefgh, ""x""",i\n' + `${'j,'.repeat(30)}k\n` + '"l\nm",n\n';
    const got = await rowsOf('caps.csv', text, limits);
    expect(got.numbers).toEqual([1, 2, 3]);
    expect(got.all[0]).toEqual({ number: 1, cells: [{ value: 'a' }, { value: 'bcdef', tooLong: true }, { value: 'i' }] });
    // the row's first cells before the limit are kept, the rest skipped; quotes still parsed right after it
    expect(got.all[1]!.tooLong).toBe(true);
    expect(got.all[1]!.cells).toEqual(Array(15).fill({ value: 'j' })); // 30 characters: "j," × 15
    expect(got.all[2]).toEqual({ number: 3, cells: [{ value: 'l\nm' }, { value: 'n' }] });
  });

  it('a quote after the row limit still opens a quoted field: a newline inside it does not end the row', async () => {
    const text = `${'x'.repeat(30)},"a\nb",c\nd,e\n`;
    const got = await rowsOf('caps2.csv', text, { maxCellChars: 100, maxRowChars: 10 });
    expect(got.numbers).toEqual([1, 2]);
    expect(got.all[0]).toEqual({ number: 1, cells: [], tooLong: true });
    expect(got.rows[1]).toEqual(['d', 'e']);
  });
});
