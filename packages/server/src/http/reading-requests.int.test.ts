import { join } from 'node:path';
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decide, type Action, type Principal } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { makeSourceFolder, tempDir } from '../testing/homes.js';
import { ingestFolder } from '../usecases/ingest.js';
import './route-access.js';
import { errorHandler } from './errors.js';
import { readingRequestRoutes } from './routes/reading-requests.js';

/*
 * The reading-room routes over HTTP: statuses, bodies, the DIP as a download, and the action each
 * route declares. The principal is set by a test-only hook from `x-test-user` and the route's
 * action is decided by core `decide`, as the access gate does (the gate itself is tested with it).
 */
const PEOPLE: Record<string, Principal> = {
  reader: { userId: 'u-reader', username: 'docgia', roles: ['reader'], units: new Set(['province-lao-cai']) },
  archivist: { userId: 'u-archivist', username: 'luutru', roles: ['archivist'], units: new Set(['province-lao-cai']) },
  digitiser: { userId: 'u-digitiser', username: 'soHoa', roles: ['digitiser'], units: new Set(['province-lao-cai']) },
};
const PURPOSE = 'Nghiên cứu lịch sử địa giới hành chính tỉnh Lào Cai';

describe('HTTP: reading requests', () => {
  const tmp = tempDir('duphong-reading-http-');
  let ctx: Context;
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  const actions = new Map<string, Action | undefined>();
  const call = async (who: string | null, method: 'GET' | 'POST', url: string, payload?: unknown) => {
    const res = await app.inject({
      method,
      url,
      headers: who ? { 'x-test-user': who } : {},
      ...(payload !== undefined && { payload: payload as object }),
    });
    return {
      status: res.statusCode,
      headers: res.headers,
      raw: res.rawPayload,
      body: String(res.headers['content-type']).includes('json') ? res.json() : undefined,
    };
  };

  beforeAll(async () => {
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    const at = '2026-11-01T08:00:00.000+07:00';
    await ctx.catalogue.records.putFonds({
      code: 'P_LC',
      name: 'Phông Lào Cai',
      kind: 'fonds',
      status: 'open',
      unitId: 'province-lao-cai',
      fields: {},
      legacy: {},
      createdAt: at,
      updatedAt: at,
    });
    for (const [code, mode] of [
      ['LC.01', '01'],
      ['LC.02', '02'],
    ] as const)
      await ctx.catalogue.records.putFile({
        code,
        fondsCode: 'P_LC',
        title: `Hồ sơ ${code}`,
        fields: { mode },
        legacy: {},
        createdAt: at,
        updatedAt: at,
      });
    await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'scans'), { 'Tờ trình.pdf': 'PDF giả lập' }), fileCode: 'LC.02' });

    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    app.setErrorHandler(errorHandler(ctx.log));
    app.addHook('onRoute', (route) => void actions.set(`${String(route.method)} ${route.url}`, route.config?.action));
    app.addHook('onRequest', async (request, reply) => {
      const who = request.headers['x-test-user'];
      if (typeof who === 'string') request.principal = PEOPLE[who];
      const d = decide(request.principal, request.routeOptions.config.action ?? 'public');
      if (!d.allow) return reply.code(d.code === 'DP-AUTH-REQUIRED' ? 401 : 403).send({ error: { code: d.code, message: d.code } });
      return undefined;
    });
    app.register(readingRequestRoutes(ctx));
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await ctx?.close();
    tmp.remove();
  });

  it('every route names its action', () => {
    expect(Object.fromEntries(actions)).toEqual({
      'GET /api/reading-requests': 'session',
      'HEAD /api/reading-requests': 'session',
      'POST /api/reading-requests': 'requests.create',
      'POST /api/reading-requests/:id/decision': 'requests.decide',
      'GET /api/reading-requests/:id/dip': 'requests.create',
      'HEAD /api/reading-requests/:id/dip': 'requests.create',
    });
  });

  it('request → approve → DIP as a zip download, for the requester only', async () => {
    expect((await call(null, 'POST', '/api/reading-requests', { recordCode: 'LC.02', purpose: PURPOSE })).status).toBe(401);
    expect((await call('archivist', 'POST', '/api/reading-requests', { recordCode: 'LC.02', purpose: PURPOSE })).status).toBe(403);
    const created = await call('reader', 'POST', '/api/reading-requests', { recordCode: 'LC.02', purpose: PURPOSE });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ recordKind: 'file', recordCode: 'LC.02', state: 'pending', unitId: 'province-lao-cai' });
    const id = (created.body as { id: string }).id;

    expect((await call('reader', 'GET', `/api/reading-requests/${id}/dip`)).status).toBe(409);
    expect((await call('reader', 'POST', `/api/reading-requests/${id}/decision`, { approve: true })).status).toBe(403);
    expect((await call('archivist', 'GET', '/api/reading-requests?state=pending')).body).toMatchObject({ total: 1 });
    expect((await call('digitiser', 'GET', '/api/reading-requests')).body).toEqual({ total: 0, requests: [] });
    const refusedNoReason = await call('archivist', 'POST', `/api/reading-requests/${id}/decision`, { approve: false });
    expect(refusedNoReason).toMatchObject({ status: 400, body: { error: { code: 'DP-REQUEST-REASON' } } });
    const approved = await call('archivist', 'POST', `/api/reading-requests/${id}/decision`, { approve: true, reason: 'Đủ điều kiện' });
    expect(approved).toMatchObject({ status: 200, body: { state: 'approved', reason: 'Đủ điều kiện' } });
    expect((await call('archivist', 'POST', `/api/reading-requests/${id}/decision`, { approve: true })).status).toBe(409);

    const dip = await call('reader', 'GET', `/api/reading-requests/${id}/dip`);
    expect(dip.status).toBe(200);
    expect(dip.headers['content-type']).toBe('application/zip');
    expect(dip.headers['content-disposition']).toContain("filename*=UTF-8''DIP_LC.02.zip");
    expect(dip.raw.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Number(dip.headers['content-length'])).toBe(dip.raw.length);
    expect((await call('archivist', 'GET', `/api/reading-requests/${id}/dip`)).status).toBe(403);
    expect((await call('reader', 'GET', '/api/reading-requests/khong-co/dip')).status).toBe(404);
  });

  it('answers each refusal with its code, in English when asked', async () => {
    const notNeeded = await call('reader', 'POST', '/api/reading-requests', { recordCode: 'LC.01', purpose: PURPOSE });
    expect(notNeeded).toMatchObject({ status: 400, body: { error: { code: 'DP-REQUEST-NOT-NEEDED' } } });
    const res = await app.inject({
      method: 'POST',
      url: '/api/reading-requests',
      headers: { 'x-test-user': 'reader', 'accept-language': 'en' },
      payload: { recordCode: 'LC.02', purpose: 'ngắn' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({
      error: { code: 'DP-REQUEST-PURPOSE', message: expect.stringContaining('The purpose needs 10 to 1000 characters') },
    });
    expect((await call('reader', 'POST', '/api/reading-requests', { recordCode: 'KHONG-CO', purpose: PURPOSE })).status).toBe(404);
    expect((await call('reader', 'GET', '/api/reading-requests?state=bogus')).status).toBe(400);
  });
});
