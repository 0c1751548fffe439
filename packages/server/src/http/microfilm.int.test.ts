import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../testing/http-app.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';
import { FILM_DOCUMENT, FILM_FILES, FILM_UNITS, seedFilmRecords } from '../testing/microfilm-seed.js';

/*
 * The microfilm API: an archivist of Lào Cai registers a reel, its frames, a copy and an
 * inspection; refusals answer with DP-FILM findings; the record page lists the analogue copies;
 * an archivist of Yên Bái gets 404 for all of it and 403 writing into Lào Cai; a reader gets 403.
 */
describe('HTTP /api/microfilm', () => {
  let t: TestApp;
  let archivist: AuthHeaders;
  let far: AuthHeaders;
  let reader: AuthHeaders;
  let reelId = '';

  beforeAll(async () => {
    t = await startTestApp('duphong-http-microfilm-');
    await seedFilmRecords(t.ctx.catalogue);
    archivist = (await signedInUser(t.ctx, { username: 'ltv-lc', roles: ['archivist'], units: [FILM_UNITS.laoCai] })).headers;
    far = (await signedInUser(t.ctx, { username: 'ltv-yb', roles: ['archivist'], units: [FILM_UNITS.yenBai] })).headers;
    reader = (await signedInUser(t.ctx, { username: 'doc-gia', roles: ['reader'], units: [FILM_UNITS.laoCai] })).headers;
  });
  afterAll(async () => t?.close());

  const reel = {
    code: 'VP-15-0001',
    unitId: FILM_UNITS.laoCai,
    filmType: '35mm',
    filmedDate: '15/06/1998',
    frameCount: 600,
    reductionRatio: '1:14',
  };

  it('registers a reel with frames, a copy and an inspection, and shows them on the record page', async () => {
    const made = await t.call('POST', '/api/microfilm/reels', reel, undefined, archivist);
    expect(made.status).toBe(201);
    reelId = made.body.reel.id;
    expect(made.body.reel).toMatchObject({ code: 'VP-15-0001', filmedDate: '1998-06-15', generation: 'master' });
    const frames = await t.call(
      'PUT',
      `/api/microfilm/reels/${reelId}/frames`,
      {
        frames: [
          { fileCode: FILM_FILES.laoCai, frameFrom: 1, frameTo: 200 },
          { fileCode: FILM_FILES.laoCai, documentId: FILM_DOCUMENT, frameFrom: 201, frameTo: 260 },
        ],
      },
      undefined,
      archivist,
    );
    expect(frames.status).toBe(200);
    expect(frames.body.frames).toHaveLength(2);
    const overlap = await t.call(
      'PUT',
      `/api/microfilm/reels/${reelId}/frames`,
      { frames: [{ fileCode: FILM_FILES.laoCai2, frameFrom: 250, frameTo: 700 }], append: true },
      undefined,
      archivist,
    );
    expect(overlap.status).toBe(400);
    expect(overlap.body.error.code).toBe('DP-FILM-INVALID');
    expect(overlap.body.error.findings.map((f: { code: string }) => f.code)).toEqual(['DP-FILM-FRAMES-BEYOND', 'DP-FILM-FRAMES-OVERLAP']);
    const copy = await t.call(
      'POST',
      `/api/microfilm/reels/${reelId}/duplicates`,
      { code: 'B1', location: 'Kho dự phòng Đà Lạt' },
      undefined,
      archivist,
    );
    expect(copy.status).toBe(201);
    const inspected = await t.call(
      'POST',
      `/api/microfilm/duplicates/${copy.body.id}/inspections`,
      { date: '03/12/2026', signs: ['tray-xuoc'], readable: true, condition: '02' },
      undefined,
      archivist,
    );
    expect(inspected.status).toBe(201);
    expect(inspected.body.duplicate.condition).toBe('02');
    const page = await t.call('GET', `/api/record-pages/${FILM_FILES.laoCai}`, undefined, undefined, archivist);
    expect(page.body.analogueCopies).toEqual([
      expect.objectContaining({ reelCode: 'VP-15-0001', duplicateCode: 'B1', location: 'Kho dự phòng Đà Lạt', condition: '02' }),
    ]);
    const copies = await t.call('GET', `/api/microfilm/files/${FILM_FILES.laoCai}/copies`, undefined, undefined, archivist);
    expect(copies.body.copies[0].lastInspection).toMatchObject({ date: '2026-12-03', signs: ['tray-xuoc'] });
    const byCode = await t.call('GET', '/api/microfilm/reels/VP-15-0001', undefined, undefined, archivist);
    expect(byCode.body.duplicates[0].inspections).toHaveLength(1);
    const figures = await t.call('GET', '/api/microfilm/figures?year=1998', undefined, undefined, archivist);
    expect(figures.body.total).toMatchObject({ reels: 1, frames: 600, filesCovered: 1, duplicates: 1 });
  });

  it('keeps other units and readers out', async () => {
    expect((await t.call('GET', `/api/microfilm/reels/${reelId}`, undefined, undefined, far)).status).toBe(404);
    expect((await t.call('GET', '/api/microfilm/reels', undefined, undefined, far)).body.reels).toEqual([]);
    expect((await t.call('GET', `/api/microfilm/files/${FILM_FILES.laoCai}/copies`, undefined, undefined, far)).status).toBe(404);
    const into = await t.call('POST', '/api/microfilm/reels', { ...reel, code: 'VP-X' }, undefined, far);
    expect([into.status, into.body.error.code]).toEqual([403, 'DP-OUT-OF-SCOPE']);
    const change = await t.call('PUT', `/api/microfilm/reels/${reelId}`, { ...reel, unitId: FILM_UNITS.yenBai }, undefined, far);
    expect(change.status).toBe(404);
    expect((await t.call('GET', '/api/microfilm/reels', undefined, undefined, reader)).status).toBe(403);
    expect((await t.call('POST', '/api/microfilm/reels', reel, undefined, reader)).status).toBe(403);
    expect((await t.call('GET', '/api/microfilm/reels', undefined, undefined, {})).status).toBe(401);
  });
});
