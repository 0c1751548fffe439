import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { postgresHome } from '../testing/catalog-cli.js';
import { tempDir } from '../testing/homes.js';
import { signedInUser, TEST_PASSWORD, type AuthHeaders } from '../testing/sign-in.js';
import { buildApp, type DuphongApp } from './app.js';

/*
 * HOSTILE TESTS (issue 9) on a PostgreSQL catalogue, where every catalogue call really waits on
 * the network: the races of the SQLite tests again — guesses sent all at once, duplicate reading
 * requests, approve and refuse racing.
 */
const AT = '2026-01-05T08:00:00.000+07:00';

describe('hostile: races on a PostgreSQL catalogue', () => {
  const tmp = tempDir('duphong-hostile-pg-');
  let pg: { drop: () => Promise<void> };
  let ctx: Context;
  let app: DuphongApp;
  const users: Record<string, AuthHeaders> = {};
  const send = async (who: string, url: string, payload: object) => {
    const res = await app.inject({ method: 'POST', url, payload, headers: users[who] });
    return { status: res.statusCode, body: res.json() };
  };

  beforeAll(async () => {
    const home = join(tmp.path, 'home');
    pg = await postgresHome(home, `hostile_${process.pid}`);
    ctx = await openContext(home);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    const r = ctx.catalogue.records;
    await r.putFonds({
      code: 'P_LC',
      name: 'Phông Lào Cai',
      kind: 'fonds',
      status: 'open',
      unitId: 'province-lao-cai',
      fields: {},
      legacy: {},
      createdAt: AT,
      updatedAt: AT,
    });
    await r.putFile({
      code: 'LC.DK',
      fondsCode: 'P_LC',
      title: 'Hồ sơ có điều kiện',
      fields: { mode: '02' },
      legacy: {},
      createdAt: AT,
      updatedAt: AT,
    });
    users.docgia = (await signedInUser(ctx, { username: 'docgia', roles: ['reader'], units: ['province-lao-cai'] })).headers;
    users.luutru = (await signedInUser(ctx, { username: 'luutru', roles: ['archivist'], units: ['province-lao-cai'] })).headers;
    users.luutru2 = (await signedInUser(ctx, { username: 'luutru2', roles: ['archivist'], units: ['province-lao-cai'] })).headers;
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    await pg?.drop();
    tmp.remove();
  });

  it('29 wrong guesses and the right password at once: the lock holds', async () => {
    const guesses = [...Array.from({ length: 29 }, (_, i) => `doan-sai-${i}-dai-hon`), TEST_PASSWORD];
    const answers = await Promise.all(
      guesses.map((password) =>
        app.inject({ method: 'POST', url: '/api/session', payload: { username: 'docgia', password }, remoteAddress: '10.9.0.1' }),
      ),
    );
    expect(answers.filter((a) => a.json().error?.code === 'DP-LOGIN-FAILED')).toHaveLength(4);
    expect(answers.at(-1)!.statusCode).toBe(429);
  });

  it('a request sent five times at once is one request; racing decisions decide it once', async () => {
    const body = { recordKind: 'file', recordCode: 'LC.DK', purpose: 'Nghiên cứu song song năm lần' };
    const asked = await Promise.all(Array.from({ length: 5 }, () => send('docgia', '/api/reading-requests', body)));
    expect(asked.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const id = asked.find((a) => a.status === 201)!.body.id as string;
    const decided = await Promise.all([
      send('luutru', `/api/reading-requests/${id}/decision`, { approve: true }),
      send('luutru2', `/api/reading-requests/${id}/decision`, { approve: false, reason: 'Không đủ điều kiện' }),
    ]);
    expect(decided.map((d) => d.status).sort()).toEqual([200, 409]);
  });
});
