import { describe, expect, it } from 'vitest';
import { readInstrumentCell } from './instrument.js';
import { rollupPlans, type RollupEntry } from './rollup.js';
import { buildUnitSeed } from '../units/seed/index.js';

const cell = (unitId: string, year: number, column: 'plan' | 'report', text: string): RollupEntry[] => {
  const read = readInstrumentCell(text);
  const entries: RollupEntry[] = read.instruments.map((instrument) => ({ unitId, year, column, instrument, noRecords: read.noRecords }));
  return entries.length > 0 ? entries : read.noRecords ? [{ unitId, year, column, noRecords: true }] : [];
};

const UNITS = [
  { unitId: 'bo-a', name: 'Bộ A', group: 'Cơ quan trung ương' },
  { unitId: 'tinh-b', name: 'Tỉnh B', group: 'Tỉnh, thành phố trực thuộc Trung ương' },
  { unitId: 'tinh-c', name: 'Tỉnh C', group: 'Tỉnh, thành phố trực thuộc Trung ương' },
  { unitId: 'tinh-d', name: 'Tỉnh D', group: 'Tỉnh, thành phố trực thuộc Trung ương' },
];

const roll = (entries: RollupEntry[]) =>
  rollupPlans({ years: [2024, 2023], units: UNITS, entries, deadline: (_unit, year) => `${year}-12-15` });

describe('the roll-up of plans and results reports', () => {
  it('counts per year column, a no-records statement apart, and lists who has no plan and who never answered', () => {
    const r = roll([
      ...cell('bo-a', 2023, 'plan', 'Kế hoạch số 07/KH-BA ngày 14/11/2023'),
      ...cell('bo-a', 2023, 'report', 'Báo cáo 157/BC-BA ngày 12/12/2023'),
      ...cell('tinh-b', 2024, 'plan', 'Kế hoạch 3/KH-UBND ngày 1/3/2024'),
      ...cell('tinh-b', 2024, 'report', 'Báo cáo 20/BC-SNV ngày 20/12/2024'),
      ...cell('tinh-c', 2023, 'report', 'Công văn 9/SNV-VT ngày 10/12/2023: không có tài liệu thuộc diện lập bản sao'),
    ]);
    expect(r.years).toEqual([2023, 2024]);
    expect(r.counts).toEqual({ plans: { 2023: 1, 2024: 1 }, reports: { 2023: 1, 2024: 1 }, noRecords: { 2023: 1, 2024: 0 } });
    expect(r.withoutPlan).toEqual(['Tỉnh C', 'Tỉnh D']);
    expect(r.neverReported).toEqual(['Tỉnh D']);
    expect(r.late).toEqual([{ name: 'Tỉnh B', year: 2024, date: '2024-12-20', deadline: '2024-12-15' }]);
    expect(r.units[0]).toMatchObject({
      unit: 'bo-a',
      plans: { 2023: [{ kind: 'ke-hoach', number: '07/KH-BA', date: '2023-11-14' }] },
      reports: { 2023: [{ kind: 'bao-cao', number: '157/BC-BA', date: '2023-12-12', late: false }] },
    });
    expect(r.units[2]).toMatchObject({ noRecords: { 2023: true }, reports: {} });
    expect(r.findings).toEqual([]); // a no-records letter is no report, so not one before a plan
  });

  it('flags a plan listed under another year, two plans in a year, duplicates and a report before any plan', () => {
    const r = roll([
      ...cell('bo-a', 2024, 'plan', 'Kế hoạch số 07/KH-BA ngày 14/11/2023'),
      ...cell('tinh-b', 2023, 'plan', 'Kế hoạch 3/KH-UBND ngày 1/3/2023; Kế hoạch 8/KH-UBND ngày 1/9/2023'),
      ...cell('tinh-b', 2023, 'report', 'Báo cáo 20/BC-SNV ngày 2/12/2023'),
      ...cell('tinh-b', 2023, 'report', 'Báo cáo 20/BC-SNV ngày 2/12/2023'),
      ...cell('tinh-c', 2024, 'report', 'Báo cáo 5/BC-SNV ngày 1/12/2024'),
      ...cell('tinh-d', 2023, 'plan', 'Kế hoạch 1/KH-UBND ngày 1/6/2023'),
      ...cell('tinh-d', 2023, 'report', 'Báo cáo 2/BC-UBND ngày 1/2/2023'),
    ]);
    expect(r.findings.map((f) => [f.unit, f.code])).toEqual([
      ['Bộ A', 'DP-ROLLUP-OTHER-YEAR'],
      ['Tỉnh B', 'DP-ROLLUP-TWO-PLANS'],
      ['Tỉnh B', 'DP-ROLLUP-DUPLICATE'],
      ['Tỉnh C', 'DP-ROLLUP-REPORT-BEFORE-PLAN'],
      ['Tỉnh D', 'DP-ROLLUP-REPORT-BEFORE-PLAN'],
    ]);
    expect(r.findings[0]!.message).toBe('07/KH-BA ngày 14/11/2023 được ghi ở cột năm 2024.');
    // counted in the column it was listed under
    expect(r.counts.plans).toEqual({ 2023: 2, 2024: 1 });
  });

  it("regroups former provinces under today's: a successor has a plan when a predecessor had one", () => {
    const { successions } = buildUnitSeed();
    const former = [
      { unitId: 'province-lao-cai', name: 'Lào Cai', group: null },
      { unitId: 'province-yen-bai', name: 'Yên Bái', group: null },
      { unitId: 'province-ha-giang', name: 'Hà Giang', group: null },
    ];
    const today = [
      { unitId: 'province-2025-lao-cai', name: 'Lào Cai', group: null },
      { unitId: 'province-2025-tuyen-quang', name: 'Tuyên Quang', group: null },
    ];
    const r = rollupPlans({
      years: [2023, 2024],
      units: former,
      entries: [
        ...cell('province-yen-bai', 2023, 'plan', 'Kế hoạch 3/KH-UBND ngày 1/3/2023'),
        ...cell('province-lao-cai', 2024, 'report', 'Báo cáo 9/BC-SNV ngày 1/12/2024'),
        ...cell('province-ha-giang', 2024, 'report', 'Báo cáo 4/BC-SNV ngày 2/12/2024'),
      ],
      deadline: (_unit, year) => `${year}-12-15`,
      regroup: { at: '2025-12-01', successions, units: today },
    });
    expect(r.units.map((u) => [u.name, u.plans, u.reports])).toEqual([
      [
        'Lào Cai',
        { 2023: [{ kind: 'ke-hoach', number: '3/KH-UBND', date: '2023-03-01', from: 'Yên Bái' }] },
        { 2024: [{ kind: 'bao-cao', number: '9/BC-SNV', date: '2024-12-01', from: 'Lào Cai', late: false }] },
      ],
      ['Tuyên Quang', {}, { 2024: [{ kind: 'bao-cao', number: '4/BC-SNV', date: '2024-12-02', from: 'Hà Giang', late: false }] }],
    ]);
    expect(r.withoutPlan).toEqual(['Tuyên Quang']);
    expect(r.counts.plans).toEqual({ 2023: 1, 2024: 0 });
  });
});
