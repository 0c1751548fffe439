import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { ExcelJS } from '../adapters/exceljs.js';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { wordText, zipEntryText } from '../testing/zip-text.js';
import { SEED, seedSelection } from '../testing/selection-seed.js';
import { addToBackupList, approveBackupList, createBackupList, proposeIntoBackupList, submitBackupList } from './backup-list.js';
import { exportBackupList, type ExportFormat } from './backup-list-export.js';

describe('backup list export (XLSX, DOCX)', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let id: string;
  const out = (format: ExportFormat) => join(tmp.path, `danh-mục.${format}`);
  const write = async (format: ExportFormat) => {
    const stream = createWriteStream(out(format));
    await exportBackupList(ctx, id, format, stream, {
      unitName: 'Trung tâm Lưu trữ lịch sử tỉnh Lào Cai',
      approver: 'Sở Nội vụ tỉnh Lào Cai',
    });
    if (!stream.writableFinished) await new Promise<void>((r) => stream.on('finish', () => r()));
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-selection-export-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    id = (await createBackupList(ctx, { unitId: '15', year: 2026, by: 'An' })).id;
    await addToBackupList(
      ctx,
      id,
      [
        { recordKind: 'file', recordCode: SEED.rotting },
        { recordKind: 'file', recordCode: SEED.recognised, note: 'Bản đồ vẽ tay' },
        { recordKind: 'document', recordCode: SEED.document },
      ],
      { by: 'An' },
    );
    await submitBackupList(ctx, id, { by: 'Bình' });
    await approveBackupList(ctx, id, { by: 'Cường', decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' });
  });
  afterAll(async () => {
    await ctx?.close();
    tmp?.remove();
  });

  it('XLSX reads back with the title, decision, columns and one row per entry', async () => {
    await write('xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out('xlsx'));
    const sheet = book.getWorksheet('Danh mục')!;
    const text = (r: number, c: number) => String(sheet.getRow(r).getCell(c).value ?? '');
    expect(text(1, 1)).toBe('TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH LÀO CAI');
    expect(text(1, 4)).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text(4, 1)).toBe('DANH MỤC TÀI LIỆU LƯU TRỮ DỰ PHÒNG NĂM 2026');
    expect(text(5, 1)).toBe('(Kèm theo Quyết định số 45/QĐ-SNV ngày 05/03/2026 của Sở Nội vụ tỉnh Lào Cai)');
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => text(7, c))).toEqual([
      'STT',
      'Mã hồ sơ / tài liệu',
      'Tiêu đề',
      'Thời gian',
      'Lý do (giá trị đặc biệt / có nguy cơ hư hỏng)',
      'Dấu hiệu',
      'Ghi chú',
    ]);
    expect([1, 2, 3, 4, 5, 6].map((c) => text(9, c))).toEqual([
      '1',
      SEED.rotting,
      'Hồ sơ về việc tái lập tỉnh Lào Cai',
      '02/01/1991 – 28/12/1991',
      'Có nguy cơ hư hỏng',
      'mủn, mờ chữ (còn đọc được); kiểm tra ngày 20/01/2026',
    ]);
    expect(text(10, 5)).toBe('Giá trị đặc biệt');
    expect(text(10, 7)).toBe('Công nhận theo 08/QĐ-SNV ngày 15/01/2026 của Sở Nội vụ tỉnh Lào Cai; Bản đồ vẽ tay');
    expect([2, 3, 4].map((c) => text(11, c))).toEqual([SEED.document, 'Nghị quyết về việc tái lập tỉnh', '12/08/1991']);
    expect(text(13, 1)).toMatch(/^Danh mục này có 3 hồ sơ, tài liệu/);
    expect(text(15, 4)).toBe('THỦ TRƯỞNG CƠ QUAN, TỔ CHỨC');
    expect(text(16, 4)).toBe('(Ký, ghi rõ họ tên, đóng dấu)');
  });

  it('DOCX holds the same form in word/document.xml, A4 landscape', async () => {
    await write('docx');
    const xml = await zipEntryText(out('docx'), 'word/document.xml');
    const text = wordText(xml);
    for (const expected of [
      'TRUNG TÂM LƯU TRỮ LỊCH SỬ TỈNH LÀO CAI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'DANH MỤC TÀI LIỆU LƯU TRỮ DỰ PHÒNG NĂM 2026',
      '(Kèm theo Quyết định số 45/QĐ-SNV ngày 05/03/2026 của Sở Nội vụ tỉnh Lào Cai)',
      'Lý do (giá trị đặc biệt / có nguy cơ hư hỏng)',
      'Hồ sơ về việc tái lập tỉnh Lào Cai',
      'mủn, mờ chữ (còn đọc được); kiểm tra ngày 20/01/2026',
      'Bản đồ địa giới hành chính tỉnh Lào Cai',
      'Nghị quyết về việc tái lập tỉnh',
      'NGƯỜI LẬP DANH MỤC',
      '(Ký, ghi rõ họ tên, đóng dấu)',
    ])
      expect(text).toContain(expected);
    expect(text.indexOf(SEED.rotting)).toBeLessThan(text.indexOf(SEED.recognised));
    expect(xml).toMatch(/<w:pgSz [^>]*w:orient="landscape"/);
    const size = /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml);
    expect(Number(size?.[1])).toBeGreaterThan(Number(size?.[2])); // wider than high
  });

  it("prints the agency's name at the list date, not its id, and cites a proposed recognition once", async () => {
    const T = '2026-02-01T08:00:00.000+07:00';
    await ctx.catalogue.records.putFonds({
      ...({ code: 'P_LC_UB', name: 'Phông UBND tỉnh Lào Cai (cũ)', kind: 'fonds', status: 'closed' } as const),
      ...{ unitId: 'province-lao-cai', fields: {}, legacy: {}, createdAt: T, updatedAt: T },
    });
    await ctx.catalogue.records.putFile({
      ...{ code: 'H10.2000.07', fondsCode: 'P_LC_UB', title: 'Bản đồ quy hoạch', fields: { maintenance: '01' } },
      ...{ legacy: {}, createdAt: T, updatedAt: T },
    });
    await ctx.catalogue.selection.putRecognition({
      ...({ recordKind: 'file', recordCode: 'H10.2000.07', decisionNumber: '09/QĐ-SNV', decisionDate: '16/01/2026' } as const),
      ...{ issuer: 'Sở Nội vụ tỉnh Lào Cai', note: '', createdAt: T, updatedAt: T },
    });
    const merged = (await createBackupList(ctx, { unitId: 'province-2025-lao-cai', year: 2026, by: 'An' })).id;
    const proposed = await proposeIntoBackupList(ctx, merged, { by: 'An' });
    expect(proposed.list.entries.map((e) => e.recordCode)).toEqual(['H10.2000.07']);
    const file = join(tmp.path, 'lao-cai.docx');
    const stream = createWriteStream(file);
    await exportBackupList(ctx, merged, 'docx', stream);
    if (!stream.writableFinished) await new Promise<void>((r) => stream.on('finish', () => r()));
    const text = wordText(await zipEntryText(file, 'word/document.xml'));
    expect(text).toContain('TỈNH LÀO CAI');
    expect(text).not.toContain('PROVINCE-2025-LAO-CAI');
    expect(text.split('Công nhận theo 09/QĐ-SNV').length - 1).toBe(1);
  });
});
