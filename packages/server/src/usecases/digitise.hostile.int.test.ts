import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { SEED, relaxMediaPolicy, seedSelection } from '../testing/selection-seed.js';
import { generateDocumentPages, type GenerateOptions } from '../testing/scan-generator.js';
import { asSeparateTask } from '../adapters/locks/task-locks.js';
import { createBatch, markArranged } from './digitise-batches.js';
import { receiveScans } from './digitise-receive.js';
import { closeBatch, decideDocument, runBatch } from './digitise-run.js';
import { pdfPathOf } from './digitise-convert.js';
import { DuphongError } from '../errors.js';

/*
 * Hostile use of digitisation (issue 10): careless operators and racing requests. Each test was
 * written failing against the code as merged, then the smallest fix made it pass.
 */

async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (error instanceof DuphongError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('digitisation under hostile use', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir();
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    relaxMediaPolicy(home);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    await markArranged(ctx, undefined, SEED.rotting, { date: '15/03/2026' });
  });

  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  /** One generated page copied into `folder` as `<name><ext>`. */
  async function scan(folder: string, name: string, options: Omit<GenerateOptions, 'dir' | 'pages'>): Promise<void> {
    const [page] = await generateDocumentPages({ ...options, pages: 1, dir: join(tmp.path, 'gen', `${name}-${options.seed}`) });
    mkdirSync(folder, { recursive: true });
    copyFileSync(page!.path, join(folder, `${name}${page!.path.slice(page!.path.lastIndexOf('.'))}`));
  }

  /** A batch of the rotting file whose document 1 waits for review (a blank page). */
  async function waitingBatch(): Promise<string> {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting] });
    await scan(join(tmp.path, 'quet'), `${SEED.rotting}.0000001`, { seed: 7, variant: 'blank' });
    const received = await receiveScans(ctx, undefined, batch.id, join(tmp.path, 'quet'));
    expect(received.documents.map((d) => d.state)).toEqual(['review']);
    return batch.id;
  }

  it('refuses a rejection whose reason is only blanks, whoever calls (the CLI checks only that --note is given)', async () => {
    const batchId = await waitingBatch();
    expect(await refusal(decideDocument(ctx, undefined, batchId, SEED.rotting, 1, { accept: false, note: '   ' }))).toBe(
      'DP-REVIEW-REASON',
    );
    expect(await refusal(decideDocument(ctx, undefined, batchId, SEED.rotting, 1, { accept: false }))).toBe('DP-REVIEW-REASON');
    expect((await ctx.catalogue.digitisation.getDocument(batchId, SEED.rotting, 1))!.state).toBe('review');
  });

  it('lets only one of two simultaneous decisions on the same document through', async () => {
    const batchId = await waitingBatch();
    const outcomes = await Promise.allSettled([
      decideDocument(ctx, undefined, batchId, SEED.rotting, 1, { accept: true, by: 'Người A' }),
      decideDocument(ctx, undefined, batchId, SEED.rotting, 1, { accept: false, note: 'Trang trắng', by: 'Người B' }),
    ]);
    // Before: both answered 200 and the second silently overwrote the first decision.
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const doc = (await ctx.catalogue.digitisation.getDocument(batchId, SEED.rotting, 1))!;
    const winner = (outcomes.find((o) => o.status === 'fulfilled') as PromiseFulfilledResult<{ state: string; decidedBy: string }>).value;
    expect({ state: doc.state, decidedBy: doc.decidedBy }).toEqual({ state: winner.state, decidedBy: winner.decidedBy });
  });

  it('refuses to receive into a batch while its run holds it, changing nothing', async () => {
    const batchId = await waitingBatch();
    const again = join(tmp.path, 'quet-lai');
    await scan(again, `${SEED.rotting}.0000001`, { seed: 9 });
    // A run (CLI or the HTTP job) holds the batch; a receive from another request must not reset
    // the documents the run is converting under it.
    const code = await ctx.locks.hold(`so-hoa:${batchId}`, 'digitise', () =>
      asSeparateTask(() => refusal(receiveScans(ctx, undefined, batchId, again))),
    );
    expect(code).toBe('DP-LOCKED');
    expect((await ctx.catalogue.digitisation.getDocument(batchId, SEED.rotting, 1))!.state).toBe('review');
  });

  it('lets a rescan in another format replace the earlier scan of the same document', async () => {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting] });
    // First delivery: a 100 dpi JPEG, rejected (document 2 waits for review: the batch stays open).
    await scan(join(tmp.path, 'lan-1'), `${SEED.rotting}.0000001`, { seed: 3, format: 'jpeg', variant: 'low-resolution' });
    await scan(join(tmp.path, 'lan-1'), `${SEED.rotting}.0000002`, { seed: 7, variant: 'blank' });
    const first = await receiveScans(ctx, undefined, batch.id, join(tmp.path, 'lan-1'));
    expect(first.documents.map((d) => d.state)).toEqual(['rejected', 'review']);
    // The operator rescans at 200 dpi, as PNG this time.
    await scan(join(tmp.path, 'lan-2'), `${SEED.rotting}.0000001`, { seed: 3, format: 'png' });
    const second = await receiveScans(ctx, undefined, batch.id, join(tmp.path, 'lan-2'));
    const doc = second.documents.find((d) => d.ordinal === 1)!;
    // Before: the rejected JPEG stayed beside the PNG, DP-SCAN-DUPLICATE-NAME rejected the
    // document again, and no rescan could ever pass without deleting files by hand.
    expect(doc.sources).toEqual([`${SEED.rotting}.0000001.png`]);
    expect(doc.findings.map((f) => f.code)).not.toContain('DP-SCAN-DUPLICATE-NAME');
    expect(doc.state).not.toBe('rejected');
  });

  it('does not undo a review decision when the same folder is received again (--watch looks again every 10 s)', async () => {
    const batchId = await waitingBatch();
    await decideDocument(ctx, undefined, batchId, SEED.rotting, 1, { accept: true, by: 'Lê Thị Duyệt', note: 'Trang trắng có chủ đích' });
    const again = await receiveScans(ctx, undefined, batchId, join(tmp.path, 'quet'));
    // Before: the unchanged scan was received again, the document went back to review and the
    // reviewer's decision was erased (a converted one lost its PDF and was converted again).
    expect(again.received).toBe(0);
    const doc = (await ctx.catalogue.digitisation.getDocument(batchId, SEED.rotting, 1))!;
    expect({ state: doc.state, decidedBy: doc.decidedBy }).toEqual({ state: 'accepted', decidedBy: 'Lê Thị Duyệt' });
  });

  it('never stores a document kept as is (PDF/A) with fewer pages than were checked', async () => {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting] });
    // A scanning station that writes one PDF/A per page: two pages of document 1.
    const folder = join(tmp.path, 'pdfa');
    for (const page of [1, 2]) {
      const png = join(tmp.path, 'png', String(page));
      await scan(png, 'trang', { seed: 20 + page });
      const name = `${SEED.rotting}.0000001.000${page}`;
      execFileSync('/usr/bin/python3', ['-m', 'img2pdf', join(png, 'trang.png'), '-o', join(tmp.path, `${name}.plain.pdf`)]);
      mkdirSync(folder, { recursive: true });
      execFileSync('ocrmypdf', [
        '--output-type',
        'pdfa-2',
        '--skip-text',
        '--tesseract-timeout',
        '0',
        '-q',
        join(tmp.path, `${name}.plain.pdf`),
        join(folder, `${name}.pdf`),
      ]);
    }
    const received = await receiveScans(ctx, undefined, batch.id, folder);
    if (received.documents[0]!.state === 'review') await decideDocument(ctx, undefined, batch.id, SEED.rotting, 1, { accept: true });
    await runBatch(ctx, undefined, batch.id);
    const doc = (await ctx.catalogue.digitisation.getDocument(batch.id, SEED.rotting, 1))!;
    // Before: the document was "kept as is" by copying its first file only; page 2 was lost while
    // the catalogue recorded numberOfPage 2.
    if (doc.state === 'stored') {
      const info = execFileSync('pdfinfo', [pdfPathOf(ctx, doc)], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(doc.pages);
    } else {
      expect(doc.state).toBe('rejected');
      expect(doc.findings.map((f) => f.code)).toContain('DP-PDF-KEPT-NOT-ALONE');
    }
  });

  it('does not keep as is a PDF that claims PDF/A but carries JavaScript (PDF/A forbids it)', async () => {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting] });
    const png = join(tmp.path, 'png-js');
    await scan(png, 'trang', { seed: 31 });
    const plain = join(tmp.path, 'plain.pdf');
    execFileSync('/usr/bin/python3', ['-m', 'img2pdf', join(png, 'trang.png'), '-o', plain]);
    const folder = join(tmp.path, 'js');
    mkdirSync(folder, { recursive: true });
    // The claim is only XMP anyone can write; the script hides in a compressed object stream.
    const forge = [
      'import pikepdf, sys',
      'pdf = pikepdf.open(sys.argv[1])',
      "pdf.Root.OpenAction = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String('app.alert(1)')))",
      'with pdf.open_metadata(set_pikepdf_as_editor=False) as m:',
      "    m['pdfaid:part'] = '2'; m['pdfaid:conformance'] = 'B'",
      'pdf.save(sys.argv[2], object_stream_mode=pikepdf.ObjectStreamMode.generate)',
    ].join('\n');
    execFileSync('/usr/bin/python3', ['-c', forge, plain, join(folder, `${SEED.rotting}.0000001.pdf`)]);
    const received = await receiveScans(ctx, undefined, batch.id, folder);
    const doc = received.documents[0]!;
    // Before: DP-PDF-ALREADY-PDFA, kept as is: the script went into the backup copy unconverted.
    expect(doc.findings.map((f) => f.code)).not.toContain('DP-PDF-ALREADY-PDFA');
    expect(doc.keptAsIs).toBe(false);
  });

  it('does not silently keep one of two different scans with the same name in two sub-folders', async () => {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting] });
    const folder = join(tmp.path, 'hai-may');
    // Two scanning stations, two different pages, the same name.
    await scan(join(folder, 'may-1'), `${SEED.rotting}.0000001`, { seed: 41 });
    await scan(join(folder, 'may-2'), `${SEED.rotting}.0000001`, { seed: 42 });
    const received = await receiveScans(ctx, undefined, batch.id, folder);
    // Before: both copied to the same place, the second silently replaced the first.
    expect(received.received).toBe(0);
    expect(received.findings.map((f) => [f.code, f.name])).toEqual([
      ['DP-SCAN-DUPLICATE-NAME', `may-1/${SEED.rotting}.0000001.png`],
      ['DP-SCAN-DUPLICATE-NAME', `may-2/${SEED.rotting}.0000001.png`],
    ]);
  });

  it('keeps a file in one batch under way; a closed batch frees it and takes no more scans', async () => {
    const first = (await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt 1' })).batch;
    const twice = await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt 1b' }).catch((e: DuphongError) => e);
    expect(twice).toMatchObject({ code: 'DP-DIGITISE-NOTHING', findings: [{ code: 'DP-DIGITISE-IN-BATCH' }] });

    // A blank page waits for review; nobody will finish this batch.
    await scan(join(tmp.path, 'a'), `${SEED.rotting}.0000001`, { seed: 1, variant: 'blank' });
    await receiveScans(ctx, undefined, first.id, join(tmp.path, 'a'));
    expect(await refusal(closeBatch(ctx, undefined, first.id, { reason: '  ' }))).toBe('DP-BATCH-CLOSE-REASON');
    const closed = await closeBatch(ctx, undefined, first.id, { reason: 'Máy quét hỏng', by: 'Trần Văn Quét' });
    expect(closed.batch.state).toBe('rejected');
    expect(closed.documents.map((d) => [d.state, d.decidedBy, d.decisionNote, d.findings.at(-1)?.code])).toEqual([
      ['rejected', 'Trần Văn Quét', 'Đóng đợt: Máy quét hỏng', 'DP-BATCH-CLOSED'],
    ]);
    // A closed batch takes no more scans, not even of its rejected document.
    await scan(join(tmp.path, 'b'), `${SEED.rotting}.0000001`, { seed: 2, dpi: 200, bodyLines: 3 });
    expect(await refusal(receiveScans(ctx, undefined, first.id, join(tmp.path, 'b')))).toBe('DP-BATCH-CLOSED');

    // The file is free: a new batch, whose only document fails quality control, so it ends rejected.
    const second = (await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt 2' })).batch;
    await scan(join(tmp.path, 'c'), `${SEED.rotting}.0000001`, { seed: 3, variant: 'low-resolution', lowDpi: 100, bodyLines: 3 });
    await receiveScans(ctx, undefined, second.id, join(tmp.path, 'c'));
    expect((await runBatch(ctx, undefined, second.id)).batch.state).toBe('rejected');

    // A third batch holds the file now: a rescan sent to the ended second batch is not received.
    const third = (await createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt 3' })).batch;
    const late = await receiveScans(ctx, undefined, second.id, join(tmp.path, 'b'));
    expect(late.received).toBe(0);
    expect(late.findings.map((f) => f.code)).toEqual(['DP-DIGITISE-IN-BATCH']);

    // Closing the second (its document rejected by quality control, not by the close) ends it for good.
    await closeBatch(ctx, undefined, third.id, { reason: 'Lập nhầm' });
    await closeBatch(ctx, undefined, second.id, { reason: 'Quét lại ở đợt sau' });
    expect(await refusal(receiveScans(ctx, undefined, second.id, join(tmp.path, 'b')))).toBe('DP-BATCH-CLOSED');
  });

  it('never reopens a closed batch: not by a run, not by a decision, not by two creations at once', async () => {
    const [a, b] = await Promise.allSettled([
      createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt A' }),
      createBatch(ctx, undefined, { fileCodes: [SEED.rotting], name: 'Đợt B' }),
    ]);
    expect([a.status, b.status].sort()).toEqual(['fulfilled', 'rejected']);
    const refused = (a.status === 'rejected' ? a.reason : (b as PromiseRejectedResult).reason) as DuphongError;
    expect(['DP-LOCKED', 'DP-DIGITISE-NOTHING']).toContain(refused.code);
    const made = (a.status === 'fulfilled' ? a.value : (b as PromiseFulfilledResult<Awaited<ReturnType<typeof createBatch>>>).value).batch;

    const empty = await closeBatch(ctx, undefined, made.id, { reason: 'Không có bản quét' });
    expect(empty.batch).toMatchObject({ state: 'rejected', closedAt: expect.any(String) });
    expect(await refusal(runBatch(ctx, undefined, made.id))).toBe('DP-BATCH-CLOSED');
    expect((await ctx.catalogue.digitisation.getBatch(made.id))?.state).toBe('rejected');
    const again = await closeBatch(ctx, undefined, made.id, { reason: 'lần nữa' });
    expect(again.batch.note.match(/Đóng đợt/g)).toHaveLength(1); // closing twice adds no second note

    const waiting = await waitingBatch();
    await closeBatch(ctx, undefined, waiting, { reason: 'Dừng số hóa hồ sơ này' });
    expect(await refusal(decideDocument(ctx, undefined, waiting, SEED.rotting, 1, { accept: true }))).toBe('DP-BATCH-CLOSED');
  });
});
