import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { runAudit } from '../usecases/audit.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { buildApp, type DuphongApp } from './app.js';
import { injectAs, signedInUser } from '../testing/sign-in.js';

const FILE_CODE = 'HS-Đà-Nẵng.2001.160';
const TITLE = 'Hồ sơ về việc thành lập thành phố Đà Nẵng';

describe('HTTP API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  let objectId: string;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const get = async (url: string, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'GET', url, headers });
    return { status: res.statusCode, body: res.json() as Json, headers: res.headers };
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-http-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    const source = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    objectId = (await ingestFolder(ctx, { folder: source, fileCode: FILE_CODE, title: TITLE })).object;
    // No built UI here: the fallback page is tested below; the SPA case gets its own web root.
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    injectAs(app, (await signedInUser(ctx)).headers);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('GET /api/health reports version, catalogue, sites and journal', async () => {
    const { status, body } = await get('/api/health');
    expect(status).toBe(200);
    expect(body).toEqual({
      status: 'ok',
      version: expect.any(String),
      catalogue: 'sqlite',
      sites: { total: 3, online: 3 },
      journalPending: 0,
    });
  });

  it('GET /api/sites has the fields of `site list --json`', async () => {
    const { status, body } = await get('/api/sites');
    expect(status).toBe(200);
    expect(body).toHaveLength(3);
    for (const site of body as unknown as Array<Record<string, unknown>>) {
      expect(Object.keys(site).sort()).toEqual([
        'bytes',
        'copies',
        'description',
        'kind',
        'lastVerifiedAt',
        'location',
        'medium',
        'name',
        'objects',
        'online',
        'region',
        'vanished',
      ]);
      expect(site).toMatchObject({ kind: 'fs', medium: 'disk', online: true, objects: 1 });
      expect(site.bytes).toBeGreaterThan(95_000);
    }
  });

  it('GET /api/objects lists objects with their title and copy counts, paged', async () => {
    const { status, body } = await get('/api/objects?limit=10&offset=0');
    expect(status).toBe(200);
    expect(body).toMatchObject({ total: 1, limit: 10, offset: 0 });
    expect(body.objects).toEqual([
      {
        id: objectId,
        fileCode: FILE_CODE,
        title: TITLE,
        head: 1,
        createdAt: expect.stringMatching(/\+07:00$/),
        updatedAt: expect.stringMatching(/\+07:00$/),
        copies: { ok: 3, pending: 0, damaged: 0, missing: 0 },
      },
    ]);
    expect((await get('/api/objects?offset=1')).body.objects).toEqual([]);
  });

  it('rejects bad query strings with 400 and a Vietnamese message', async () => {
    for (const url of [
      '/api/objects?limit=0',
      '/api/objects?limit=abc',
      '/api/jobs?status=sleeping',
      '/api/incidents?open=maybe',
      '/api/audits?limit=-1',
    ]) {
      const { status, body } = await get(url);
      expect(status, url).toBe(400);
      expect(body.error.code).toBe('DP-INVALID-REQUEST');
      expect(body.error.message).toMatch(/^Yêu cầu không hợp lệ \(querystring\)/);
    }
  });

  // 4 documents + their 4 EAD_DOC, root and rep1 METS and PREMIS, EAD.xml, 9 schemas.
  const AIP_FILES = 4 + 4 + 5 + 9;

  it('GET /api/objects/:code gives versions, head files and recent events, by file code or object id', async () => {
    const byCode = await get(`/api/objects/${encodeURIComponent(FILE_CODE)}`);
    expect(byCode.status).toBe(200);
    expect(byCode.body.object).toMatchObject({ id: objectId, fileCode: FILE_CODE, title: TITLE, head: 1 });
    expect(byCode.body.versions).toEqual([
      { version: 1, created: expect.any(String), message: expect.any(String), files: AIP_FILES, bytes: expect.any(Number) },
    ]);
    // The documents under their own names, inside the TT05 AIP (METS, EAD, PREMIS, schemas).
    const paths = byCode.body.files.map((f: { logicalPath: string }) => f.logicalPath);
    expect(paths).toEqual(expect.arrayContaining(Object.keys(SAMPLE_FILES).map((name) => `representations/rep1/data/${name}`)));
    expect(paths).toHaveLength(AIP_FILES);
    expect(paths).toEqual(expect.arrayContaining(['METS.xml', 'metadata/descriptive/EAD.xml', 'metadata/preservation/PREMIS.xml']));
    expect(byCode.body.events.length).toBeGreaterThan(0);
    const times = byCode.body.events.map((e: { dateTime: string }) => e.dateTime);
    expect(times).toEqual([...times].sort().reverse()); // newest first

    // Same object by its OCFL id, and by the file code in decomposed (NFD) Unicode.
    expect((await get(`/api/objects/${encodeURIComponent(objectId)}`)).body.object.id).toBe(objectId);
    expect((await get(`/api/objects/${encodeURIComponent(FILE_CODE.normalize('NFD'))}`)).body.object.id).toBe(objectId);
  });

  it('GET /api/objects/:code/copies has the `copies --json` shape', async () => {
    const { status, body } = await get(`/api/objects/${encodeURIComponent(FILE_CODE)}/copies`);
    expect(status).toBe(200);
    expect(body).toEqual({
      object: objectId,
      fileCode: FILE_CODE,
      head: 1,
      copies: ['bac', 'nam', 'trung'].map((site) => ({ site, version: 1, status: 'ok', verifiedAt: expect.stringMatching(/\+07:00$/) })),
      // Microfilm duplicates are listed beside the digital copies (none here).
      analogue: [],
    });
  });

  it('logs every access to a record', async () => {
    await get(`/api/objects/${encodeURIComponent(FILE_CODE)}/copies`, { 'user-agent': 'kiểm-thử' });
    const lines = readFileSync(ctx.log.file!, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.filter((l) => l.message === 'record access')).toContainEqual(
      expect.objectContaining({ object: objectId, fileCode: FILE_CODE, what: 'copies', client: '127.0.0.1', userAgent: 'kiểm-thử' }),
    );
  });

  it('answers 404 for an unknown object, in Vietnamese (English on request)', async () => {
    const vi = await get('/api/objects/KHONG-CO/copies');
    expect(vi.status).toBe(404);
    expect(vi.body).toEqual({ error: { code: 'DP-OBJECT-UNKNOWN', message: 'Hồ sơ "KHONG-CO" chưa có bản sao dự phòng.' } });
    const en = await get('/api/objects/KHONG-CO', { 'accept-language': 'en-GB,en;q=0.9' });
    expect(en.status).toBe(404);
    expect(en.body.error.message).toBe('"KHONG-CO" has no backup copy.');
    const route = await get('/api/khong-co');
    expect(route.status).toBe(404);
    expect(route.body.error.code).toBe('DP-NOT-FOUND');
  });

  it('GET /api/audits lists runs with their findings, newest first', async () => {
    expect((await get('/api/audits')).body).toEqual({ runs: [] });
    const summary = await runAudit(ctx, { all: true });
    const { status, body } = await get('/api/audits?limit=5');
    expect(status).toBe(200);
    expect(body.runs).toEqual([expect.objectContaining({ id: summary.run, scope: 'all', checked: 3, damaged: 0, findings: [] })]);
  });

  it('GET /api/audits/coverage gives the share verified within the period, described in the OpenAPI', async () => {
    const { status, body } = await get('/api/audits/coverage');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      periodMonths: 12,
      copies: 3,
      withinPeriod: 3,
      share: 1,
      overdue: 0,
      neverVerified: 0,
      oldestVerification: expect.any(String),
      nextDue: expect.any(String),
      window: '00:00-24:00',
      scheduled: true,
    });
    const openapi = (await get('/api/openapi.json')).body;
    expect(Object.keys(openapi.paths['/api/audits/coverage'].get.responses['200'].content['application/json'].schema.properties)).toContain(
      'share',
    );
  });

  it('POST /api/audits enqueues an audit job and answers 202', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/audits', payload: { all: true } });
    expect(res.statusCode).toBe(202);
    const job = res.json().job;
    expect(job).toMatchObject({ kind: 'audit', payload: { all: true }, status: 'queued', attempts: 0 });
    const queued = await get('/api/jobs?status=queued');
    expect(queued.body.jobs.map((j: { id: string }) => j.id)).toContain(job.id);

    const bySite = await app.inject({ method: 'POST', url: '/api/audits', payload: { site: 'trung' } });
    expect(bySite.statusCode).toBe(202);
    expect(bySite.json().job.payload).toEqual({ all: false, site: 'trung' });
    expect((await get('/api/jobs')).body.jobs[0].id).toBe(bySite.json().job.id); // newest first

    const due = await app.inject({ method: 'POST', url: '/api/audits' }); // no body: what is due
    expect(due.statusCode).toBe(202);
    expect(due.json().job.payload).toEqual({ all: false });
  });

  it('POST /api/audits refuses bad bodies with 400', async () => {
    const cases = [
      { payload: { site: 'khong-co' }, code: 'DP-SITE-UNKNOWN', message: /Site "khong-co" không tồn tại/ },
      {
        payload: { all: 'có' },
        code: 'DP-INVALID-REQUEST',
        message: /^Yêu cầu không hợp lệ \(body\) — all: Đầu vào không hợp lệ: mong đợi boolean$/,
      },
      { payload: { everything: true }, code: 'DP-INVALID-REQUEST', message: /everything/ },
    ];
    for (const c of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/audits', payload: c.payload });
      expect(res.statusCode, JSON.stringify(c.payload)).toBe(400);
      expect(res.json().error).toEqual({ code: c.code, message: expect.stringMatching(c.message) });
    }
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/audits',
      headers: { 'content-type': 'application/json' },
      payload: '{"all":',
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.message).toMatch(/^Yêu cầu không hợp lệ/);
  });

  it('serves an OpenAPI document listing every route', async () => {
    const { status, body } = await get('/api/openapi.json');
    expect(status).toBe(200);
    expect(body.info.title).toBe('DuPhong API');
    expect(Object.keys(body.paths).sort()).toEqual(
      [
        '/api/audits',
        '/api/audits/coverage',
        '/api/code-lists',
        '/api/code-lists/{id}',
        '/api/code-lists/{id}/digest',
        '/api/code-lists/{id}/versions',
        '/api/code-lists/sync-check',
        '/api/code-lists/bundle',
        '/api/code-lists/pull',
        '/api/code-lists/drift',
        '/api/code-lists/sync-status',
        '/api/events',
        '/api/dashboard',
        '/api/documents/{id}',
        '/api/documents/{id}/content',
        '/api/files',
        '/api/files/{code}',
        '/api/fonds',
        '/api/fonds/{code}',
        '/api/health',
        '/api/holdings/{id}',
        '/api/instance',
        '/oai',
        '/oai/tt05-ead.xsd',
        '/api/inspections',
        '/api/incidents',
        '/api/incidents/{id}/acknowledge',
        '/api/incidents/{id}/resolve',
        '/api/jobs',
        '/api/objects',
        '/api/objects/{code}',
        '/api/objects/{code}/copies',
        '/api/oidc/callback',
        '/api/oidc/start',
        '/api/oidc/status',
        '/api/openapi.json',
        '/api/record-pages/{fileCode}',
        '/api/search',
        '/api/sites',
        '/api/sites/{name}',
        '/api/policy',
        '/api/selection/inspections',
        '/api/selection/signs',
        '/api/units',
        '/api/units/findings',
        '/api/units/rollup',
        '/api/units/successions',
        '/api/units/{id}',
        '/api/units/{id}/versions/{validFrom}',
        ...[
          '',
          '/{id}',
          '/{id}/entries',
          '/{id}/entries/remove',
          '/{id}/propose',
          '/{id}/submit',
          '/{id}/approve',
          '/{id}/return',
          '/{id}/reopen',
          '/{id}/export',
        ].map((p) => `/api/backup-lists${p}`),
        '/api/recognitions',
        '/api/recognitions/{recordKind}/{recordCode}',
        '/api/session',
        '/api/session/password',
        '/api/setup',
        '/api/users',
        '/api/users/{id}',
        '/api/users/{id}/password',
        '/api/users/{id}/tokens',
        '/api/users/{id}/tokens/{tokenId}',
        '/api/tokens',
        '/api/tokens/{id}',
        '/api/access-log',
        '/api/access-log/export',
        '/api/catalogue-imports',
        '/api/intake',
        '/api/intake/preview',
        '/api/intake/{id}',
        '/api/reading-requests',
        '/api/reading-requests/{id}/decision',
        '/api/reading-requests/{id}/dip',
        '/api/uploads/',
        '/api/uploads/{id}',
        '/api/digitisation/batches',
        '/api/digitisation/batches/{id}',
        '/api/digitisation/batches/{id}/scans',
        '/api/digitisation/batches/{id}/run',
        '/api/digitisation/batches/{id}/close',
        '/api/digitisation/review',
        '/api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/decision',
        '/api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/pages/{page}',
        '/api/files/{code}/arranged',
        '/api/digitisation/figures',
        '/api/microfilm/reels',
        '/api/microfilm/reels/{id}',
        '/api/microfilm/reels/{id}/frames',
        '/api/microfilm/reels/{id}/duplicates',
        '/api/microfilm/duplicates/{id}/inspections',
        '/api/microfilm/files/{fileCode}/copies',
        '/api/microfilm/figures',
        '/api/reports/rollup',
        '/api/reports/submissions',
        '/api/reports/units/{unitId}/{year}',
        '/api/reports/statistics',
        '/api/plan-imports',
        '/api/plans',
        '/api/plans/{id}',
        '/api/plans/{id}/tasks/{task}',
        '/api/portal/search',
        '/api/portal/harvests',
        '/api/handovers',
        '/api/handovers/{id}',
        '/api/handovers/incoming',
        '/api/handovers/incoming/{id}/objects/{n}',
        '/api/handovers/incoming/{id}/finish',
      ].sort(),
    );
    expect(Object.keys(body.paths['/api/audits'])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(body.paths['/api/objects'].get.parameters.map((p: { name: string }) => p.name)).toEqual(['limit', 'offset']);
    expect(body.paths['/api/objects/{code}'].get.responses).toHaveProperty('404');
  });

  it('serves other machines once signed in; refuses anyone not signed in with 401, even on this machine', async () => {
    const remote = await app.inject({ method: 'GET', url: `/api/objects/${encodeURIComponent(FILE_CODE)}`, remoteAddress: '10.1.2.3' });
    expect(remote.statusCode).toBe(200);
    for (const remoteAddress of ['10.1.2.3', '127.0.0.1']) {
      const anonymous = await app.inject({
        method: 'GET',
        url: `/api/objects/${encodeURIComponent(FILE_CODE)}`,
        remoteAddress,
        headers: { cookie: '' },
      });
      expect([anonymous.statusCode, anonymous.json().error.code]).toEqual([401, 'DP-AUTH-REQUIRED']);
      expect(anonymous.json().error.message).toMatch(/^Cần đăng nhập/);
    }
    const post = await app.inject({ method: 'POST', url: '/api/audits', payload: { all: 'không hợp lệ' }, headers: { cookie: '' } });
    expect(post.statusCode).toBe(401); // refused before the body is even validated
    for (const url of ['/api/health', '/api/openapi.json', '/api/session'])
      expect((await app.inject({ method: 'GET', url, remoteAddress: '10.1.2.3', headers: { cookie: '' } })).statusCode, url).toBe(200);
  });

  it('explains how to build the web UI when it is missing', async () => {
    const res = await app.inject({ method: 'GET', url: '/' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    expect(res.body).toContain('Giao diện web chưa được biên dịch');
    expect(res.body).toContain('npm run build');
  });

  it('serves the built UI with a fallback to index.html for its own paths', async () => {
    const webRoot = join(tmp.path, 'ui');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="vi"><title>DuPhong</title></html>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("DuPhong")');
    const ui = buildApp(ctx, { webRoot });
    try {
      for (const url of ['/', '/ho-so/H49', '/kiem-tra']) {
        const res = await ui.inject({ method: 'GET', url });
        expect(res.statusCode, url).toBe(200);
        expect(res.body).toContain('<title>DuPhong</title>');
      }
      const asset = await ui.inject({ method: 'GET', url: '/assets/app.js' });
      expect(asset.statusCode).toBe(200);
      expect(asset.headers['content-type']).toMatch(/javascript/);
      expect((await ui.inject({ method: 'GET', url: '/api/khong-co' })).json().error.code).toBe('DP-NOT-FOUND');
    } finally {
      await ui.close();
    }
  });
});
