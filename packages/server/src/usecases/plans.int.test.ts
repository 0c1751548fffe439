import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { FileRecord } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { LAO_CAI_AGENCY, seedLaoCaiAgency } from '../testing/agency-seed.js';
import { addToBackupList, createBackupList, proposeIntoBackupList } from './backup-list.js';
import { criteriaFor, getPlanView, listPlanViews, savePlan, setTaskStatus } from './plans.js';
import { readPlanInput } from './plan-input.js';

const PLAN = fileURLToPath(new URL('../../../../fixtures/plans/ke-hoach-lao-cai.json', import.meta.url));
const T = '2025-03-01T08:00:00.000+07:00';
const AGENCY = LAO_CAI_AGENCY;

/*
 * A province's plan adds its own selection criteria (fixtures/plans/ke-hoach-lao-cai.json): a file
 * about the re-establishment of the province, permanent but never inspected, is not eligible by the
 * default rule and becomes so once the plan is saved — for the province's lists and its agency's,
 * in the years the plan covers only — with the plan cited in the entry's note.
 */
describe('plans with tasks, phases and selection criteria', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  const file = (code: string, fondsCode: string, title: string, maintenance: string): FileRecord => ({
    code,
    fondsCode,
    title,
    fields: { arcFileCode: code, title, maintenance, mode: '01' },
    legacy: {},
    createdAt: T,
    updatedAt: T,
  });

  beforeAll(async () => {
    tmp = tempDir('duphong-plans-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    const c = ctx.catalogue;
    await seedLaoCaiAgency(c);
    for (const [code, unitId, kind] of [
      ['P_UBND_LC', 'province-lao-cai', 'fonds'],
      ['ST_GIA_DINH_LC', 'province-lao-cai', 'collection'],
      ['P_SNV_LC', AGENCY, 'fonds'],
    ] as const)
      await c.records.putFonds({
        code,
        name: `Phông ${code}`,
        kind,
        status: 'closed',
        unitId,
        fields: {},
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
    await c.records.putFile(file('LC.1991.01', 'P_UBND_LC', 'Hồ sơ về việc tái lập tỉnh Lào Cai', '01'));
    await c.records.putFile(file('LC.1991.02', 'P_UBND_LC', 'Sổ đăng ký công văn đi', '01'));
    await c.records.putFile(file('GD.01', 'ST_GIA_DINH_LC', 'Gia phả dòng họ Hoàng ở Bát Xát', '05'));
    await c.records.putFile(file('SNV.1991.07', 'P_SNV_LC', 'Hồ sơ tổ chức bộ máy khi tái lập tỉnh', '01'));
  });
  afterAll(async () => {
    await ctx?.close();
    tmp?.remove();
  });

  it('without a plan the default rule finds nothing; with it, the plan criteria select and are cited', async () => {
    const before = await createBackupList(ctx, { unitId: 'province-lao-cai', year: 2025, by: 'Văn thư' });
    const nothing = await proposeIntoBackupList(ctx, before.id, { by: 'Văn thư' });
    expect(nothing.list.entries).toEqual([]);
    await expect(addToBackupList(ctx, before.id, [{ recordKind: 'file', recordCode: 'LC.1991.01' }], { by: 'Văn thư' })).rejects.toThrow(
      /không đủ điều kiện/,
    );

    const plan = await savePlan(ctx, undefined, readPlanInput(JSON.parse(readFileSync(PLAN, 'utf8'))));
    expect(plan).toMatchObject({ id: 'province-lao-cai:245-KH-UBND:2023-11-14', date: '2023-11-14', kind: 'ke-hoach' });
    // Saved plans count in the roll-up under the year they were issued.
    expect(
      (await ctx.catalogue.plans.listEntries({ unitIds: ['province-lao-cai'] })).map((e) => [e.year, e.column, e.numberSymbol]),
    ).toEqual([[2023, 'plan', '245/KH-UBND']]);
    expect((await criteriaFor(ctx.catalogue, 'province-lao-cai', 2025)).map((c) => c.criterion.id)).toEqual([
      'lich-su-tinh',
      'gia-dinh-dong-ho',
    ]);
    expect(await criteriaFor(ctx.catalogue, 'province-lao-cai', 2036)).toEqual([]); // after the plan's last phase
    expect(await criteriaFor(ctx.catalogue, 'province-yen-bai', 2025)).toEqual([]); // another province

    const proposed = await proposeIntoBackupList(ctx, before.id, { by: 'Văn thư' });
    // The province's list takes its agency's records too (listUnitScope); "Sổ đăng ký công văn đi" matches nothing.
    expect(proposed.list.entries.map((e) => [e.recordKind, e.recordCode, e.reason]).sort()).toEqual([
      ['file', 'GD.01', 'plan-criterion'],
      ['file', 'LC.1991.01', 'plan-criterion'],
      ['file', 'SNV.1991.07', 'plan-criterion'],
      ['fonds', 'ST_GIA_DINH_LC', 'plan-criterion'],
    ]);
    expect(proposed.list.entries.find((e) => e.recordCode === 'LC.1991.01')!.note).toBe(
      'Tiêu chí "Tài liệu có giá trị vĩnh viễn về lịch sử hình thành, tái lập tỉnh" của Kế hoạch 245/KH-UBND ngày 14/11/2023 của Lào Cai',
    );
    // The province's plan governs its agency's list too.
    const agency = await createBackupList(ctx, { unitId: AGENCY, year: 2025, by: 'Văn thư' });
    const added = await addToBackupList(ctx, agency.id, [{ recordKind: 'file', recordCode: 'SNV.1991.07' }], { by: 'Văn thư' });
    expect(added.list.entries.map((e) => e.reason)).toEqual(['plan-criterion']);
  });

  it('tracks task progress and refuses a plan that would select everything or has impossible dates', async () => {
    const id = 'province-lao-cai:245-KH-UBND:2023-11-14';
    const done = await setTaskStatus(ctx, undefined, id, 1, 'done');
    expect(done.progress).toMatchObject({ done: 1, 'in-progress': 1, 'not-started': 1 });
    expect((await getPlanView(ctx, undefined, id)).tasks[0]!.status).toBe('done');
    await expect(setTaskStatus(ctx, undefined, id, 9, 'done')).rejects.toMatchObject({ code: 'DP-PLAN-TASK-UNKNOWN' });
    // Two people mark two tasks at once: each update is either kept or refused (DP-LOCKED, retry), never lost.
    const wanted = [
      [2, 'in-progress'],
      [3, 'done'],
    ] as const;
    const both = await Promise.allSettled(wanted.map(([n, status]) => setTaskStatus(ctx, undefined, id, n, status)));
    const tasks = (await getPlanView(ctx, undefined, id)).tasks;
    both.forEach((r, k) => {
      if (r.status === 'fulfilled') expect(tasks[wanted[k]![0] - 1]!.status).toBe(wanted[k]![1]);
      else expect(r.reason).toMatchObject({ code: 'DP-LOCKED' });
    });
    expect(await listPlanViews(ctx, undefined, { unitId: 'province-lao-cai' })).toHaveLength(1);
    const base = JSON.parse(readFileSync(PLAN, 'utf8')) as Record<string, unknown>;
    await expect(
      savePlan(ctx, undefined, readPlanInput({ ...base, criteria: [{ id: 'tat-ca', label: 'Mọi tài liệu' }] })),
    ).rejects.toMatchObject({
      code: 'DP-PLAN-INVALID',
    });
    expect(() => readPlanInput({ ...base, date: '31/02/2024' })).toThrow(/không có thật/);
    expect(() => readPlanInput({ ...base, phases: 'hai giai đoạn' })).toThrow(/phases/);
  });
});
