import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { addUser } from '../usecases/accounts.js';
import { hashPassword, UNUSABLE_HASH, verifyPassword } from '../usecases/passwords.js';
import { buildApp, type DuphongApp } from './app.js';

/*
 * HOSTILE TESTS (issue 9, docs/security.md "Đã thử tấn công"): an attacker at the sign-in form,
 * with a stolen or planted cookie, from another origin, with a stolen API token. Every answer
 * is checked for what it gives away as much as for its status. Time is the injected clock.
 */
const PASSWORD = 'mật-khẩu-đủ-dài-cho-thử';
const MINUTE = 60_000;

class TestClock implements Clock {
  t = Date.parse('2026-05-04T01:00:00.000Z');
  now = (): Date => new Date(this.t);
  advance = (ms: number): void => void (this.t += ms);
}

type Res = { status: number; body: any; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any
type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH' | 'OPTIONS';

describe('hostile: sign-in, sessions, CSRF, CORS, Host, API tokens', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  const clock = new TestClock();

  const call = async (method: Method, url: string, headers: Record<string, string> = {}, payload?: object): Promise<Res> => {
    const res = await app.inject({ method, url, headers, ...(payload && { payload }) });
    const json = res.headers['content-type']?.toString().includes('json') ? res.json() : res.body;
    return { status: res.statusCode, body: json, headers: res.headers };
  };
  const login = async (username: string, password: string, ip = '10.0.0.9', headers: Record<string, string> = {}) => {
    const res = await app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip, headers });
    return { status: res.statusCode, body: res.json(), cookie: String(res.headers['set-cookie'] ?? '').split(';')[0]! };
  };
  const signInAs = async (username: string, ip = '10.0.0.9') => {
    const res = await login(username, PASSWORD, ip);
    expect(res.status, username).toBe(200);
    return { cookie: res.cookie, 'x-csrf-token': res.body.csrfToken as string };
  };
  const user = (username: string, roles: Parameters<typeof addUser>[1]['roles'] = ['archivist']) =>
    addUser(ctx, { username, displayName: username, password: PASSWORD, roles, units: 'all' });

  beforeAll(async () => {
    tmp = tempDir('duphong-hostile-auth-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    for (const name of ['quantri', 'lan', 'minh', 'hoa', 'tuan']) await user(name, name === 'quantri' ? ['system-admin'] : ['archivist']);
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('wrong passwords: a known and an unknown username get the same answers, and both lock after 5', async () => {
    const known: unknown[] = [];
    const unknown: unknown[] = [];
    for (let i = 0; i < 6; i++) {
      const a = await login('lan', 'sai-mat-khau-lan-' + i, '10.1.0.1');
      const b = await login('khong-co-ai', 'sai-mat-khau-lan-' + i, '10.1.0.2');
      known.push([a.status, a.body]);
      unknown.push([b.status, b.body]);
    }
    // Identical answers (code, message, status) tell an attacker nothing about which names exist.
    expect(known).toEqual(unknown);
    expect(known.slice(0, 4).map((k) => (k as [number, { error: { code: string } }])[1].error.code)).toEqual(
      Array(4).fill('DP-LOGIN-FAILED'),
    );
    expect(known[4]).toMatchObject([429, { error: { code: 'DP-LOGIN-LOCKED' } }]);
    expect(JSON.stringify(known)).not.toMatch(/lan|khong-co-ai/);
    // The right password from another address is still refused: the lock is on the username.
    expect((await login('lan', PASSWORD, '10.1.0.3')).status).toBe(429);
    clock.advance(16 * MINUTE);
    expect((await login('lan', PASSWORD, '10.1.0.3')).status).toBe(200);
  });

  it('wrong passwords: 20 failures from one address (a different name each time) lock that address only', async () => {
    for (let i = 0; i < 19; i++) expect((await login(`doan-${i}`, 'sai-mat-khau-dai', '10.2.0.1')).status).toBe(401);
    expect((await login('doan-19', 'sai-mat-khau-dai', '10.2.0.1')).status).toBe(429);
    // A real user with the right password from that address: still locked (the address is).
    const blocked = await login('minh', PASSWORD, '10.2.0.1');
    expect([blocked.status, blocked.body.error.code]).toEqual([429, 'DP-LOGIN-LOCKED']);
    expect(blocked.body.error.message).toMatch(/tạm khóa/);
    // The same user from another address is not.
    expect((await login('minh', PASSWORD, '10.2.0.2')).status).toBe(200);
    clock.advance(16 * MINUTE);
  });

  it('wrong passwords: spelling the username differently (case, spaces, NFD) does not reset its counter', async () => {
    const variants = ['HOA', ' hoa', 'Hoa ', 'hoa'.normalize('NFD'), 'hOa'];
    for (const v of variants.slice(0, 4)) expect((await login(v, 'sai-mat-khau-dai', '10.4.0.1')).status, v).toBe(401);
    expect((await login(variants[4]!, 'sai-mat-khau-dai', '10.4.0.2')).status).toBe(429);
    expect((await login('hoa', PASSWORD, '10.4.0.3')).status).toBe(429);
    clock.advance(16 * MINUTE);
  });

  it('wrong passwords sent all at once: still at most 5 guesses are judged, then the lock holds', async () => {
    await user('song-song');
    // 29 wrong guesses and, last, the right one — all sent before any answer comes back.
    const guesses = [...Array.from({ length: 29 }, (_, i) => `doan-song-song-${i}`), PASSWORD];
    const answers = await Promise.all(guesses.map((g) => login('song-song', g, '10.5.0.1')));
    expect(answers.filter((a) => a.body.error?.code === 'DP-LOGIN-FAILED').length).toBe(4);
    expect(answers.at(-1)!.status).toBe(429); // the right password came after the 5th failure
    expect((await login('song-song', PASSWORD, '10.5.0.2')).status).toBe(429);
    // Many names in parallel from one address, a real user's right password last: the address lock holds.
    await user('cung-dia-chi');
    const spread = await Promise.all([
      ...Array.from({ length: 39 }, (_, i) => login(`rai-${i}`, 'sai-mat-khau-dai', '10.5.0.9')),
      login('cung-dia-chi', PASSWORD, '10.5.0.9'),
    ]);
    expect(spread.filter((a) => a.body.error?.code === 'DP-LOGIN-FAILED').length).toBe(19);
    expect(spread.at(-1)!.status).toBe(429);
    clock.advance(16 * MINUTE);
  });

  it('passwords are compared in constant time, and an unknown name costs a full hash too', async () => {
    // The unknown-user hash has the parameters of a real one, so scrypt runs with the same cost.
    const real = await hashPassword(PASSWORD);
    expect(UNUSABLE_HASH.split('$').slice(0, 4)).toEqual(real.split('$').slice(0, 4));
    expect(await verifyPassword(PASSWORD, UNUSABLE_HASH)).toBe(false);
    expect(await verifyPassword('', UNUSABLE_HASH)).toBe(false);
    // A password differing only in its last character is refused (the comparison covers all bytes).
    expect(await verifyPassword(PASSWORD.slice(0, -1) + 'x', real)).toBe(false);
    expect(await verifyPassword(PASSWORD.normalize('NFD'), real)).toBe(true); // NFC before hashing
  });

  it('an expired session (idle, then absolute) answers 401 with a Vietnamese message saying so', async () => {
    const idle = await signInAs('hoa');
    clock.advance(31 * MINUTE);
    const r = await call('GET', '/api/files', idle);
    expect([r.status, r.body.error.code]).toEqual([401, 'DP-SESSION-EXPIRED']);
    expect(r.body.error.message).toMatch(/Phiên đăng nhập đã hết hạn/);
    // The session is gone server side: coming back within the idle time does not revive it.
    expect((await call('GET', '/api/files', idle)).status).toBe(401);
    const english = await call('GET', '/api/files', { ...idle, 'accept-language': 'en' });
    expect(english.body.error.message).toMatch(/session has expired/i);

    // Absolute: active every 20 minutes, the session still ends 12 hours after sign-in.
    const busy = await signInAs('hoa');
    for (let elapsed = 20; elapsed <= 700; elapsed += 20) {
      clock.advance(20 * MINUTE);
      expect((await call('GET', '/api/files', busy)).status, `${elapsed}`).toBe(200);
    }
    clock.advance(19 * MINUTE); // 11 h 59 min after sign-in
    expect((await call('GET', '/api/files', busy)).status).toBe(200);
    clock.advance(2 * MINUTE); // 12 h 1 min, active 2 minutes ago
    const old = await call('GET', '/api/files', busy);
    expect([old.status, old.body.error.code]).toEqual([401, 'DP-SESSION-EXPIRED']);
    // No cookie at all is the plain "sign in" answer.
    expect((await call('GET', '/api/files')).body.error.code).toBe('DP-AUTH-REQUIRED');
  });

  it('session fixation: a planted cookie is never adopted; sign-in hands out a fresh id', async () => {
    const planted = 'duphong_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';
    const res = await login('tuan', PASSWORD, '10.3.0.1', { cookie: planted });
    expect(res.status).toBe(200);
    expect(res.cookie).toMatch(/^duphong_session=[\w-]{43}$/);
    expect(res.cookie).not.toBe(planted);
    expect((await call('GET', '/api/files', { cookie: planted })).status).toBe(401);
    // Signing in again (an attacker who learnt the first id) rotates it: two distinct sessions.
    const again = await login('tuan', PASSWORD, '10.3.0.1', { cookie: res.cookie });
    expect(again.cookie).not.toBe(res.cookie);
  });

  it('sign-out ends the session on the server: the old cookie and its CSRF token are dead', async () => {
    const s = await signInAs('tuan');
    expect((await call('DELETE', '/api/session', s)).status).toBe(204);
    const replay = await call('GET', '/api/files', s);
    expect(replay.status).toBe(401);
    expect((await call('PUT', '/api/fonds/P_X', s, { name: 'x', kind: 'fonds', status: 'open' })).status).toBe(401);
    expect((await call('GET', '/api/session', s)).body.user).toBeNull();
  });

  it('CSRF: every state-changing operation refuses a missing, forged or other session’s token', async () => {
    const victim = await signInAs('quantri');
    const other = await signInAs('lan');
    const spec = (await call('GET', '/api/openapi.json', victim)).body as { paths: Record<string, Record<string, unknown>> };
    const operations: Array<[Method, string]> = [];
    for (const [path, ops] of Object.entries(spec.paths))
      for (const method of Object.keys(ops))
        if (['post', 'put', 'patch', 'delete'].includes(method))
          operations.push([method.toUpperCase() as Method, path.replace(/\{[^}]+\}/g, 'x')]);
    // Sign-in and first-run setup are public (no session to forge); POST /oai is an OAI-PMH read
    // (the protocol allows POST, §3.1.1.2) that changes nothing; everything else must be guarded.
    const guarded = operations.filter(([m, p]) => !(['/api/session', '/api/setup', '/oai'].includes(p) && m === 'POST'));
    expect(guarded.length).toBeGreaterThan(30);
    for (const [method, path] of guarded) {
      for (const token of [undefined, 'forged-token-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', other['x-csrf-token']]) {
        const headers: Record<string, string> = { cookie: victim.cookie, 'content-type': 'application/json' };
        if (token) headers['x-csrf-token'] = token;
        const res = await app.inject({ method, url: path, headers, payload: '{}' });
        expect([res.statusCode, res.json().error?.code], `${method} ${path} token=${token?.slice(0, 6)}`).toEqual([403, 'DP-CSRF']);
      }
    }
    // The victim's session is intact (nothing above signed it out or changed its password).
    expect((await call('GET', '/api/files', victim)).status).toBe(200);
  });

  it('CORS: no Access-Control-Allow-Origin for a foreign origin, on reads, writes and preflights', async () => {
    const s = await signInAs('quantri');
    const evil = { origin: 'https://evil.example' };
    for (const [method, url] of [
      ['GET', '/api/files'],
      ['GET', '/api/session'],
      ['OPTIONS', '/api/files'],
      ['OPTIONS', '/api/uploads/'],
      ['POST', '/api/session'],
    ] as const) {
      const res = await app.inject({
        method,
        url,
        headers: { ...s, ...evil, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'x-csrf-token' },
      });
      expect(res.headers['access-control-allow-origin'], `${method} ${url}`).toBeUndefined();
      expect(res.headers['access-control-allow-credentials'], `${method} ${url}`).toBeUndefined();
    }
  });

  it('Host spoofing: a foreign Host is refused whatever X-Forwarded-Host or the request line says', async () => {
    const s = await signInAs('quantri');
    for (const headers of [
      { host: 'evil.example' },
      { host: 'evil.example', 'x-forwarded-host': 'localhost' },
      { host: 'localhost.evil.example' },
      { host: '127.0.0.1.nip.io:8080' },
      { host: 'localhost@evil.example' },
    ]) {
      const res = await app.inject({ method: 'GET', url: '/api/files', headers: { ...s, ...headers } });
      expect([res.statusCode, res.json().error.code], JSON.stringify(headers)).toEqual([421, 'DP-HOST-REFUSED']);
    }
  });

  it('API tokens: a query-string token, an expired, revoked or out-of-scope one, and a token acting on tokens', async () => {
    const lan = await signInAs('lan');
    const until = new Date(clock.t + 5 * 24 * 60 * MINUTE).toISOString();
    const made = await call('POST', '/api/tokens', lan, { name: 'chỉ đọc', actions: ['catalogue.read'], expiresAt: until });
    const spare = await call('POST', '/api/tokens', lan, { name: 'dự phòng', actions: ['catalogue.read'], expiresAt: until });
    expect([made.status, spare.status]).toEqual([201, 201]);
    const token: string = made.body.token;
    const bearer = { authorization: `Bearer ${token}` };
    expect((await call('GET', '/api/files', bearer)).status).toBe(200);
    // In the query string (it would end up in proxy logs and the Referer): not accepted.
    for (const q of ['access_token', 'token', 'api_key', 'bearer'])
      expect((await call('GET', `/api/files?${q}=${encodeURIComponent(token)}`)).status, q).toBe(401);
    expect((await call('GET', '/api/files', { authorization: `Basic ${Buffer.from(`lan:${token}`).toString('base64')}` })).status).toBe(
      401,
    );
    // Outside its actions, though its owner may.
    expect((await call('GET', '/api/objects', bearer)).status).toBe(403);
    expect((await call('PUT', '/api/fonds/P_TOKEN', bearer, { name: 'x', kind: 'fonds', status: 'open' })).status).toBe(403);
    // A read-only token cannot mint, revoke its owner's other tokens, nor change the owner's password.
    const mint = await call('POST', '/api/tokens', bearer, { name: 'z', actions: ['catalogue.read'], expiresAt: until });
    expect([mint.status, mint.body.error.code]).toEqual([403, 'DP-TOKEN-FROM-TOKEN']);
    const revoke = await call('DELETE', `/api/tokens/${spare.body.id}`, bearer);
    expect([revoke.status, revoke.body.error?.code]).toEqual([403, 'DP-TOKEN-FROM-TOKEN']);
    const password = await call('POST', '/api/session/password', bearer, { current: PASSWORD, next: 'mật-khẩu-kẻ-tấn-công' });
    expect([password.status, password.body.error?.code]).toEqual([403, 'DP-TOKEN-FROM-TOKEN']);
    expect(password.headers['set-cookie']).toBeUndefined();
    expect((await call('GET', '/api/files', { authorization: `Bearer ${spare.body.token}` })).status).toBe(200);
    // Revoked by its owner: dead at once.
    expect((await call('DELETE', `/api/tokens/${made.body.id}`, lan)).status).toBe(204);
    expect((await call('GET', '/api/files', bearer)).status).toBe(401);
    // Another user's token id cannot be revoked by a stranger (404, as if it did not exist).
    const minh = await signInAs('minh');
    expect((await call('DELETE', `/api/tokens/${spare.body.id}`, minh)).status).toBe(404);
    // Expired.
    clock.advance(6 * 24 * 60 * MINUTE);
    expect((await call('GET', '/api/files', { authorization: `Bearer ${spare.body.token}` })).status).toBe(401);
  });
});

describe('hostile: racing the first-run setup', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  beforeAll(async () => {
    tmp = tempDir('duphong-hostile-setup-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('two first-run setups at once: one administrator, the other refused with DP-SETUP-DONE', async () => {
    const setup = (username: string) =>
      app.inject({ method: 'POST', url: '/api/setup', payload: { username, displayName: username, password: PASSWORD } });
    const answers = await Promise.all(['quantri', 'ke-tan-cong', 'ke-tan-cong-2'].map(setup));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409, 409]);
    for (const a of answers.filter((x) => x.statusCode === 409)) expect(a.json().error.code).toBe('DP-SETUP-DONE');
    expect(await ctx.catalogue.accounts.countUsers()).toBe(1);
  });
});
