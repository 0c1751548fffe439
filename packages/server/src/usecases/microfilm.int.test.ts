import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock, Principal, Role } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { FILM_DOCUMENT, FILM_FILES, FILM_UNITS, seedFilmRecords } from '../testing/microfilm-seed.js';
import { DuphongError } from '../errors.js';
import {
  analogueCopiesOf,
  inspectDuplicate,
  listReelViews,
  microfilmFigures,
  reelView,
  saveDuplicate,
  saveFrames,
  saveReel,
  type ReelInput,
} from './microfilm.js';
import { readRecordPage } from './record-page.js';

/*
 * Microfilm on a real home (SQLite catalogue): a reel of Lào Cai registered with its frames, two
 * copies in two stores, inspections; refusals carry DP-FILM findings; a Yên Bái archivist sees
 * none of it; the record page and the yearly figures count the copies.
 */
const person = (userId: string, roles: Role[], units: 'all' | string[]): Principal => ({
  userId,
  username: userId,
  roles,
  units: units === 'all' ? 'all' : new Set(units),
});
const archivist = person('ltv-lao-cai', ['archivist'], [FILM_UNITS.laoCai]);
const farArchivist = person('ltv-yen-bai', ['archivist'], [FILM_UNITS.yenBai]);
const REEL: ReelInput = {
  code: 'VP-15-0001',
  unitId: FILM_UNITS.laoCai,
  filmType: '35mm',
  filmedDate: '15/06/1998',
  frameCount: 600,
  reductionRatio: '1:14',
  standard: 'ISO 6199',
};
const errorOf = async (p: Promise<unknown>): Promise<DuphongError> => {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  if (!(e instanceof DuphongError)) throw new Error(`expected a DuphongError, got ${String(e)}`);
  return e;
};

describe('microfilm as a backup copy', () => {
  const tmp = tempDir('duphong-microfilm-');
  let ctx: Context;
  const clock: Clock = { now: () => new Date('2026-12-04T02:00:00Z') };

  beforeAll(async () => {
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    await seedFilmRecords(ctx.catalogue);
  });
  afterAll(async () => {
    await ctx?.close();
    tmp.remove();
  });

  it('registers a reel, its frames, two copies and an inspection; the record page and the figures count them', async () => {
    const { reel, findings } = await saveReel(ctx, archivist, REEL);
    expect(findings).toEqual([]);
    expect(reel).toMatchObject({ code: 'VP-15-0001', filmedDate: '1998-06-15', generation: 'master', unitId: FILM_UNITS.laoCai });
    await saveFrames(ctx, archivist, reel.id, [
      { fileCode: FILM_FILES.laoCai, frameFrom: 1, frameTo: 120 },
      { fileCode: FILM_FILES.laoCai, documentId: FILM_DOCUMENT, frameFrom: 121, frameTo: 180 },
    ]);
    const { frames } = await saveFrames(ctx, archivist, 'VP-15-0001', [{ fileCode: FILM_FILES.laoCai2, frameFrom: 181, frameTo: 600 }], {
      append: true,
    });
    expect(frames.map((f) => [f.fileCode, f.frameFrom, f.frameTo])).toEqual([
      [FILM_FILES.laoCai, 1, 120],
      [FILM_FILES.laoCai, 121, 180],
      [FILM_FILES.laoCai2, 181, 600],
    ]);
    const master = await saveDuplicate(ctx, archivist, reel.id, {
      code: 'A',
      generation: 'master',
      location: 'Kho Trung tâm Lưu trữ quốc gia I',
    });
    const dup = await saveDuplicate(ctx, archivist, reel.id, {
      code: 'B1',
      location: 'Kho lưu trữ dự phòng Đà Lạt',
      medium: 'polyester',
      createdDate: '10/01/1999',
    });
    expect(dup).toMatchObject({ generation: 'duplicate-negative', condition: '01', createdDate: '1999-01-10' });
    const inspected = await inspectDuplicate(ctx, archivist, master.id, {
      date: '02/11/2026',
      signs: ['hoi-chung-giam', 'tray-xuoc'],
      readable: true,
      condition: '01',
    });
    expect(inspected.duplicate.condition).toBe('01');
    expect(inspected.inspection.inspector).toBe('ltv-lao-cai');
    expect(inspected.findings.map((f) => f.code)).toEqual(['DP-FILM-VINEGAR-GOOD']);
    const again = await inspectDuplicate(ctx, archivist, master.id, {
      date: '03/12/2026',
      signs: ['hoi-chung-giam', 'soc'],
      readable: true,
      condition: '02',
    });
    expect(again.findings.map((f) => f.code)).toEqual(['DP-FILM-SIGN-UNKNOWN']);
    expect(again.duplicate.condition).toBe('02');

    const copies = await analogueCopiesOf(ctx, archivist, FILM_FILES.laoCai);
    expect(copies.map((c) => [c.reelCode, c.duplicateCode, c.location, c.condition, c.lastInspection?.date ?? null])).toEqual([
      ['VP-15-0001', 'A', 'Kho Trung tâm Lưu trữ quốc gia I', '02', '2026-12-03'],
      ['VP-15-0001', 'B1', 'Kho lưu trữ dự phòng Đà Lạt', '01', null],
    ]);
    expect(copies.map((c) => c.counts)).toEqual([true, true]);
    expect(copies[0]!.frames).toEqual([
      { frameFrom: 1, frameTo: 120, documentId: null },
      { frameFrom: 121, frameTo: 180, documentId: FILM_DOCUMENT },
    ]);
    const page = await readRecordPage(ctx, archivist, FILM_FILES.laoCai);
    expect(page.analogueCopies.map((c) => c.duplicateCode)).toEqual(['A', 'B1']);
    expect((await readRecordPage(ctx, person('admin', ['system-admin'], 'all'), FILM_FILES.yenBai)).analogueCopies).toEqual([]);

    const figures = await microfilmFigures(ctx, archivist, { year: 1998 });
    expect(figures.units).toEqual([
      {
        unitId: FILM_UNITS.laoCai,
        reels: 1,
        frames: 600,
        filesCovered: 2,
        duplicates: 2,
        duplicatesByCondition: { '01': 1, '02': 1, '03': 0 },
      },
    ]);
    expect(figures.total.duplicates).toBe(2);
    expect((await microfilmFigures(ctx, archivist, { year: 1999 })).units).toEqual([]);
    expect((await microfilmFigures(ctx, farArchivist, { year: 1998 })).units).toEqual([]);
    expect((await microfilmFigures(ctx, farArchivist, { year: 1998, unitId: FILM_UNITS.laoCai })).units).toEqual([]);
  });

  it('refuses overlapping, out-of-reel and unknown frames with DP-FILM findings, and keeps what was there', async () => {
    const { reel } = await saveReel(ctx, archivist, { ...REEL, code: 'VP-15-0002', frameCount: 300 });
    await saveFrames(ctx, archivist, reel.id, [{ fileCode: FILM_FILES.laoCai2, frameFrom: 1, frameTo: 100 }]);
    const e = await errorOf(
      saveFrames(
        ctx,
        archivist,
        reel.id,
        [
          { fileCode: FILM_FILES.laoCai, frameFrom: 90, frameTo: 150 },
          { fileCode: 'H15.99.9999.999', frameFrom: 151, frameTo: 200 },
          { fileCode: FILM_FILES.laoCai2, documentId: FILM_DOCUMENT, frameFrom: 201, frameTo: 250 },
          { fileCode: FILM_FILES.laoCai, frameFrom: 280, frameTo: 320 },
        ],
        { append: true },
      ),
    );
    expect(e.code).toBe('DP-FILM-INVALID');
    expect(e.findings?.map((f) => f.code).sort()).toEqual([
      'DP-FILM-DOCUMENT-UNKNOWN',
      'DP-FILM-FILE-UNKNOWN',
      'DP-FILM-FRAMES-BEYOND',
      'DP-FILM-FRAMES-OVERLAP',
    ]);
    expect(e.vi).toContain('vượt quá số khung của cuộn (300)');
    expect(e.en).toContain('overlap');
    expect((await reelView(ctx, archivist, reel.id)).frames).toHaveLength(1);
    // A reel cannot be made shorter than the frames it holds, and a reel number is registered once.
    expect((await errorOf(saveReel(ctx, archivist, { ...REEL, code: 'VP-15-0002', frameCount: 50 }, reel.id))).findings?.[0]?.code).toBe(
      'DP-FILM-FRAMES-BEYOND',
    );
    expect((await errorOf(saveReel(ctx, archivist, { ...REEL, code: 'VP-15-0001' }))).code).toBe('DP-FILM-CODE-TAKEN');
    expect((await errorOf(saveReel(ctx, archivist, { ...REEL, code: 'VP-X', filmedDate: '31/02/1998' }))).code).toBe('DP-FILM-DATE');
    const noLocation = saveDuplicate(ctx, archivist, reel.id, { code: 'B1', location: ' ' });
    expect((await errorOf(noLocation)).code).toBe('DP-FILM-DUPLICATE-INCOMPLETE');
  });

  it('keeps another unit’s archivist out: unknown reels and copies, no writes into Lào Cai, no frames of unseen files', async () => {
    const reel = (await listReelViews(ctx, archivist)).find((r) => r.code === 'VP-15-0001')!;
    expect(await listReelViews(ctx, farArchivist)).toEqual([]);
    expect((await errorOf(reelView(ctx, farArchivist, reel.id))).code).toBe('DP-FILM-REEL-UNKNOWN');
    expect((await errorOf(saveReel(ctx, farArchivist, REEL, reel.id))).code).toBe('DP-FILM-REEL-UNKNOWN');
    expect((await errorOf(saveReel(ctx, farArchivist, { ...REEL, code: 'VP-NEW' }))).code).toBe('DP-OUT-OF-SCOPE');
    expect((await errorOf(saveDuplicate(ctx, farArchivist, reel.id, { code: 'C', location: 'Kho Yên Bái' }))).code).toBe(
      'DP-FILM-REEL-UNKNOWN',
    );
    const dupId = reel.duplicates[0]!.id;
    const inspect = inspectDuplicate(ctx, farArchivist, dupId, { date: '01/12/2026', signs: [], readable: true, condition: '01' });
    expect((await errorOf(inspect)).code).toBe('DP-FILM-DUPLICATE-UNKNOWN');
    expect(await analogueCopiesOf(ctx, farArchivist, FILM_FILES.laoCai)).toEqual([]);
    // Their own reel may not name a Lào Cai file: to them it does not exist.
    const own = await saveReel(ctx, farArchivist, { ...REEL, code: 'VP-YB-0001', unitId: FILM_UNITS.yenBai });
    const e = await errorOf(saveFrames(ctx, farArchivist, own.reel.id, [{ fileCode: FILM_FILES.laoCai, frameFrom: 1, frameTo: 10 }]));
    expect(e.findings?.map((f) => f.code)).toEqual(['DP-FILM-FILE-UNKNOWN']);
    expect((await listReelViews(ctx, farArchivist)).map((r) => r.code)).toEqual(['VP-YB-0001']);
  });
});
