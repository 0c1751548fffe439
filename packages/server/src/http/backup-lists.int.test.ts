import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { SEED, seedSelection } from '../testing/selection-seed.js';
import { buildApp, type DuphongApp } from './app.js';
import { injectAs, signedInUser } from '../testing/sign-in.js';

describe('HTTP API: backup lists', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method, url, ...(payload && { payload }), headers });
    return {
      status: res.statusCode,
      body: (String(res.headers['content-type']).startsWith('application/json') ? res.json() : {}) as Json,
      res,
    };
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-http-selection-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    injectAs(app, (await signedInUser(ctx)).headers);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('runs a list from draft to approval, refusing with coded findings on the way', async () => {
    const created = await call('POST', '/api/backup-lists', { unitId: '15', year: 2026, by: 'Nguyễn Văn An' });
    expect(created.status).toBe(201);
    const id = created.body.list.id as string;
    expect(id).toBe('DM-15-2026-1');

    const proposed = await call('POST', `/api/backup-lists/${id}/propose`, { by: 'An', fondsCode: SEED.fonds });
    expect(proposed.status).toBe(200);
    expect(proposed.body.list.entries).toHaveLength(3);
    expect(proposed.body.findings).toEqual([
      {
        code: 'DP-SELECT-UNREADABLE',
        severity: 'warning',
        message: expect.stringMatching(/không còn đọc được/),
        path: `file:${SEED.unreadable}`,
      },
    ]);

    const refused = await call('POST', `/api/backup-lists/${id}/entries`, {
      by: 'An',
      entries: [{ recordCode: SEED.shortTerm }, { recordKind: 'file', recordCode: SEED.rotting }],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe('DP-SELECT-NOT-ELIGIBLE');
    expect(refused.body.error.findings.map((f: Json) => f.code)).toEqual(['DP-SELECT-NOT-ELIGIBLE', 'DP-SELECT-DUPLICATE-ENTRY']);

    const removed = await call('POST', `/api/backup-lists/${id}/entries/remove`, { by: 'An', entries: [{ recordCode: SEED.unreadable }] });
    expect(removed.body.list.entries.map((e: Json) => e.recordCode)).toEqual([SEED.recognised, SEED.rotting]);

    expect((await call('POST', `/api/backup-lists/${id}/submit`, { by: 'Trần Thị Bình' })).status).toBe(200);
    const noDecision = await call('POST', `/api/backup-lists/${id}/approve`, { by: 'Cường', decisionNumber: '', decisionDate: '' });
    expect([noDecision.status, noDecision.body.error.code]).toEqual([400, 'DP-SELECT-DECISION-MISSING']);
    const approved = await call('POST', `/api/backup-lists/${id}/approve`, {
      by: 'Lê Văn Cường',
      decisionNumber: '45/QĐ-SNV',
      decisionDate: '05/03/2026',
    });
    expect(approved.status).toBe(200);
    expect(approved.body.list).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' });

    const frozen = await call(
      'POST',
      `/api/backup-lists/${id}/entries`,
      { by: 'An', entries: [{ recordCode: SEED.shortTerm }] },
      { 'accept-language': 'en' },
    );
    expect(frozen.status).toBe(409);
    expect(frozen.body.error).toEqual({
      code: 'DP-SELECT-LIST-FROZEN',
      message: 'The list is approved and frozen: it cannot be changed.',
      findings: [{ code: 'DP-SELECT-LIST-FROZEN', severity: 'error', message: 'The list is approved and frozen: it cannot be changed.' }],
    });

    const shown = await call('GET', `/api/backup-lists/${id}`);
    expect(shown.body.list.history.map((h: Json) => h.action)).toEqual(['create', 'edit', 'edit', 'submit', 'approve']);
    expect(shown.body.rows[1]).toMatchObject({ stt: 2, code: SEED.rotting, reason: 'Có nguy cơ hư hỏng', riskRecoveryStatus: '02' });

    const listed = await call('GET', '/api/backup-lists?status=approved&year=2026');
    expect(listed.body.lists).toEqual([expect.objectContaining({ id, entryCount: 2, status: 'approved' })]);
  });

  it('refuses anyone not signed in (401) and a role without the grant (403)', async () => {
    const payload = { unitId: '15', year: 2026, by: 'x' };
    const res = await app.inject({ method: 'POST', url: '/api/backup-lists', payload, headers: { cookie: '' } });
    expect([res.statusCode, res.json().error.code]).toEqual([401, 'DP-AUTH-REQUIRED']);
    const digitiser = await signedInUser(ctx, { username: 'sohoa', roles: ['digitiser'] });
    const refused = await app.inject({ method: 'POST', url: '/api/backup-lists', payload, headers: digitiser.headers });
    expect([refused.statusCode, refused.json().error.code]).toEqual([403, 'DP-FORBIDDEN']);
  });

  it('answers 404 for an unknown list and 400 for a bad body', async () => {
    const missing = await call('GET', '/api/backup-lists/DM-KHONG-CO');
    expect([missing.status, missing.body.error.code]).toEqual([404, 'DP-SELECT-LIST-UNKNOWN']);
    expect((await call('POST', '/api/backup-lists/DM-KHONG-CO/submit', { by: 'x' })).status).toBe(404);
    const bad = await call('POST', '/api/backup-lists', { unitId: '15', year: 'năm nay', by: 'An' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'DP-INVALID-REQUEST']);
  });

  it('downloads the list as XLSX and DOCX with a Vietnamese file name', async () => {
    const id = (await call('POST', '/api/backup-lists', { unitId: 'Lào Cai', year: 2027, by: 'An' })).body.list.id as string;
    for (const format of ['xlsx', 'docx'] as const) {
      const { status, res } = await call(
        'GET',
        `/api/backup-lists/${encodeURIComponent(id)}/export?format=${format}&unitName=Chi%20cục%20Văn%20thư`,
      );
      expect(status).toBe(200);
      expect(res.headers['content-type']).toMatch(format === 'xlsx' ? /spreadsheetml/ : /wordprocessingml/);
      expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`${id}.${format}`)}`);
      expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
    }
    expect((await call('GET', '/api/backup-lists/nope/export?format=docx')).status).toBe(404);
    expect((await call('GET', `/api/backup-lists/${encodeURIComponent(id)}/export?format=pdf`)).status).toBe(400);
  });

  it('records and lists recognitions, and documents every route in OpenAPI', async () => {
    const put = await call('PUT', `/api/recognitions/file/${SEED.shortTerm}`, {
      decisionNumber: '9/QĐ-SNV',
      decisionDate: '2/3/2026',
      issuer: 'Sở Nội vụ',
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ recordCode: SEED.shortTerm, decisionDate: '02/03/2026' });
    const bad = await call('PUT', `/api/recognitions/file/${SEED.shortTerm}`, { decisionNumber: '9', decisionDate: '2026', issuer: 'x' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'DP-SELECT-DECISION-DATE-INVALID']);
    expect((await call('GET', '/api/recognitions?recordKind=file')).body.recognitions).toHaveLength(2);
    const paths = Object.keys((await call('GET', '/api/openapi.json')).body.paths as object);
    for (const p of [
      '/api/backup-lists',
      '/api/backup-lists/{id}',
      '/api/backup-lists/{id}/approve',
      '/api/backup-lists/{id}/export',
      '/api/recognitions/{recordKind}/{recordCode}',
    ])
      expect(paths).toContain(p);
  });
});
