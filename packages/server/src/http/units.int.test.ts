import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { buildApp, type DuphongApp } from './app.js';
import { injectAs, signedInUser } from '../testing/sign-in.js';

// 01/03/2026 10:00 in Vietnam: "today" for routes without `at`.
const clock = { now: () => new Date('2026-03-01T03:00:00.000Z') };

describe('HTTP API: units', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const call = async (method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: unknown) => {
    const res = await app.inject({ method, url, ...(payload !== undefined && { payload: payload as Json }) });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const get = (url: string) => call('GET', url);

  beforeAll(async () => {
    tmp = tempDir('duphong-units-http-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    injectAs(app, (await signedInUser(ctx)).headers);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('seeds a new home: 63 provinces on 30/06/2025, 34 on 01/07/2025 (dates DD/MM/YYYY or ISO), today by default', async () => {
    const before = await get('/api/units?at=30/06/2025&kind=province');
    expect(before.status).toBe(200);
    expect(before.body.at).toBe('2025-06-30');
    expect(before.body.units).toHaveLength(63);
    const after = await get('/api/units?at=2025-07-01&kind=province');
    expect(after.body.units).toHaveLength(34);
    expect(after.body.units[0]).toMatchObject({
      id: 'province-ha-noi',
      name: 'Hà Nội',
      adminCode: '01',
      type: 'thành phố trực thuộc trung ương',
    });
    expect(after.body.units.find((u: Json) => u.adminCode === '15')).toMatchObject({ id: 'province-2025-lao-cai', name: 'Lào Cai' });
    const today = await get('/api/units?kind=province');
    expect(today.body.at).toBe('2026-03-01');
    expect(today.body.units).toHaveLength(34);
    const archives = await get('/api/units?parent=archives-department');
    expect(archives.body.units.map((u: Json) => u.name)).toContain('Trung tâm Lưu trữ quốc gia I');
  });

  it('refuses an impossible date with DP-UNIT-DATE-INVALID', async () => {
    const { status, body } = await get('/api/units?at=31/02/2025');
    expect(status).toBe(400);
    expect(body.error.code).toBe('DP-UNIT-DATE-INVALID');
    expect(body.error.message).toMatch(/31\/02\/2025/);
  });

  it('GET /api/units/:id gives the history, the successions and who carries the unit on', async () => {
    const { status, body } = await get('/api/units/province-yen-bai');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'province-yen-bai',
      kind: 'province',
      at: '2026-03-01',
      current: null,
      successorsAt: ['province-2025-lao-cai'],
    });
    expect(body.history).toEqual([expect.objectContaining({ name: 'Yên Bái', adminCode: '15', validTo: '2025-06-30' })]);
    expect(body.successions.map((s: Json) => s.id)).toEqual(['merger-2025-lao-cai']);
    expect((await get('/api/units/province-yen-bai?at=01/01/2024')).body.current).toMatchObject({ name: 'Yên Bái' });
    const missing = await get('/api/units/khong-co');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('DP-UNIT-UNKNOWN');
  });

  it('GET /api/units/rollup maps the 63 old provinces onto the 34', async () => {
    const { status, body } = await get('/api/units/rollup?from=30/06/2025&at=01/07/2025&kind=province');
    expect(status).toBe(200);
    expect(body.totals).toHaveLength(34);
    expect(body.totals.reduce((sum: number, t: Json) => sum + t.count, 0)).toBe(63);
    expect(body.unresolved).toEqual([]);
    const laoCai = body.totals.find((t: Json) => t.adminCode === '15');
    expect(laoCai.name).toBe('Lào Cai');
    expect(laoCai.from.map((f: Json) => f.name).sort()).toEqual(['Lào Cai', 'Yên Bái']);
  });

  it('POST /api/units/rollup counts plans per current province and flags a plan attached before its unit existed', async () => {
    const items = [
      { unitId: 'province-yen-bai', date: '15/03/2024', ref: 'KH 12/KH-UBND Yên Bái' },
      { unitId: 'province-ha-giang', date: '2024-04-01' },
      { unitId: 'province-quang-nam', date: '2023-06-01' },
      { unitId: 'province-2025-lao-cai', date: '2024-05-05', ref: 'KH 7/KH-UBND' },
    ];
    const { status, body } = await call('POST', '/api/units/rollup', { at: '31/12/2025', items });
    expect(status).toBe(200);
    expect(body.totals.map((t: Json) => [t.name, t.adminCode, t.count])).toEqual(
      expect.arrayContaining([
        ['Lào Cai', '15', 2],
        ['Tuyên Quang', '08', 1],
        ['Đà Nẵng', '48', 1],
      ]),
    );
    expect(body.findings).toEqual([expect.objectContaining({ code: 'DP-UNIT-NOT-IN-FORCE', severity: 'error', path: 'KH 7/KH-UBND' })]);
  });

  it('the seeded data has no findings', async () => {
    expect((await get('/api/units/findings')).body).toEqual({ findings: [] });
  });

  it('edits units and versions, refusing an overlap (409) and keeping the data as it was', async () => {
    const created = await call('PUT', '/api/units/archive-lao-cai', { kind: 'historical-archive' });
    expect(created.status).toBe(200);
    expect(created.body).toEqual({
      saved: { id: 'archive-lao-cai', kind: 'historical-archive' },
      findings: [expect.objectContaining({ code: 'DP-UNIT-NO-VERSION', severity: 'warning' })],
    });
    const version = { validTo: null, name: 'Trung tâm Lưu trữ lịch sử tỉnh Lào Cai', type: 'trung tâm', parentId: 'province-2025-lao-cai' };
    const saved = await call('PUT', '/api/units/archive-lao-cai/versions/01/07/2025', version);
    expect(saved.status).toBe(404); // a "/" in the date is a path separator: use ISO dates in paths
    const ok = await call('PUT', '/api/units/archive-lao-cai/versions/2025-07-01', version);
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toMatchObject({ validFrom: '2025-07-01', validTo: null, verified: true, adminCode: null });
    const overlap = await call('PUT', '/api/units/archive-lao-cai/versions/2025-08-01', { ...version, name: 'Tên khác' });
    expect(overlap.status).toBe(409);
    expect(overlap.body.error.code).toBe('DP-UNIT-VERSION-OVERLAP');
    // The refusal carries its findings as data (stable codes), not only in the message.
    expect(overlap.body.error.findings).toEqual([expect.objectContaining({ code: 'DP-UNIT-VERSION-OVERLAP', severity: 'error' })]);
    expect((await get('/api/units/archive-lao-cai')).body.history).toHaveLength(1);
    const unknownParent = await call('PUT', '/api/units/archive-lao-cai/versions/2025-07-01', {
      ...version,
      parentId: 'province-khong-co',
    });
    expect(unknownParent.status).toBe(404);
    const gone = await call('DELETE', '/api/units/archive-lao-cai/versions/2025-07-01');
    expect(gone.body).toEqual({ deleted: true, findings: [expect.objectContaining({ code: 'DP-UNIT-NO-VERSION', severity: 'warning' })] });
  });

  it('records successions, refusing cycles and unknown units', async () => {
    const renamed = {
      id: 'rename-2026-test',
      date: '01/01/2026',
      kind: 'rename',
      from: ['province-2025-lao-cai'],
      to: ['archive-lao-cai'],
    };
    const ok = await call('POST', '/api/units/successions', renamed);
    expect(ok.status).toBe(200);
    expect(ok.body.saved).toMatchObject({ date: '2026-01-01', note: '', verified: true });
    const loop = await call('POST', '/api/units/successions', {
      ...renamed,
      id: 'loop',
      from: ['archive-lao-cai'],
      to: ['province-2025-lao-cai'],
    });
    expect(loop.status).toBe(409);
    expect(loop.body.error.code).toBe('DP-UNIT-SUCCESSION-CYCLE');
    const unknown = await call('POST', '/api/units/successions', { ...renamed, id: 'x', to: ['khong-co'] });
    expect(unknown.status).toBe(404);
    expect((await get('/api/units/province-2025-lao-cai')).body.successions.map((s: Json) => s.id)).toEqual([
      'merger-2025-lao-cai',
      'rename-2026-test',
    ]);
  });

  it('is refused to anyone not signed in and to a reader, and documented in OpenAPI', async () => {
    const anonymous = await app.inject({ method: 'PUT', url: '/api/units/x', payload: { kind: 'other' }, headers: { cookie: '' } });
    expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'DP-AUTH-REQUIRED']);
    const reader = await signedInUser(ctx, { username: 'docgia', roles: ['reader'] });
    const res = await app.inject({ method: 'PUT', url: '/api/units/x', payload: { kind: 'other' }, headers: reader.headers });
    expect([res.statusCode, res.json().error.code]).toEqual([403, 'DP-FORBIDDEN']);
    const paths = Object.keys((await get('/api/openapi.json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/units',
        '/api/units/rollup',
        '/api/units/findings',
        '/api/units/{id}',
        '/api/units/{id}/versions/{validFrom}',
        '/api/units/successions',
      ]),
    );
  });

  it('does not seed again when the home is reopened', async () => {
    const again = await openContext(home, { clock });
    try {
      expect(await again.catalogue.units.getUnit('archive-lao-cai')).toEqual({ id: 'archive-lao-cai', kind: 'historical-archive' });
      expect((await again.catalogue.units.listSuccessions()).map((s) => s.id)).toContain('rename-2026-test');
    } finally {
      await again.close();
    }
  });
});
