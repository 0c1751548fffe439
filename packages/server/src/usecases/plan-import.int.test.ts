import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readFileSync, writeFileSync } from 'node:fs';
import { CONFIG_FILE } from '../config/config.js';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { importPlans } from './plan-import.js';
import { rollupReport } from './plan-rollup.js';

const SAMPLE = fileURLToPath(new URL('../../../../fixtures/plans/phu-luc-mau.csv', import.meta.url));

/** The sample appendix (fixtures/plans/phu-luc-mau.csv), counted by hand in the comments below. */
describe('plans and results reports: import of a received appendix, then the roll-up', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let home: string;

  beforeEach(async () => {
    tmp = tempDir();
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  it('reads every cell, says what is wrong with row and column, and writes nothing while errors remain', async () => {
    const dry = await importPlans(ctx, undefined, SAMPLE, { dryRun: true });
    expect(dry.findings.map((f) => [f.row, f.column, f.code, f.severity])).toEqual([
      [14, 5, 'DP-PLAN-DATE-INVALID', 'error'], // "31/02/2024"
      [15, 2, 'DP-PLAN-UNIT-UNKNOWN', 'error'], // Hà Tây: merged into Hà Nội in 2008
    ]);
    expect(dry.findings[1]!.value).toBe('Tỉnh Hà Tây');
    // 7 units matched (old spellings "Hoà Bình", "Thừa Thiên – Huế", "TP. Hồ Chí Minh" included)
    expect(dry).toMatchObject({ units: 7, plans: 6, reports: 4, noRecords: 1, written: false });
    expect(await importPlans(ctx, undefined, SAMPLE)).toMatchObject({ written: false });
    expect(await ctx.catalogue.plans.listEntries()).toEqual([]);
  });

  it('with --partial writes the rows without errors, once however often it is imported, and rolls them up', async () => {
    const first = await importPlans(ctx, undefined, SAMPLE, { partial: true, by: 'Lê Thị Hoa' });
    expect(first).toMatchObject({ units: 6, plans: 5, reports: 4, noRecords: 1, written: true });
    await importPlans(ctx, undefined, SAMPLE, { partial: true });
    const entries = await ctx.catalogue.plans.listEntries();
    expect(entries).toHaveLength(10); // 5 plans, 4 reports, 1 no-records letter
    expect(entries.find((e) => e.unitId === 'province-yen-bai' && e.year === 2023)).toMatchObject({
      column: 'report',
      kind: 'cong-van',
      numberSymbol: '88/SNV-VTLT',
      noRecords: true,
      source: 'phu-luc-mau.csv dòng 12',
    });

    const r = await rollupReport(ctx, undefined, { from: 2023, to: 2024 });
    expect(r.counts).toEqual({ plans: { 2023: 3, 2024: 2 }, reports: { 2023: 1, 2024: 3 }, noRecords: { 2023: 1, 2024: 0 } });
    expect(r.units.filter((u) => u.group === 'Tỉnh, thành phố trực thuộc Trung ương')).toHaveLength(63);
    expect(r.late).toEqual([{ name: 'Bộ Nội vụ', year: 2024, date: '2024-12-20', deadline: '2024-12-15' }]);
    expect(r.findings.map((f) => [f.unit, f.code])).toEqual([
      ['Hồ Chí Minh', 'DP-ROLLUP-REPORT-BEFORE-PLAN'],
      ['Lào Cai', 'DP-ROLLUP-OTHER-YEAR'], // 9/KH-UBND of 15/01/2024 listed under 2023
    ]);
    expect(r.withoutPlan).toContain('Hồ Chí Minh');
    expect(r.withoutPlan).not.toContain('Yên Bái');
    expect(r.neverReported).toContain('Lào Cai');
    expect(r.neverReported).not.toContain('Yên Bái'); // its no-records letter answered

    // Under today's 34 provinces: Lào Cai (2025) has what Lào Cai and Yên Bái sent.
    const regrouped = await rollupReport(ctx, undefined, { from: 2023, to: 2024, regroup: true, asOf: '2025-12-01' });
    expect(regrouped.units.filter((u) => u.group === 'Tỉnh, thành phố trực thuộc Trung ương')).toHaveLength(34);
    const laoCai = regrouped.units.find((u) => u.unit === 'province-2025-lao-cai')!;
    expect(laoCai.plans).toEqual({
      2023: [{ kind: 'ke-hoach', number: '9/KH-UBND', date: '2024-01-15', from: 'Lào Cai' }],
      2024: [{ kind: 'ke-hoach', number: '3/KH-UBND', date: '2024-03-01', from: 'Yên Bái' }],
    });
    expect(laoCai.noRecords).toEqual({ 2023: true });
    expect(regrouped.units.find((u) => u.unit === 'province-2025-phu-tho')?.plans[2023]?.[0]?.from).toBe('Hòa Bình');
  });

  it("takes each level's deadline from the configuration", async () => {
    const path = join(home, CONFIG_FILE);
    const config = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
    writeFileSync(path, JSON.stringify({ ...config, reports: { deadlines: { ministry: '25/12', province: '05/12' } } }, null, 2));
    await ctx.close();
    ctx = await openContext(home);
    await importPlans(ctx, undefined, SAMPLE, { partial: true });
    const r = await rollupReport(ctx, undefined, { from: 2024, to: 2024 });
    expect(r.late.map((l) => [l.name, l.deadline])).toEqual([
      ['Hòa Bình', '2024-12-05'],
      ['Hồ Chí Minh', '2024-12-05'],
    ]);
  });

  it('says a damaged workbook cannot be read, in Vietnamese, and writes nothing', async () => {
    const cut = join(tmp.path, 'phu-luc-hong.xlsx');
    writeFileSync(
      cut,
      readFileSync(fileURLToPath(new URL('../../../../fixtures/catalog/muc-luc-mau.xlsx', import.meta.url))).subarray(0, 3000),
    );
    await expect(importPlans(ctx, undefined, cut)).rejects.toMatchObject({ code: 'DP-SHEET-UNREADABLE', kind: 'request' });
    expect(await ctx.catalogue.plans.listEntries()).toEqual([]);
  });
});
