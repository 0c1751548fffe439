import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { runAudit } from '../usecases/audit.js';
import { objectKey } from '../storage/site-ocfl.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { seedSelection, SEED } from '../testing/selection-seed.js';
import { principal, signInByHeader } from '../testing/as-principal.js';
import { buildApp, type DuphongApp } from './app.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
type Json = Record<string, any>;

/** Incidents over HTTP: one per problem, by file code, with severity, sentences and the acknowledge/resolve workflow. */
describe('incidents API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;
  let objectId: string;
  let now = new Date('2026-11-22T03:00:00Z');
  const clock: Clock = { now: () => now };

  const call = async (as: string, method: 'GET' | 'POST', url: string, payload?: Json) => {
    const res = await app.inject({ method, url, headers: { 'x-test-principal': as }, ...(payload && { payload }) });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const content = (site: string, name: string) =>
    join(home, 'sites', site, objectKey(objectId, ctx.hasher), 'v1', 'content', 'representations', 'rep1', 'data', name);

  beforeAll(async () => {
    tmp = tempDir('duphong-incidents-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    await seedSelection(ctx.catalogue);
    objectId = (await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES), fileCode: SEED.rotting })).object;
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    for (const site of ['bac', 'trung', 'nam']) writeFileSync(content(site, 'Quyết định số 15-QĐ.pdf'), `hỏng ở ${site}`);
    // A second record with the same fate, so that there are two incidents to acknowledge and resolve.
    const second = (await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src2'), SAMPLE_FILES), fileCode: SEED.recognised }))
      .object;
    for (const site of ['bac', 'trung', 'nam'])
      writeFileSync(
        join(home, 'sites', site, objectKey(second, ctx.hasher), 'v1', 'content', 'representations', 'rep1', 'data', 'Biên bản họp.txt'),
        `hỏng ở ${site}`,
      );
    await runAudit(ctx, { all: true });
    now = new Date('2026-11-23T03:00:00Z');
    await runAudit(ctx, { all: true }); // the same problem found again
    await signInByHeader(app, ctx, {
      admin: principal('quantri', ['system-admin'], 'all'),
      laocai: principal('lan', ['archive-admin'], ['15']),
      other: principal('minh', ['archive-admin'], ['20']),
    });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('lists one incident per record and problem (not one per site) however often audits find it, by file code, in plain sentences', async () => {
    const { status, body } = await call('laocai', 'GET', '/api/incidents?open=true');
    expect(status).toBe(200);
    expect(body.incidents.map((i: Json) => i.fileCode).sort()).toEqual([SEED.recognised, SEED.rotting].sort());
    const first = body.incidents.find((i: Json) => i.fileCode === SEED.rotting);
    expect(first).toMatchObject({
      code: 'DP-AUDIT-NO-SOURCE',
      severity: 'critical',
      state: 'open',
      fileCode: SEED.rotting,
      fileTitle: 'Hồ sơ về việc tái lập tỉnh Lào Cai',
      occurrences: 2,
      createdAt: '2026-11-22T10:00:00.000+07:00',
      lastSeenAt: '2026-11-23T10:00:00.000+07:00',
      acknowledged: null,
      resolved: null,
    });
    expect(first.what.vi).toBe(`Cả ba bản sao của hồ sơ ${SEED.rotting} đều bị hỏng hoặc mất; không còn bản nguyên vẹn để sửa.`);
    expect(first.todo.vi).toMatch(/^Hãy số hóa lại từ bản gốc/);
    expect(first.what.en).toMatch(/^All three copies of file/);
    expect(first.decision).toMatchObject({ agree: [], disagree: ['bac', 'nam', 'trung'] });
    expect(JSON.stringify(body)).not.toMatch(/"fileCode":"urn:uuid/);
  });

  it('shows nothing of another unit, and answers 404 for its incidents', async () => {
    expect((await call('other', 'GET', '/api/incidents')).body.incidents).toEqual([]);
    const id = (await call('admin', 'GET', '/api/incidents')).body.incidents[0].id;
    expect(await call('other', 'POST', `/api/incidents/${id}/acknowledge`, { note: 'x' })).toMatchObject({
      status: 404,
      body: { error: { code: 'DP-INCIDENT-UNKNOWN' } },
    });
  });

  it('acknowledges and resolves with a note, who and when; filters by state', async () => {
    const [a, b] = (await call('admin', 'GET', '/api/incidents?state=open')).body.incidents as Json[];
    const ack = await call('laocai', 'POST', `/api/incidents/${a!.id}/acknowledge`, { note: 'Đang liên hệ phòng số hóa' });
    expect(ack).toMatchObject({
      status: 200,
      body: { state: 'acknowledged', acknowledged: { by: 'lan', at: '2026-11-23T10:00:00.000+07:00', note: 'Đang liên hệ phòng số hóa' } },
    });
    expect((await call('laocai', 'POST', `/api/incidents/${a!.id}/acknowledge`, {})).status).toBe(409);
    expect((await call('admin', 'GET', '/api/incidents?state=acknowledged')).body.incidents.map((i: Json) => i.id)).toEqual([a!.id]);

    const noNote = await call('laocai', 'POST', `/api/incidents/${b!.id}/resolve`, { note: '  ' });
    expect(noNote).toMatchObject({ status: 400, body: { error: { code: 'DP-INCIDENT-NOTE-REQUIRED' } } });
    const resolved = await call('laocai', 'POST', `/api/incidents/${b!.id}/resolve`, { note: 'Đã số hóa lại từ bản gốc' });
    expect(resolved).toMatchObject({ status: 200, body: { state: 'resolved', resolved: { by: 'lan', note: 'Đã số hóa lại từ bản gốc' } } });
    expect((await call('laocai', 'POST', `/api/incidents/${b!.id}/resolve`, { note: 'lần nữa' })).status).toBe(409);
    expect((await call('laocai', 'POST', `/api/incidents/${b!.id}/acknowledge`, { note: '' })).status).toBe(409);
    expect((await call('admin', 'GET', '/api/incidents?state=resolved')).body.incidents.map((i: Json) => i.id)).toEqual([b!.id]);
    expect((await call('admin', 'GET', '/api/incidents?open=true')).body.incidents).toHaveLength(1);
    expect((await call('admin', 'POST', '/api/incidents/none/resolve', { note: 'x' })).status).toBe(404);
  });
});
