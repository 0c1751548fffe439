import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANONYMOUS_ACTIONS, decide, ROLES, type Action, type Role } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { signedInUser, TEST_PASSWORD, type AuthHeaders } from '../testing/sign-in.js';
import { signIn } from '../usecases/sessions.js';
import { SESSION_COOKIE } from './auth.js';
import { buildApp, type DuphongApp } from './app.js';

/*
 * THE AUTHORISATION MATRIX (decision 0014). Every endpoint of the OpenAPI document × every role ×
 * anonymous: anonymous gets 401 unless the endpoint is public; a role without the action's grant
 * gets 403; a role with it is let through (anything but 401/403). The action each endpoint needs
 * is written down HERE, independently of the routes, and compared with the route's config: a new
 * endpoint without a row, or a route without `config.action`, fails this test.
 * Endpoints that name a unit-scoped record are called with a record of the user's unit (A) and of
 * another unit (B): the other unit's record answers 404, exactly like an unknown code.
 */
const TABLE: Record<string, Action> = {
  'GET /api/health': 'public',
  'GET /api/instance': 'public',
  'GET /oai': 'public',
  'POST /oai': 'public',
  'GET /oai/tt05-ead.xsd': 'public',
  'GET /api/dashboard': 'objects.read',
  'GET /api/documents/{id}/content': 'content.read',
  'GET /api/oidc/callback': 'public',
  'GET /api/oidc/start': 'public',
  'GET /api/oidc/status': 'public',
  'GET /api/policy': 'sites.read',
  'GET /api/record-pages/{fileCode}': 'catalogue.read',
  'GET /api/selection/inspections': 'selection.read',
  'GET /api/selection/signs': 'selection.read',
  'POST /api/incidents/{id}/acknowledge': 'incidents.manage',
  'POST /api/incidents/{id}/resolve': 'incidents.manage',
  'POST /api/selection/inspections': 'selection.write',
  'POST /api/sites': 'sites.manage',
  'PUT /api/sites/{name}': 'sites.manage',
  'GET /api/openapi.json': 'public',
  'GET /api/session': 'public',
  'POST /api/session': 'public',
  'POST /api/setup': 'public',
  'DELETE /api/session': 'session',
  'POST /api/session/password': 'session',
  'GET /api/tokens': 'session',
  'POST /api/tokens': 'session',
  'DELETE /api/tokens/{id}': 'session',
  'GET /api/users': 'users.manage',
  'POST /api/users': 'users.manage',
  'PUT /api/users/{id}': 'users.manage',
  'POST /api/users/{id}/password': 'users.manage',
  'GET /api/users/{id}/tokens': 'users.manage',
  'DELETE /api/users/{id}/tokens/{tokenId}': 'users.manage',
  'GET /api/access-log': 'accesslog.read',
  'GET /api/access-log/export': 'accesslog.read',
  'GET /api/reading-requests': 'session',
  'POST /api/reading-requests': 'requests.create',
  'POST /api/reading-requests/{id}/decision': 'requests.decide',
  'GET /api/reading-requests/{id}/dip': 'requests.create',
  'GET /api/sites': 'sites.read',
  'GET /api/objects': 'objects.read',
  'GET /api/objects/{code}': 'objects.read',
  'GET /api/objects/{code}/copies': 'objects.read',
  'GET /api/audits': 'audits.read',
  'GET /api/audits/coverage': 'audits.read',
  'POST /api/audits': 'audits.run',
  'GET /api/jobs': 'jobs.read',
  'POST /api/uploads/': 'objects.ingest',
  'GET /api/uploads/{id}': 'objects.ingest',
  'PATCH /api/uploads/{id}': 'objects.ingest',
  'DELETE /api/uploads/{id}': 'objects.ingest',
  'POST /api/intake/preview': 'objects.ingest',
  'POST /api/intake': 'objects.ingest',
  'GET /api/intake/{id}': 'objects.ingest',
  'POST /api/catalogue-imports': 'catalogue.write',
  'GET /api/incidents': 'incidents.read',
  'GET /api/units': 'units.read',
  'GET /api/units/rollup': 'units.read',
  'POST /api/units/rollup': 'units.read',
  'GET /api/units/findings': 'units.read',
  'GET /api/units/{id}': 'units.read',
  'PUT /api/units/{id}': 'units.manage',
  'PUT /api/units/{id}/versions/{validFrom}': 'units.manage',
  'DELETE /api/units/{id}/versions/{validFrom}': 'units.manage',
  'POST /api/units/successions': 'units.manage',
  'GET /api/code-lists': 'codelists.read',
  'GET /api/code-lists/{id}': 'codelists.read',
  'GET /api/code-lists/{id}/versions': 'codelists.read',
  'GET /api/code-lists/{id}/digest': 'codelists.read',
  'POST /api/code-lists/{id}/versions': 'codelists.manage',
  'POST /api/code-lists/sync-check': 'codelists.read',
  'GET /api/code-lists/bundle': 'codelists.read',
  'POST /api/code-lists/pull': 'codelists.manage',
  'POST /api/code-lists/drift': 'codelists.report',
  'GET /api/code-lists/drift': 'codelists.read',
  'GET /api/code-lists/sync-status': 'codelists.read',
  'GET /api/events': 'codelists.read',
  'GET /api/fonds': 'catalogue.read',
  'GET /api/fonds/{code}': 'catalogue.read',
  'PUT /api/fonds/{code}': 'catalogue.write',
  'GET /api/files': 'catalogue.read',
  'GET /api/files/{code}': 'catalogue.read',
  'PUT /api/files/{code}': 'catalogue.write',
  'PUT /api/documents/{id}': 'catalogue.write',
  'PUT /api/holdings/{id}': 'catalogue.write',
  'POST /api/inspections': 'catalogue.write',
  'GET /api/inspections': 'catalogue.read',
  'GET /api/search': 'catalogue.read',
  'GET /api/backup-lists': 'selection.read',
  'POST /api/backup-lists': 'selection.write',
  'GET /api/backup-lists/{id}': 'selection.read',
  'POST /api/backup-lists/{id}/entries': 'selection.write',
  'POST /api/backup-lists/{id}/entries/remove': 'selection.write',
  'POST /api/backup-lists/{id}/propose': 'selection.write',
  'POST /api/backup-lists/{id}/submit': 'selection.write',
  'POST /api/backup-lists/{id}/approve': 'selection.approve',
  'POST /api/backup-lists/{id}/return': 'selection.approve',
  'POST /api/backup-lists/{id}/reopen': 'selection.write',
  'GET /api/backup-lists/{id}/export': 'selection.read',
  'GET /api/recognitions': 'selection.read',
  'PUT /api/recognitions/{recordKind}/{recordCode}': 'selection.write',
  'GET /api/digitisation/batches': 'digitise',
  'POST /api/digitisation/batches': 'digitise',
  'GET /api/digitisation/batches/{id}': 'digitise',
  'POST /api/digitisation/batches/{id}/scans': 'digitise',
  'POST /api/digitisation/batches/{id}/run': 'digitise',
  'POST /api/digitisation/batches/{id}/close': 'digitise',
  'GET /api/digitisation/review': 'digitise',
  'POST /api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/decision': 'digitise',
  'GET /api/digitisation/batches/{id}/documents/{fileCode}/{ordinal}/pages/{page}': 'digitise',
  'PUT /api/files/{code}/arranged': 'catalogue.write',
  'GET /api/digitisation/figures': 'reports.read',
  'GET /api/microfilm/reels': 'objects.read',
  'POST /api/microfilm/reels': 'objects.ingest',
  'GET /api/microfilm/reels/{id}': 'objects.read',
  'PUT /api/microfilm/reels/{id}': 'objects.ingest',
  'PUT /api/microfilm/reels/{id}/frames': 'objects.ingest',
  'POST /api/microfilm/reels/{id}/duplicates': 'objects.ingest',
  'POST /api/microfilm/duplicates/{id}/inspections': 'objects.ingest',
  'GET /api/microfilm/files/{fileCode}/copies': 'objects.read',
  'GET /api/microfilm/figures': 'reports.read',
  'GET /api/reports/rollup': 'reports.read',
  'GET /api/reports/submissions': 'reports.read',
  'GET /api/reports/units/{unitId}/{year}': 'reports.read',
  'POST /api/reports/units/{unitId}/{year}': 'reports.write',
  'GET /api/reports/statistics': 'reports.read',
  'POST /api/plan-imports': 'reports.write',
  'GET /api/plans': 'reports.read',
  'POST /api/plans': 'reports.write',
  'GET /api/plans/{id}': 'reports.read',
  'PUT /api/plans/{id}/tasks/{task}': 'reports.write',
  'GET /api/portal/search': 'portal.read',
  'GET /api/portal/harvests': 'harvests.read',
  'GET /api/handovers': 'handovers.read',
  'GET /api/handovers/{id}': 'handovers.read',
  'POST /api/handovers/incoming': 'handovers.receive',
  'PUT /api/handovers/incoming/{id}/objects/{n}': 'handovers.receive',
  'POST /api/handovers/incoming/{id}/finish': 'handovers.receive',
};

const UNIT_A = 'province-2025-lao-cai';
const UNIT_B = 'province-ha-noi';

/** Endpoints naming a unit-scoped record: the URL for unit A's record and for unit B's. */
const SCOPED: Record<string, { inScope: string; outOfScope: string }> = {
  'GET /api/fonds/{code}': { inScope: '/api/fonds/P_A', outOfScope: '/api/fonds/P_B' },
  'GET /api/files/{code}': { inScope: '/api/files/HS.A', outOfScope: '/api/files/HS.B' },
  'GET /api/objects/{code}': { inScope: '/api/objects/HS.A', outOfScope: '/api/objects/HS.B' },
  'GET /api/objects/{code}/copies': { inScope: '/api/objects/HS.A/copies', outOfScope: '/api/objects/HS.B/copies' },
  'GET /api/inspections': { inScope: '/api/inspections?kind=file&code=HS.A', outOfScope: '/api/inspections?kind=file&code=HS.B' },
  'GET /api/microfilm/reels/{id}': { inScope: '/api/microfilm/reels/VP-A', outOfScope: '/api/microfilm/reels/VP-B' },
  'GET /api/microfilm/files/{fileCode}/copies': {
    inScope: '/api/microfilm/files/HS.A/copies',
    outOfScope: '/api/microfilm/files/HS.B/copies',
  },
  'GET /api/reports/units/{unitId}/{year}': {
    inScope: `/api/reports/units/${UNIT_A}/2025`,
    outOfScope: `/api/reports/units/${UNIT_B}/2025`,
  },
  'GET /api/reports/statistics': {
    inScope: `/api/reports/statistics?unit=${UNIT_A}`,
    outOfScope: `/api/reports/statistics?unit=${UNIT_B}`,
  },
};

/** Path parameters for the other endpoints (any value: the gate decides before the route runs). */
const concrete = (path: string): string =>
  path
    .replace('{code}', 'HS.A')
    .replace('{id}', 'khong-co')
    .replace('{validFrom}', '2020-01-01')
    .replace('{recordKind}', 'file')
    .replace('{recordCode}', 'HS.A')
    .replace('{fileCode}', 'HS.A')
    .replace('{ordinal}', '1')
    .replace('{page}', '1')
    .replace('{unitId}', UNIT_A)
    .replace('{year}', '2025')
    .replace('{task}', '1');

const T = '2026-03-01T08:00:00.000+07:00';

describe('authorisation matrix: every OpenAPI endpoint × every role × in/out of scope', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  const routeActions = new Map<string, Action | undefined>();
  const users = new Map<Role, AuthHeaders>();

  beforeAll(async () => {
    tmp = tempDir('duphong-matrix-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    // Routes are registered when the app gets ready, so this sees every one of them.
    app.addHook('onRoute', (route) => {
      for (const method of [route.method].flat()) routeActions.set(`${method} ${route.url}`, route.config?.action);
    });
    await app.ready();
    const records = ctx.catalogue.records;
    for (const [suffix, unitId] of [
      ['A', UNIT_A],
      ['B', UNIT_B],
    ] as const) {
      await records.putFonds({
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
      const title = `Hồ sơ của đơn vị ${suffix}`;
      await records.putFile({
        code: `HS.${suffix}`,
        fondsCode: `P_${suffix}`,
        title,
        fields: { title, mode: '01' },
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
      await ctx.catalogue.putObject({
        id: `urn:uuid:00000000-0000-4000-8000-00000000000${suffix === 'A' ? 1 : 2}`,
        fileCode: `HS.${suffix}`,
        head: 0,
        createdAt: T,
        updatedAt: T,
      });
      await ctx.catalogue.microfilm.putReel({
        id: `reel-${suffix}`,
        code: `VP-${suffix}`,
        unitId,
        filmType: '35mm',
        generation: 'master',
        filmedDate: '1998-06-15',
        frameCount: 100,
        reductionRatio: '1:14',
        standard: '',
        notes: '',
        createdAt: T,
        updatedAt: T,
      });
    }
    for (const role of ROLES) users.set(role, (await signedInUser(ctx, { username: `u-${role}`, roles: [role], units: [UNIT_A] })).headers);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  const endpoints = (): string[] => {
    const doc = app.swagger() as { paths: Record<string, Record<string, unknown>> };
    return Object.entries(doc.paths)
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
      .sort()
      .sort((a, b) => Number(a === 'DELETE /api/session') - Number(b === 'DELETE /api/session')); // signing out last
  };

  it('has a row for every endpoint of the OpenAPI document, and it matches the route’s config.action', () => {
    const listed = endpoints();
    expect(
      listed.filter((e) => !(e in TABLE)),
      'endpoints without a row in TABLE',
    ).toEqual([]);
    expect(
      Object.keys(TABLE).filter((e) => !listed.includes(e)),
      'rows without an endpoint',
    ).toEqual([]);
    for (const endpoint of listed) {
      const [method, path] = endpoint.split(' ') as [string, string];
      expect(routeActions.get(`${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`), endpoint).toBe(TABLE[endpoint]);
    }
  });

  it('has no route without config.action (the web UI’s files are public)', () => {
    const missing = [...routeActions].filter(([, action]) => action === undefined).map(([route]) => route);
    expect(missing).toEqual([]);
    expect(routeActions.size).toBeGreaterThan(Object.keys(TABLE).length);
  });

  it('answers 401 / 403 / through for anonymous and every role, as the table and the policy say', async () => {
    const failures: string[] = [];
    for (const endpoint of endpoints()) {
      const [method, path] = endpoint.split(' ') as ['GET' | 'POST' | 'PUT' | 'DELETE', string];
      const action = TABLE[endpoint]!;
      const url = SCOPED[endpoint]?.inScope ?? concrete(path);
      const send = async (headers: Record<string, string>) =>
        (await app.inject({ method, url, headers, ...(method !== 'GET' && { payload: {} }) })).statusCode;
      const anonymous = await send({});
      // The portal's search is open to anonymous visitors too (decision 0027).
      if (action === 'public' || ANONYMOUS_ACTIONS.includes(action) ? anonymous === 401 || anonymous === 403 : anonymous !== 401)
        failures.push(`${endpoint} anonymous → ${anonymous}`);
      for (const role of ROLES) {
        const status = await send(users.get(role)!);
        const allowed = decide({ userId: 'x', username: 'x', roles: [role], units: 'all' }, action).allow;
        if (allowed ? status === 401 || status === 403 : status !== 403) failures.push(`${endpoint} ${role} → ${status}`);
      }
    }
    expect(failures).toEqual([]);
    // DELETE /api/session came last and signed everyone out: sign them in again for what follows.
    for (const role of ROLES) {
      const s = await signIn(ctx, { username: `u-${role}`, password: TEST_PASSWORD, ip: '127.0.0.1' });
      users.set(role, { cookie: `${SESSION_COOKIE}=${s.sessionId}`, 'x-csrf-token': s.session.csrfToken });
    }
  });

  it('answers 404 for another unit’s record on every endpoint that names one, like an unknown code', async () => {
    const failures: string[] = [];
    for (const [endpoint, urls] of Object.entries(SCOPED)) {
      for (const role of ROLES) {
        if (!decide({ userId: 'x', username: 'x', roles: [role], units: 'all' }, TABLE[endpoint]!).allow) continue;
        const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: users.get(role)! })).statusCode;
        const [inside, outside] = [await get(urls.inScope), await get(urls.outOfScope)];
        if (inside !== 200 || outside !== 404) failures.push(`${endpoint} ${role}: in scope ${inside}, out of scope ${outside}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('leaves another unit’s records out of lists, counts and search', async () => {
    const archivist = users.get('archivist')!;
    const get = async (url: string) => (await app.inject({ method: 'GET', url, headers: archivist })).json();
    expect((await get('/api/fonds')).map((f: { code: string }) => f.code)).toEqual(['P_A']);
    expect(await get('/api/files')).toMatchObject({ total: 1, files: [{ code: 'HS.A' }] });
    expect((await get('/api/files?fonds=P_B')).total).toBe(0);
    const search = await get('/api/search?q=ho%20so');
    expect(search.hits.map((h: { code: string }) => h.code)).toEqual(['HS.A']);
    expect(search.total).toBe(1);
  });

  it('refuses writes into another unit’s records: unknown (404) for what exists, forbidden (403) to move into it', async () => {
    const archivist = users.get('archivist')!;
    const put = async (url: string, payload: object) => {
      const res = await app.inject({ method: 'PUT', url, headers: archivist, payload });
      return [res.statusCode, res.json().error?.code];
    };
    expect(await put('/api/files/HS.B', { title: 'Sửa trái phép', fondsCode: 'P_B' })).toEqual([404, 'DP-FILE-UNKNOWN']);
    expect(await put('/api/files/HS.MOI', { title: 'Hồ sơ mới', fondsCode: 'P_B' })).toEqual([403, 'DP-OUT-OF-SCOPE']);
    expect(await put('/api/fonds/P_B', { name: 'x', kind: 'fonds', status: 'open', unitId: UNIT_A })).toEqual([404, 'DP-FONDS-UNKNOWN']);
    expect(await put('/api/documents/HS.B.01', { fileCode: 'HS.B', ordinal: 1 })).toEqual([404, 'DP-FILE-UNKNOWN']);
    expect((await ctx.catalogue.records.getFile('HS.B'))?.title).toBe('Hồ sơ của đơn vị B');
    expect(await put('/api/files/HS.A', { title: 'Hồ sơ của đơn vị A (sửa)', fondsCode: 'P_A', fields: { mode: '01' } })).toEqual([
      200,
      undefined,
    ]);
  });
});
