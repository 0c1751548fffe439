import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Clock, FileRecord } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { LAO_CAI_AGENCY, seedLaoCaiAgency } from '../testing/agency-seed.js';
import { relaxMediaPolicy } from '../testing/selection-seed.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { computeYearFigures } from './report-figures.js';
import { statisticsList } from './fonds-statistics.js';
import { recordUnitReport, unitReport } from './unit-report.js';
import { reportSubmissions } from './report-submissions.js';
import { rollupReport } from './plan-rollup.js';
import { summaryLines } from '../plans-export/form.js';
import { writeStatisticsXlsx } from '../plans-export/statistics-xlsx.js';
import { ExcelJS } from '../adapters/exceljs.js';
import { PassThrough } from 'node:stream';

/*
 * The figures a yearly report computes, against a catalogue built step by step on a moving clock:
 * Lào Cai province and its Department of Home Affairs (an agency under it), what each holds,
 * lists, digitised, filmed and copied in 2024, and one more copy made in 2025. Every expected
 * number below is counted from the steps of this file.
 */

const PROVINCE = 'province-lao-cai';
const AGENCY = LAO_CAI_AGENCY;
let now = new Date('2024-03-01T02:00:00Z');
const clock: Clock = { now: () => now };
const at = (iso: string) => `${iso}T09:00:00.000+07:00`;

const file = (code: string, fondsCode: string, pages: number): FileRecord => ({
  code,
  fondsCode,
  title: `Hồ sơ ${code}`,
  fields: { arcFileCode: code, title: `Hồ sơ ${code}`, maintenance: '01', mode: '01', numberOfPage: String(pages) },
  legacy: {},
  createdAt: at('2024-02-01'),
  updatedAt: at('2024-02-01'),
});

describe('computed report figures match the catalogue', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  beforeAll(async () => {
    tmp = tempDir('duphong-figures-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    relaxMediaPolicy(home);
    ctx = await openContext(home, { clock });
    const c = ctx.catalogue;
    await seedLaoCaiAgency(c);
    for (const [code, unitId, name] of [
      ['P_UBND_LC', PROVINCE, 'Phông UBND tỉnh Lào Cai'],
      ['P_SNV_LC', AGENCY, 'Phông Sở Nội vụ tỉnh Lào Cai'],
    ] as const)
      await c.records.putFonds({
        code,
        name,
        kind: 'fonds',
        status: 'closed',
        unitId,
        fields: {},
        legacy: {},
        createdAt: at('2024-02-01'),
        updatedAt: at('2024-02-01'),
      });
    await c.records.putFile(file('LC.01', 'P_UBND_LC', 120));
    await c.records.putFile(file('LC.02', 'P_UBND_LC', 80));
    await c.records.putFile(file('SNV.01', 'P_SNV_LC', 40));
    await c.records.putDocument({
      id: 'LC.01.0000001',
      fileCode: 'LC.01',
      ordinal: 1,
      kind: 'doc',
      fields: { numberOfPage: '12' },
      legacy: {},
      createdAt: at('2024-02-01'),
      updatedAt: at('2024-02-01'),
    });
    // A file described only in 2025 does not count in 2024.
    await c.records.putFile({ ...file('LC.03', 'P_UBND_LC', 10), createdAt: at('2025-01-05') });
    const holding = (id: string, fondsCode: string, fileCode: string | null, shelfMetres: number) =>
      c.records.putHolding({
        id,
        fondsCode,
        fileCode,
        medium: 'paper',
        shelfMetres,
        store: null,
        shelf: null,
        box: null,
        condition: null,
        createdAt: at('2024-02-01'),
        updatedAt: at('2024-02-01'),
      });
    await holding('h1', 'P_UBND_LC', 'LC.01', 0.5);
    await holding('h2', 'P_UBND_LC', 'LC.02', 0.3);
    await holding('h3', 'P_SNV_LC', null, 1.2);
    // The province lists one file for 2024; its agency lists its whole fonds; a draft list does not count.
    const list = (id: string, unitId: string, status: 'approved' | 'draft', kind: 'file' | 'fonds', code: string) =>
      c.selection.saveList({
        id,
        unitId,
        year: 2024,
        status,
        decisionNumber: null,
        decisionDate: null,
        history: [],
        createdAt: at('2024-02-10'),
        updatedAt: at('2024-02-10'),
        entries: [
          { recordKind: kind, recordCode: code, reason: 'at-risk', signs: ['mun'], readable: true, inspectionDate: '2024-02-05', note: '' },
        ],
      });
    await list('DM-LC-2024-1', PROVINCE, 'approved', 'file', 'LC.01');
    await list('DM-SNV-2024-1', AGENCY, 'approved', 'fonds', 'P_SNV_LC');
    await list('DM-LC-2024-2', PROVINCE, 'draft', 'file', 'LC.02');
    // Digitised in 2024: one document of 12 pages stored, one rejected.
    await c.digitisation.putBatch({
      id: 'b1',
      name: 'Đợt 1',
      unitId: PROVINCE,
      listId: 'DM-LC-2024-1',
      state: 'stored',
      files: [{ fileCode: 'LC.01', title: 'Hồ sơ LC.01', expectedPages: 120 }],
      operator: '',
      equipment: '',
      dueDate: null,
      createdBy: 'a',
      createdAt: at('2024-04-01'),
      updatedAt: at('2024-05-01'),
      runStartedAt: null,
      runStartPages: 0,
      note: '',
      closedAt: null,
    });
    const doc = (ordinal: number, state: 'stored' | 'rejected') => ({
      batchId: 'b1',
      fileCode: 'LC.01',
      ordinal,
      state,
      sources: [],
      pages: 12,
      findings: [],
      pageInfo: [],
      pdfSha256: null,
      keptAsIs: false,
      kind: 'doc' as const,
      facts: {},
      decidedBy: null,
      decidedAt: null,
      decisionNote: null,
      updatedAt: at('2024-05-01'),
    });
    await c.digitisation.putDocument(doc(1, 'stored'));
    await c.digitisation.putDocument(doc(2, 'rejected'));
    // A reel filmed in 2024 (500 frames), one in 2023.
    for (const [id, filmedDate] of [
      ['r1', '2024-06-01'],
      ['r0', '2023-06-01'],
    ] as const)
      await c.microfilm.putReel({
        id,
        code: `VP-${id}`,
        unitId: PROVINCE,
        filmType: 'silver-halide',
        generation: 'master',
        filmedDate,
        frameCount: 500,
        reductionRatio: '1:14',
        standard: 'ISO 6199',
        notes: '',
        createdAt: at(filmedDate),
        updatedAt: at(filmedDate),
      } as never);
    // LC.01 copied to the three sites on 01/03/2024 (each written and read back: 3 checks) …
    await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'a'), SAMPLE_FILES), fileCode: 'LC.01' });
    // … audited on 20/11/2024 (3 more checks), with one incident that year …
    now = new Date('2024-11-20T03:00:00Z');
    await runAudit(ctx, { all: true });
    const object = await c.getObjectByFileCode('LC.01');
    await c.addIncident({
      id: 'i1',
      objectId: object!.id,
      site: null,
      path: null,
      code: 'DP-TEST',
      detail: '',
      createdAt: at('2024-11-20'),
      resolvedAt: null,
    });
    // … and SNV.01 copied on 01/02/2025.
    now = new Date('2025-02-01T03:00:00Z');
    await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'b'), SAMPLE_FILES), fileCode: 'SNV.01' });
    now = new Date('2025-12-20T03:00:00Z');
  }, 120_000);
  afterAll(async () => {
    await ctx?.close();
    tmp?.remove();
  });

  it('counts selection, digitisation, film and copies of 2024 over the province and its agency', async () => {
    expect(await computeYearFigures(ctx, [PROVINCE, AGENCY], 2024)).toEqual({
      fondsSelected: 2, // LC.01's fonds and the listed fonds P_SNV_LC
      shelfMetresSelected: 1.7, // LC.01's own holding 0.5 + all of P_SNV_LC 1.2; LC.02 is only on a draft
      filesListed: 1,
      pagesListed: 120,
      pagesDigitised: 12,
      documentsDigitised: 1,
      filmsMade: 1,
      filmFrames: 500,
      objectsBackedUp: 1,
      copiesMade: 3,
      copiesVerified: 3,
      objectsPolicyMet: 1,
      auditsDone: 6,
      incidents: 1,
    });
    // The agency alone: its fonds, no copy in 2024.
    expect(await computeYearFigures(ctx, [AGENCY], 2024)).toMatchObject({
      fondsSelected: 1,
      shelfMetresSelected: 1.2,
      filesListed: 0,
      objectsBackedUp: 0,
      copiesMade: 0,
    });
    expect(await computeYearFigures(ctx, [PROVINCE, AGENCY], 2025)).toMatchObject({
      fondsSelected: 0,
      filmsMade: 0,
      objectsBackedUp: 2,
      copiesMade: 3,
      copiesVerified: 6,
      auditsDone: 3,
      incidents: 0,
    });
  });

  it('lists statistics per fonds as they stood on any day', async () => {
    const end2024 = await statisticsList(ctx, undefined, { unitId: PROVINCE, at: '2024-12-31' });
    expect(
      end2024.rows.map((r) => [
        r.unitName,
        r.fondsCode,
        r.files,
        r.documents,
        r.pages,
        r.digitisedPages,
        r.filesBackedUp,
        r.copies,
        r.copiesVerified,
      ]),
    ).toEqual([
      ['Lào Cai', 'P_UBND_LC', 2, 1, 200, 12, 1, 3, 3],
      ['Sở Nội vụ tỉnh Lào Cai', 'P_SNV_LC', 1, 0, 40, 0, 0, 0, 0],
    ]);
    expect(end2024.totals).toMatchObject({ fonds: 2, files: 3, pages: 240, copies: 3, filesPolicyMet: 1 });
    const before = await statisticsList(ctx, undefined, { unitId: PROVINCE, at: '2024-02-29' });
    expect(before.totals).toMatchObject({ files: 3, copies: 0, filesBackedUp: 0 });
    const today = await statisticsList(ctx, undefined, { unitId: PROVINCE });
    expect(today.totals).toMatchObject({ files: 4, pages: 250, filesBackedUp: 2, copies: 6, copiesVerified: 6 });
    expect((await statisticsList(ctx, undefined, { unitId: AGENCY, at: '2025-12-31' })).rows).toHaveLength(1);
    // As a workbook to hand over: numbers stay numbers, a fonds name starting with "=" stays text.
    await ctx.catalogue.records.putFonds({ ...(await ctx.catalogue.records.getFonds('P_SNV_LC'))!, name: '=HYPERLINK("http://x")' });
    const sink = new PassThrough();
    const chunks: Buffer[] = [];
    sink.on('data', (b: Buffer) => chunks.push(b));
    await writeStatisticsXlsx(await statisticsList(ctx, undefined, { unitId: PROVINCE, at: '2024-12-31' }), sink);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.concat(chunks) as never);
    const sheet = book.getWorksheet('Thống kê')!;
    expect(sheet.getRow(4).values).toEqual([
      undefined,
      1,
      'Lào Cai',
      'Phông',
      'P_UBND_LC',
      'Phông UBND tỉnh Lào Cai',
      2,
      1,
      200,
      1,
      12,
      1,
      3,
      3,
      0,
      1,
    ]);
    expect(sheet.getRow(5).getCell(5).value).toBe('\'=HYPERLINK("http://x")');
    expect(sheet.getRow(6).getCell(2).value).toBe('Tổng cộng');
  });

  it('a unit report shows computed and declared figures side by side, its agencies, and its status', async () => {
    const view = await recordUnitReport(ctx, undefined, {
      unitId: PROVINCE,
      year: 2024,
      numberSymbol: '201/BC - SNV',
      date: '2024-12-16',
      narrative: 'Năm 2024 tỉnh đã lập bản sao bảo hiểm 1 hồ sơ.',
      declared: { pagesDigitised: '15', staffTrained: 4 },
    });
    expect(view).toMatchObject({ name: 'Lào Cai', level: 'province', deadline: '2024-12-15', status: 'late' });
    expect(view.reports[0]).toMatchObject({ numberSymbol: '201/BC-SNV', narrative: 'Năm 2024 tỉnh đã lập bản sao bảo hiểm 1 hồ sơ.' });
    expect(view.figures.find((f) => f.figure === 'pagesDigitised')).toEqual({
      figure: 'pagesDigitised',
      computed: 12,
      declared: 15,
      differs: true,
    });
    expect(view.figures.find((f) => f.figure === 'staffTrained')).toMatchObject({ computed: null, declared: 4 });
    expect(view.contributors).toEqual([
      expect.objectContaining({ unitId: AGENCY, name: 'Sở Nội vụ tỉnh Lào Cai', status: 'missing', date: null }),
    ]);
    expect(view.contributors[0]!.figures).toMatchObject({ fondsSelected: 1, shelfMetresSelected: 1.2 });
    await expect(
      recordUnitReport(ctx, undefined, { unitId: PROVINCE, year: 2024, numberSymbol: '2/BC-SNV', date: '2024-02-31' }),
    ).rejects.toMatchObject({ code: 'DP-REPORT-DATE' });
    await expect(
      recordUnitReport(ctx, undefined, {
        unitId: PROVINCE,
        year: 2024,
        numberSymbol: '2/BC-SNV',
        date: '2024-12-01',
        declared: { copiesMade: 'ba' },
      }),
    ).rejects.toMatchObject({ code: 'DP-REPORT-FIGURE-INVALID' });

    // The agency answers on time; the province's view of its agencies and the reminders follow.
    await recordUnitReport(ctx, undefined, { unitId: AGENCY, year: 2024, numberSymbol: '55/BC-SNV', date: '2024-12-09' });
    expect((await unitReport(ctx, undefined, { unitId: PROVINCE, year: 2024 })).contributors[0]).toMatchObject({
      status: 'submitted',
      date: '2024-12-09',
    });
    const over = await reportSubmissions(ctx, undefined, { year: 2025, over: PROVINCE });
    expect(over.rows).toEqual([
      { unitId: AGENCY, name: 'Sở Nội vụ tỉnh Lào Cai', deadline: '2025-12-10', status: 'missing', date: null, daysLeft: -10 },
    ]);
    expect(over.reminders).toHaveLength(1);
    const rollup = await rollupReport(ctx, undefined, { from: 2024, to: 2024, over: PROVINCE });
    expect(rollup.units.map((u) => u.name)).toEqual(['Sở Nội vụ tỉnh Lào Cai']);
    // The appendix quotes them as the narrative of 610/BC-BNV does.
    expect(summaryLines(rollup)[0]).toBe(
      'Số liệu năm 2024 (hệ thống tính từ cơ sở dữ liệu): 2 phông/công trình/sưu tập, 1,7 mét giá tài liệu được lựa chọn; 1 hồ sơ trong danh mục được duyệt; 12 trang tài liệu được số hóa; 1 cuộn vi phim; 3 bản sao dự phòng được lập, 3 bản sao được kiểm tra nguyên vẹn. Theo số liệu các đơn vị kê khai: trang tài liệu được số hóa: 15; lượt công chức được tập huấn: 4.',
    );
    expect(rollup.figures[2024]).toMatchObject({
      computed: { copiesMade: 3, fondsSelected: 2 },
      declared: { pagesDigitised: 15, staffTrained: 4 },
    });
  });
});
