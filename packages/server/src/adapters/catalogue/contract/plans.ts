import { planEntryId, planId, type Catalogue, type Plan, type PlanEntry } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

const entry = (over: Partial<PlanEntry>): PlanEntry => {
  const base = {
    unitId: 'province-yen-bai',
    year: 2023,
    column: 'plan' as const,
    kind: 'ke-hoach' as const,
    numberSymbol: '3/KH-UBND',
    date: '2023-03-01',
    noRecords: false,
    source: 'phu-luc.xlsx dòng 12',
    recordedAt: T(1),
    recordedBy: 'Nguyễn Văn An',
    ...over,
  };
  return { id: planEntryId(base), ...base };
};

export function plansContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('plans and reports', () => {
    it('keeps entries by their natural key (the same instrument twice is one entry), text NFC', async () => {
      const plan = entry({ source: 'phu-lu\u0323c.xlsx dòng 12'.normalize('NFD') });
      await c.plans.putEntry(plan);
      await c.plans.putEntry({ ...plan, source: 'phu-luc-2.xlsx dòng 3', recordedAt: T(2) });
      expect(await c.plans.listEntries()).toEqual([{ ...plan, source: 'phu-luc-2.xlsx dòng 3', recordedAt: T(2) }]);
    });

    it('lists by year range, then unit and column; a bare no-records statement has no kind', async () => {
      const statement = entry({
        unitId: 'province-ha-giang',
        year: 2024,
        column: 'report',
        kind: null,
        numberSymbol: null,
        date: null,
        noRecords: true,
      });
      const report = entry({ year: 2024, column: 'report', kind: 'bao-cao', numberSymbol: '9/BC-SNV', date: '2024-12-01' });
      const plan = entry({});
      for (const e of [report, statement, plan]) await c.plans.putEntry(e);
      expect((await c.plans.listEntries()).map((e) => e.id)).toEqual([plan.id, statement.id, report.id]);
      expect(await c.plans.listEntries({ fromYear: 2024, toYear: 2024 })).toEqual([statement, report]);
      expect(await c.plans.listEntries({ toYear: 2023 })).toEqual([plan]);
    });

    it('keeps a report entered by its unit with its narrative and declared figures; lists one unit', async () => {
      const report = entry({
        column: 'report',
        kind: 'bao-cao',
        numberSymbol: '201/BC-SNV',
        date: '2024-12-10',
        year: 2024,
        narrative: 'Đã số hóa 1.200 trang.'.normalize('NFD'),
        declared: { pagesDigitised: 1200, staffTrained: 4 },
      });
      await c.plans.putEntry(report);
      await c.plans.putEntry(entry({ unitId: 'province-ha-giang' }));
      expect(await c.plans.listEntries({ unitIds: ['province-yen-bai'] })).toEqual([{ ...report, narrative: 'Đã số hóa 1.200 trang.' }]);
      expect(await c.plans.listEntries({ unitIds: [] })).toEqual([]);
    });

    it('keeps plans whole (phases, tasks, criteria), NFC, by unit; a second save keeps the first creation time', async () => {
      const base = { unitId: 'province-lao-cai', numberSymbol: '07/KH-UBND', date: '2023-11-14' };
      const plan: Plan = {
        id: planId(base),
        ...base,
        kind: 'ke-hoach',
        title: 'Kế hoạch lưu trữ dự phòng tài liệu lưu trữ tỉnh Lào Cai',
        implements: ['71/QĐ-TTg'],
        phases: [{ name: 'Giai đoạn 1', fromYear: 2023, toYear: 2026, milestone: 'Lựa chọn xong' }],
        tasks: [
          {
            content: 'Rà soát',
            lead: 'Sở Nội vụ',
            coordinating: ['Trung tâm Lưu trữ lịch sử'],
            fromYear: 2023,
            toYear: 2024,
            status: 'done',
          },
        ],
        criteria: [
          {
            id: 'lich-su-tinh',
            label: 'Lịch sử tỉnh'.normalize('NFD'),
            recordKinds: ['file'],
            permanentOnly: true,
            words: ['lịch sử'],
            fields: [],
            fondsCodes: [],
          },
        ],
        createdAt: T(1),
        updatedAt: T(1),
        updatedBy: 'Nguyễn Văn An',
      };
      await c.plans.putPlan(plan);
      await c.plans.putPlan({ ...plan, id: planId({ ...base, unitId: 'province-yen-bai' }), unitId: 'province-yen-bai' });
      await c.plans.putPlan({ ...plan, title: 'Kế hoạch (sửa)', createdAt: T(3), updatedAt: T(3) });
      const stored = await c.plans.getPlan(plan.id);
      expect(stored).toEqual({
        ...plan,
        title: 'Kế hoạch (sửa)',
        updatedAt: T(3),
        criteria: [{ ...plan.criteria[0]!, label: 'Lịch sử tỉnh' }],
      });
      expect((await c.plans.listPlans({ unitIds: ['province-lao-cai'] })).map((p) => p.id)).toEqual([plan.id]);
      expect(await c.plans.listPlans({ unitIds: [] })).toEqual([]);
      expect(await c.plans.listPlans()).toHaveLength(2);
      expect(await c.plans.getPlan('khong-co')).toBeUndefined();
    });

    it('joins the catalogue transaction', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.plans.putEntry(entry({}));
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(await c.plans.listEntries()).toEqual([]);
    });
  });
}
