import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { foldVietnamese } from '@duphong/core';
import { digitisationFigures } from './digitise-figures.js';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { SEED, relaxMediaPolicy, seedSelection } from '../testing/selection-seed.js';
import { generateDocumentPages, type GenerateOptions } from '../testing/scan-generator.js';
import { validateOcflPath } from '../ocfl/validate-path.js';
import { approveBackupList, createBackupList, proposeIntoBackupList, submitBackupList } from './backup-list.js';
import { createBatch, markArranged } from './digitise-batches.js';
import { receiveScans } from './digitise-receive.js';
import { readScanMap } from '../digitisation/read-scan-map.js';
import { decideDocument, reviewQueue, runBatch } from './digitise-run.js';
import { DuphongError } from '../errors.js';

/** Every file under `dir` whose name is `name`. */
function findAll(dir: string, name: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) out.push(...findAll(p, name));
    else if (entry === name) out.push(p);
  }
  return out;
}

async function refusal(p: Promise<unknown>): Promise<{ code: string; findings: string[] }> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DuphongError) return { code: error.code, findings: (error.findings ?? []).map((f) => f.code) };
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('digitisation: from the approved backup list to verified PDF/A backup copies with searchable OCR', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir();
    home = join(tmp.path, 'home');
    await initHome(home, true);
    relaxMediaPolicy(home);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    const list = await createBackupList(ctx, { unitId: '15', year: 2026, by: 'Nguyễn Văn An' });
    await proposeIntoBackupList(ctx, list.id, { by: 'Nguyễn Văn An', fondsCode: SEED.fonds });
    await submitBackupList(ctx, list.id, { by: 'Trần Thị Bình' });
    await approveBackupList(ctx, list.id, { by: 'Lê Văn Cường', decisionNumber: '12/QĐ-SNV', decisionDate: '20/02/2026' });
  });

  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const listId = async () => (await ctx.catalogue.selection.listLists({ unitId: '15' }))[0]!.id;

  /** Pages rendered by the generator, renamed by TT05's rule into `folder`; the ground truth back. */
  async function scans(folder: string, name: string, options: Omit<GenerateOptions, 'dir'>): Promise<string[]> {
    const pages = await generateDocumentPages({ ...options, dir: join(tmp.path, 'gen', name) });
    mkdirSync(folder, { recursive: true });
    pages.forEach((p, i) => {
      const ext = p.path.slice(p.path.lastIndexOf('.'));
      const target = pages.length === 1 ? `${name}${ext}` : `${name}.${String(i + 1).padStart(4, '0')}${ext}`;
      copyFileSync(p.path, join(folder, target));
    });
    return pages.map((p) => p.text);
  }

  it('refuses files not arranged, then digitises what passes quality control into three verified copies', async () => {
    // Only arranged files (chỉnh lý hoàn chỉnh) may be digitised.
    expect(await refusal(createBatch(ctx, undefined, { listId: await listId() }))).toEqual({
      code: 'DP-DIGITISE-NOTHING',
      findings: ['DP-DIGITISE-NOT-ARRANGED', 'DP-DIGITISE-NOT-ARRANGED', 'DP-DIGITISE-NOT-ARRANGED'],
    });
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026', by: 'Phạm Thu Hà' });
    await markArranged(ctx, undefined, SEED.recognised, { date: '16/03/2026', by: 'Phạm Thu Hà' });
    const { batch, findings } = await createBatch(ctx, undefined, {
      listId: await listId(),
      operator: 'Trần Văn Quét',
      equipment: 'Fujitsu fi-7600',
      dueDate: '31/12/2026',
    });
    expect(batch.files.map((f) => f.fileCode).sort()).toEqual([SEED.rotting, SEED.recognised].sort());
    expect(findings.map((f) => [f.code, f.name])).toEqual([['DP-DIGITISE-NOT-ARRANGED', SEED.unreadable]]);
    expect(batch.dueDate).toBe('2026-12-31');

    const folder = join(tmp.path, 'may-quet');
    const truth = await scans(folder, `${SEED.rotting}.0000001`, { seed: 1, pages: 2, dpi: 200, format: 'png', bodyLines: 6 });
    await scans(folder, `${SEED.rotting}.0000002`, { seed: 2, pages: 1, dpi: 200, format: 'tiff', bodyLines: 4 });
    await scans(folder, `${SEED.rotting}.0000003`, { seed: 3, pages: 1, variant: 'low-resolution', lowDpi: 100, bodyLines: 3 });
    // A map needs 300 dpi: one scanned at 200 is refused, one at 300 passes.
    await scans(folder, `${SEED.recognised}.0000001`, { seed: 4, pages: 1, dpi: 200, bodyLines: 3 });
    await scans(folder, `${SEED.recognised}.0000002`, { seed: 5, pages: 1, dpi: 300, paper: 'A5', bodyLines: 3 });
    writeFileSync(join(folder, 'ghi-chu.txt'), 'không phải bản quét');
    copyFileSync(join(folder, `${SEED.rotting}.0000002.tif`), join(folder, 'H99.2020.01.0000001.tif'));
    writeFileSync(join(folder, `${SEED.rotting}.0000004.png`), '');

    const received = await receiveScans(ctx, undefined, batch.id, folder, { reviewWarnings: false });
    expect(received.received).toBe(6);
    expect(received.findings.map((f) => f.code).sort()).toEqual(['DP-SCAN-EMPTY', 'DP-SCAN-NAME', 'DP-SCAN-NAME']);
    const state = (code: string, ordinal: number) => received.documents.find((d) => d.fileCode === code && d.ordinal === ordinal);
    expect(state(SEED.rotting, 1)).toMatchObject({ state: 'accepted', pages: 2 });
    expect(state(SEED.rotting, 3)?.state).toBe('rejected');
    expect(state(SEED.rotting, 3)?.findings.map((f) => f.code)).toContain('DP-SCAN-LOW-DPI');
    expect(state(SEED.recognised, 1)?.state).toBe('rejected');
    expect(state(SEED.recognised, 2)?.state).toBe('accepted');

    const phases = new Set<string>();
    const run = await runBatch(ctx, undefined, batch.id, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(['converting', 'packaging']);
    expect(run.batch.state).toBe('stored');
    expect(run.packaged.map((p) => p.fileCode).sort()).toEqual([SEED.rotting, SEED.recognised].sort());
    expect(run.progress.byState).toMatchObject({ stored: 3, rejected: 2 });

    // Three verified copies of each file, every site a valid OCFL root.
    for (const code of [SEED.rotting, SEED.recognised]) {
      const object = await ctx.catalogue.getObjectByFileCode(code);
      const copies = await ctx.catalogue.listCopies(object!.id);
      expect(copies.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    }
    for (const site of ctx.config.sites) {
      const report = await validateOcflPath(join(home, site.path!, 'ocfl'));
      expect(report.errors).toEqual([]);
    }

    // The AIP holds the PDF/A (image + OCR text), says confidenceLevel 02 and records the digitisation.
    const site = join(home, ctx.config.sites[0]!.path!);
    const pdfs = findAll(site, `${SEED.rotting}.0000001.pdf`);
    expect(pdfs.length).toBeGreaterThan(0);
    const pdf = readFileSync(pdfs[0]!).toString('latin1');
    expect(pdf).toMatch(/pdfaid:part(>|=")2/);
    const ead = readFileSync(findAll(site, `EAD_DOC_${SEED.rotting}.0000001.xml`)[0]!, 'utf8');
    expect(ead).toMatch(/confidenceLevel>02</);
    const premis = readFileSync(
      findAll(site, 'PREMIS.xml').find((p) => readFileSync(p, 'utf8').includes('imaging'))!,
      'utf8',
    );
    expect(premis).toContain('normalization');
    expect(premis).toContain('Trần Văn Quét');
    expect(premis).toContain('Fujitsu fi-7600');

    // The OCR text is searchable without accents, like the rest of the catalogue.
    const line = truth[0]!.split('\n').find((l) => l.split(' ').length >= 5)!;
    const phrase = foldVietnamese(line.split(' ').slice(1, 4).join(' '));
    const found = await ctx.catalogue.search.search(phrase, { filters: {}, allowedModes: ['01', '02', '03'], limit: 10, offset: 0 });
    expect(found.hits.map((h) => h.code)).toContain(`${SEED.rotting}.0000001`);
    const file = await ctx.catalogue.records.getFile(SEED.rotting);
    expect(file?.fields).toMatchObject({ confidenceLevel: '02', paperFileCode: SEED.rotting });

    // The year's figures for the yearly report: what reached backup copies, what was rejected.
    const year = Number(run.documents.find((d) => d.state === 'stored')!.updatedAt.slice(0, 4));
    expect(await digitisationFigures(ctx, undefined, { year })).toEqual({
      year,
      unitId: null,
      batches: 1,
      documentsStored: 3,
      pagesStored: 4,
      documentsRejected: 2,
    });
    expect((await digitisationFigures(ctx, undefined, { year: year - 1 })).documentsStored).toBe(0);
  });

  it('sends documents with warnings to review; a person accepts one and rejects one, and the run goes on', async () => {
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026' });
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt thử xem xét' });
    const folder = join(tmp.path, 'may-quet');
    await scans(folder, `${SEED.rotting}.0000001`, { seed: 7, pages: 1, variant: 'blank' });
    await scans(folder, `${SEED.rotting}.0000002`, { seed: 8, pages: 1, variant: 'skew', skewDegrees: 6, bodyLines: 5 });
    const received = await receiveScans(ctx, undefined, batch.id, folder);
    expect(received.documents.map((d) => d.state)).toEqual(['review', 'review']);
    expect(received.documents[0]!.findings.map((f) => f.code)).toContain('DP-SCAN-BLANK');
    expect(received.documents[1]!.findings.map((f) => f.code)).toContain('DP-SCAN-SKEW');
    expect((await reviewQueue(ctx, undefined)).map((d) => d.ordinal)).toEqual([1, 2]);
    // Nothing is converted while a document of the file waits.
    expect((await runBatch(ctx, undefined, batch.id)).packaged).toEqual([]);
    await decideDocument(ctx, undefined, batch.id, SEED.rotting, 1, { accept: false, note: 'Trang trắng, quét lại', by: 'Lê Thị Duyệt' });
    const accepted = await decideDocument(ctx, undefined, batch.id, SEED.rotting, 2, {
      accept: true,
      by: 'Lê Thị Duyệt',
      note: 'Nghiêng nhẹ, vẫn đọc được',
    });
    expect(accepted).toMatchObject({ state: 'accepted', decidedBy: 'Lê Thị Duyệt' });
    expect(await refusal(decideDocument(ctx, undefined, batch.id, SEED.rotting, 2, { accept: true }))).toMatchObject({
      code: 'DP-REVIEW-NOT-WAITING',
    });
    const run = await runBatch(ctx, undefined, batch.id);
    expect(run.packaged.map((p) => [p.fileCode, p.documents])).toEqual([[SEED.rotting, 1]]);
    expect(run.batch.state).toBe('stored');
    const object = await ctx.catalogue.getObjectByFileCode(SEED.rotting);
    const events = await ctx.catalogue.listEvents({ objectId: object!.id });
    expect(events.find((e) => e.type === 'validation' && e.detail.includes('Lê Thị Duyệt'))).toBeDefined();
  });

  it('keeps photographs and recordings unchanged, checked by their headers and described by EAD_pic / EAD_media', async () => {
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026' });
    const T = '2026-02-01T08:00:00.000+07:00';
    await ctx.catalogue.records.putDocument({
      id: `${SEED.rotting}.0000005`,
      fileCode: SEED.rotting,
      ordinal: 5,
      kind: 'pic',
      fields: { subject: 'Ảnh lễ công bố tái lập tỉnh Lào Cai', mode: '01' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt ảnh và phim' });
    const folder = join(tmp.path, 'phim-anh');
    await scans(folder, `${SEED.rotting}.0000005`, { seed: 21, pages: 1, dpi: 300, format: 'tiff', bodyLines: 2 });
    const ffmpeg = (args: string[]) => execFileSync('ffmpeg', ['-v', 'error', '-y', ...args]);
    // Motion JPEG at high quality: ~3,900 kbps, above TT05's 1,500 kbps for video.
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'testsrc=duration=2:size=640x360:rate=25',
      '-c:v',
      'mjpeg',
      '-q:v',
      '2',
      join(folder, `${SEED.rotting}.0000006.mkv`),
    ]);
    ffmpeg([
      '-f',
      'lavfi',
      '-i',
      'sine=frequency=440:duration=2',
      '-c:a',
      'libmp3lame',
      '-b:a',
      '64k',
      join(folder, `${SEED.rotting}.0000007.mp3`),
    ]);
    writeFileSync(join(folder, `${SEED.rotting}.0000008.wav`), Buffer.from('RIFF hỏng'));
    const received = await receiveScans(ctx, undefined, batch.id, folder, { reviewWarnings: false });
    const byOrdinal = new Map(received.documents.map((d) => [d.ordinal, d]));
    expect(byOrdinal.get(5)).toMatchObject({ state: 'accepted', kind: 'pic', keptAsIs: true, facts: { typePic: '02' } });
    expect(byOrdinal.get(6)).toMatchObject({
      state: 'accepted',
      kind: 'media',
      keptAsIs: true,
      facts: { typeMedia: '02', playTime: '0:00:02' },
    });
    expect(byOrdinal.get(7)?.state).toBe('rejected');
    expect(byOrdinal.get(7)?.findings.map((f) => f.code)).toEqual(['DP-MEDIA-LOW-BITRATE']);
    expect(byOrdinal.get(8)?.findings.map((f) => f.code)).toEqual(['DP-MEDIA-UNREADABLE']);

    const run = await runBatch(ctx, undefined, batch.id);
    expect(run.packaged.map((p) => p.documents)).toEqual([2]);
    const site = join(home, ctx.config.sites[0]!.path!);
    // Kept byte for byte, under the document's code.
    const video = findAll(site, `${SEED.rotting}.0000006.mkv`)[0]!;
    expect(readFileSync(video).equals(readFileSync(join(folder, `${SEED.rotting}.0000006.mkv`)))).toBe(true);
    expect(findAll(site, `${SEED.rotting}.0000005.tif`)).not.toEqual([]);
    const media = readFileSync(findAll(site, `EAD_MEDIA_${SEED.rotting}.0000006.xml`)[0]!, 'utf8');
    expect(media).toMatch(/<typeMedia>02<\/typeMedia>/);
    expect(media).toMatch(/<playTime>0:00:02<\/playTime>/);
    const pic = readFileSync(findAll(site, `EAD_PIC_${SEED.rotting}.0000005.xml`)[0]!, 'utf8');
    expect(pic).toMatch(/<imageTitle>Ảnh lễ công bố tái lập tỉnh Lào Cai<\/imageTitle>/);
  });

  it('looks at a watched folder again without receiving twice; a scan still being written waits', async () => {
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026' });
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Thư mục máy quét' });
    const folder = join(tmp.path, 'may-quet');
    await scans(folder, `${SEED.rotting}.0000001`, { seed: 7, pages: 1, variant: 'blank' });
    expect((await receiveScans(ctx, undefined, batch.id, folder)).received).toBe(1);
    await decideDocument(ctx, undefined, batch.id, SEED.rotting, 1, { accept: false, note: 'Trang trắng' });
    const again = await receiveScans(ctx, undefined, batch.id, folder);
    expect(again.received).toBe(0);
    expect((await ctx.catalogue.digitisation.getDocument(batch.id, SEED.rotting, 1))?.state).toBe('rejected');
    // A new scan modified after the cut-off is left for the next look.
    await scans(folder, `${SEED.rotting}.0000002`, { seed: 8, pages: 1, variant: 'blank' });
    const cutOff = statSync(join(folder, `${SEED.rotting}.0000002.png`)).mtimeMs - 1;
    expect((await receiveScans(ctx, undefined, batch.id, folder, { settledBefore: cutOff })).received).toBe(0);
    expect((await receiveScans(ctx, undefined, batch.id, folder, { settledBefore: cutOff + 10_000 })).received).toBe(1);
  });

  it('receives scans a station named its own way through a map sheet, kept under their TT05 names', async () => {
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026' });
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Bảng ánh xạ' });
    const folder = join(tmp.path, 'may-quet-2');
    const pages = await generateDocumentPages({ seed: 31, pages: 2, dir: join(tmp.path, 'gen-map'), bodyLines: 3 });
    mkdirSync(folder, { recursive: true });
    copyFileSync(pages[0]!.path, join(folder, 'IMG_0001.png'));
    copyFileSync(pages[1]!.path, join(folder, 'IMG_0002.png'));
    const sheet = join(tmp.path, 'anh-xa.csv');
    writeFileSync(sheet, `Tên tệp,Mã hồ sơ,Số thứ tự văn bản,Trang\nIMG_0001.png,${SEED.rotting},1,1\nIMG_0002.png,${SEED.rotting},1,2\n`);
    const { map, findings } = await readScanMap(sheet);
    expect(findings).toEqual([]);
    const received = await receiveScans(ctx, undefined, batch.id, folder, { map });
    expect(received.findings).toEqual([]);
    expect(received.documents.map((d) => [d.ordinal, d.sources, d.pages])).toEqual([
      [1, [`${SEED.rotting}.0000001.0001.png`, `${SEED.rotting}.0000001.0002.png`], 2],
    ]);
    // Without the map, the same names follow no rule.
    const bare = await receiveScans(ctx, undefined, batch.id, folder);
    expect(bare.findings.map((f) => f.code)).toEqual(['DP-SCAN-NAME', 'DP-SCAN-NAME']);
  });
});
