import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/http-app.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';
import { generateDocumentPages } from '../testing/scan-generator.js';
import { receiveScans } from '../usecases/digitise-receive.js';
import { tempDir } from '../testing/homes.js';
import { copyFileSync, mkdirSync } from 'node:fs';

const T = '2026-03-01T08:00:00.000+07:00';
const UNIT_A = 'province-2025-lao-cai';
const UNIT_B = 'province-ha-noi';

/**
 * The digitisation API: one policy (`digitise`, unit scope), batches and the review queue of
 * one's own units only, the page shown as PNG, a rejection needs a reason.
 */
describe('digitisation API', () => {
  let t: TestApp;
  let digitiser: AuthHeaders;
  let reader: AuthHeaders;
  const scans = tempDir('duphong-dg-scans-');

  beforeAll(async () => {
    t = await startTestApp('duphong-dg-api-');
    for (const [suffix, unitId] of [
      ['A', UNIT_A],
      ['B', UNIT_B],
    ] as const) {
      await t.ctx.catalogue.records.putFonds({
        code: `P_${suffix}`,
        name: `Phông ${suffix}`,
        kind: 'fonds',
        status: 'open',
        unitId,
        fields: {},
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
      await t.ctx.catalogue.records.putFile({
        code: `HS.${suffix}`,
        fondsCode: `P_${suffix}`,
        title: `Hồ sơ của đơn vị ${suffix}`,
        fields: { mode: '01', arrangedDate: '2026-02-01', arrangedBy: 'Phạm Thu Hà' },
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
    }
    digitiser = (await signedInUser(t.ctx, { username: 'can-bo-so-hoa', roles: ['digitiser'], units: [UNIT_A] })).headers;
    reader = (await signedInUser(t.ctx, { username: 'doc-gia', roles: ['reader'], units: [UNIT_A] })).headers;
  });
  afterAll(async () => {
    await t.close();
    scans.remove();
  });

  let firstBatch = '';

  it('makes batches of one’s own units only, and lists only those', async () => {
    const own = await t.call(
      'POST',
      '/api/digitisation/batches',
      { fileCodes: ['HS.A'], name: 'Đợt A', dueDate: '31/12/2026' },
      undefined,
      digitiser,
    );
    expect(own.status).toBe(201);
    firstBatch = own.body.batch.id;
    expect(own.body.batch).toMatchObject({
      name: 'Đợt A',
      unitId: UNIT_A,
      state: 'planned',
      dueDate: '2026-12-31',
      createdBy: 'can-bo-so-hoa',
    });
    const other = await t.call('POST', '/api/digitisation/batches', { fileCodes: ['HS.B'] }, undefined, digitiser);
    expect([other.status, other.body.error.code]).toEqual([404, 'DP-FILE-UNKNOWN']);
    const adminB = await t.call('POST', '/api/digitisation/batches', { fileCodes: ['HS.B'], name: 'Đợt B' });
    expect(adminB.status).toBe(201);
    const list = await t.call('GET', '/api/digitisation/batches', undefined, undefined, digitiser);
    expect(list.body.batches.map((b: { batch: { name: string } }) => b.batch.name)).toEqual(['Đợt A']);
    const hidden = await t.call('GET', `/api/digitisation/batches/${adminB.body.batch.id}`, undefined, undefined, digitiser);
    expect([hidden.status, hidden.body.error.code]).toEqual([404, 'DP-BATCH-UNKNOWN']);
    const refused = await t.call('GET', '/api/digitisation/batches', undefined, undefined, reader);
    expect(refused.status).toBe(403);
  });

  it('keeps a file in one batch under way; closing that batch, with a reason, frees it', async () => {
    const twice = await t.call('POST', '/api/digitisation/batches', { fileCodes: ['HS.A'], name: 'Đợt trùng' }, undefined, digitiser);
    expect([twice.status, twice.body.error.code]).toEqual([400, 'DP-DIGITISE-NOTHING']);
    expect(twice.body.error.findings.map((f: { code: string }) => f.code)).toEqual(['DP-DIGITISE-IN-BATCH']);
    const bare = await t.call('POST', `/api/digitisation/batches/${firstBatch}/close`, { reason: ' ' }, undefined, digitiser);
    expect([bare.status, bare.body.error.code]).toEqual([400, 'DP-BATCH-CLOSE-REASON']);
    const byReader = await t.call('POST', `/api/digitisation/batches/${firstBatch}/close`, { reason: 'x' }, undefined, reader);
    expect(byReader.status).toBe(403);
    const closed = await t.call(
      'POST',
      `/api/digitisation/batches/${firstBatch}/close`,
      { reason: 'Máy quét chuyển sang kho khác' },
      undefined,
      digitiser,
    );
    expect(closed.status).toBe(200);
    expect(closed.body.batch.state).toBe('rejected');
    expect(closed.body.batch.note).toContain('Máy quét chuyển sang kho khác');
  });

  it('shows a waiting page as PNG, refuses a rejection without reason, records who decided', async () => {
    const created = await t.call('POST', '/api/digitisation/batches', { fileCodes: ['HS.A'], name: 'Đợt xem xét' }, undefined, digitiser);
    const id = created.body.batch.id as string;
    const gen = await generateDocumentPages({ seed: 11, pages: 1, dir: join(scans.path, 'gen'), variant: 'blank' });
    const folder = join(scans.path, 'in');
    mkdirSync(folder, { recursive: true });
    copyFileSync(gen[0]!.path, join(folder, 'HS.A.0000001.png'));
    await receiveScans(t.ctx, undefined, id, folder);
    const queue = await t.call('GET', '/api/digitisation/review', undefined, undefined, digitiser);
    expect(queue.body.review.map((d: { fileCode: string; ordinal: number; state: string }) => [d.fileCode, d.ordinal, d.state])).toEqual([
      ['HS.A', 1, 'review'],
    ]);

    const page = await t.app.inject({ method: 'GET', url: `/api/digitisation/batches/${id}/documents/HS.A/1/pages/1`, headers: digitiser });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toBe('image/png');
    expect(page.rawPayload.subarray(1, 4).toString('latin1')).toBe('PNG');
    const missing = await t.call('GET', `/api/digitisation/batches/${id}/documents/HS.A/1/pages/9`, undefined, undefined, digitiser);
    expect(missing.status).toBe(404);

    const noReason = await t.call(
      'POST',
      `/api/digitisation/batches/${id}/documents/HS.A/1/decision`,
      { accept: false },
      undefined,
      digitiser,
    );
    expect([noReason.status, noReason.body.error.code]).toEqual([400, 'DP-REVIEW-REASON']);
    const rejected = await t.call(
      'POST',
      `/api/digitisation/batches/${id}/documents/HS.A/1/decision`,
      { accept: false, note: 'Trang trắng', by: 'người khác' },
      undefined,
      digitiser,
    );
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({ state: 'rejected', decidedBy: 'can-bo-so-hoa', decisionNote: 'Trang trắng' });
    const view = await t.call('GET', `/api/digitisation/batches/${id}`, undefined, undefined, digitiser);
    expect(view.body.batch.state).toBe('rejected');
    const again = await t.call('POST', `/api/digitisation/batches/${id}/documents/HS.A/1/decision`, { accept: true }, undefined, digitiser);
    expect([again.status, again.body.error.code]).toEqual([409, 'DP-REVIEW-NOT-WAITING']);
  });

  it('records a file as arranged, by the signed-in user', async () => {
    const res = await t.call('PUT', '/api/files/HS.A/arranged', { date: '20/03/2026' }, undefined, digitiser);
    expect(res.status).toBe(403); // a digitiser does not edit the catalogue
    const ok = await t.call('PUT', '/api/files/HS.A/arranged', { date: '20/03/2026' });
    expect(ok.body).toMatchObject({ file: 'HS.A', arrangedDate: '2026-03-20' });
    const bad = await t.call('PUT', '/api/files/HS.A/arranged', { date: '31/02/2026' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'DP-DATE-INVALID']);
  });
});
