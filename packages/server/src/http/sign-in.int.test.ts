import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { ExcelJS } from '../adapters/exceljs.js';
import { buildApp, type DuphongApp } from './app.js';

/*
 * Accounts over HTTP (decision 0014): first-run setup, sign-in with lockout, sessions with idle
 * expiry, CSRF, API tokens limited to actions, disabled users, the access log. Time is the
 * injected clock: nothing sleeps.
 */
const PASSWORD = 'mật-khẩu-quản-trị-đủ-dài';
const MINUTE = 60_000;

class TestClock implements Clock {
  t = Date.parse('2026-03-01T01:00:00.000Z');
  now = (): Date => new Date(this.t);
  advance = (ms: number): void => void (this.t += ms);
}

describe('HTTP accounts: setup, sessions, CSRF, lockout, tokens, access log', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  const clock = new TestClock();

  type Res = { status: number; body: any; headers: Record<string, unknown> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  const call = async (
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    url: string,
    headers: Record<string, string> = {},
    payload?: object,
  ): Promise<Res> => {
    const res = await app.inject({ method, url, headers, ...(payload && { payload }) });
    const json = res.headers['content-type']?.toString().includes('json') ? res.json() : res.rawPayload;
    return { status: res.statusCode, body: json, headers: res.headers };
  };
  const cookieOf = (res: Res): string => String(res.headers['set-cookie']).split(';')[0]!;
  const login = async (username: string, password: string, ip = '10.0.0.9') =>
    app.inject({ method: 'POST', url: '/api/session', payload: { username, password }, remoteAddress: ip });
  const signInAs = async (username: string, password = PASSWORD) => {
    const res = await login(username, password);
    expect(res.statusCode, username).toBe(200);
    return { cookie: String(res.headers['set-cookie']).split(';')[0]!, 'x-csrf-token': res.json().csrfToken as string };
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-sign-in-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('first run: the first visitor creates the administrator, once; the cookie is HttpOnly and SameSite=Strict', async () => {
    expect((await call('GET', '/api/session')).body).toEqual({ setupRequired: true, user: null, csrfToken: null });
    const weak = await call('POST', '/api/setup', {}, { username: 'quantri', password: 'ngắn' });
    expect([weak.status, weak.body.error.code]).toEqual([400, 'DP-PASSWORD-WEAK']);
    const setup = await call('POST', '/api/setup', {}, { username: 'QuanTri', displayName: 'Quản trị viên', password: PASSWORD });
    expect(setup.status).toBe(200);
    expect(setup.body).toMatchObject({ setupRequired: false, user: { username: 'quantri', roles: ['system-admin'], units: 'all' } });
    const cookie = String(setup.headers['set-cookie']);
    expect(cookie).toMatch(/^duphong_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const again = await call('POST', '/api/setup', {}, { username: 'ke-gian', password: PASSWORD });
    expect([again.status, again.body.error.code]).toEqual([409, 'DP-SETUP-DONE']);
    const state = await call('GET', '/api/session', { cookie: cookieOf(setup) });
    expect(state.body).toMatchObject({ setupRequired: false, user: { username: 'quantri' }, csrfToken: setup.body.csrfToken });
    // Only a hash of the session id is stored.
    const raw = cookieOf(setup).split('=')[1]!;
    const rows = await ctx.catalogue.accounts.getSession(raw);
    expect(rows).toBeUndefined();
  });

  it('marks the cookie Secure behind a trusted TLS proxy', async () => {
    const trusting = buildApp(
      { ...ctx, config: { ...ctx.config, server: { ...ctx.config.server, trustProxy: true } } },
      { webRoot: join(tmp.path, 'no-ui') },
    );
    try {
      const res = await trusting.inject({
        method: 'POST',
        url: '/api/session',
        payload: { username: 'quantri', password: PASSWORD },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
    } finally {
      await trusting.close();
    }
  });

  it('checks the CSRF token on every write made with the cookie', async () => {
    const admin = await signInAs('quantri');
    const body = {
      username: 'lan',
      displayName: 'Nguyễn Thị Lan',
      password: PASSWORD,
      roles: ['archivist'],
      units: ['province-2025-lao-cai'],
    };
    const missing = await call('POST', '/api/users', { cookie: admin.cookie }, body);
    expect([missing.status, missing.body.error.code]).toEqual([403, 'DP-CSRF']);
    const forged = await call('POST', '/api/users', { cookie: admin.cookie, 'x-csrf-token': 'A'.repeat(43) }, body);
    expect([forged.status, forged.body.error.code]).toEqual([403, 'DP-CSRF']);
    const created = await call('POST', '/api/users', admin, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ username: 'lan', roles: ['archivist'], units: ['province-2025-lao-cai'], disabled: false });
    expect(created.body).not.toHaveProperty('passwordHash');
    expect((await call('GET', '/api/users', { cookie: admin.cookie })).body.map((u: { username: string }) => u.username)).toEqual([
      'lan',
      'quantri',
    ]);
  });

  it('ends a session after the idle time, by the clock', async () => {
    const lan = await signInAs('lan');
    clock.advance(29 * MINUTE);
    expect((await call('GET', '/api/sites', lan)).status).toBe(200);
    clock.advance(29 * MINUTE); // 29 minutes since the last request
    expect((await call('GET', '/api/sites', lan)).status).toBe(200);
    clock.advance(31 * MINUTE);
    const expired = await call('GET', '/api/sites', lan);
    expect([expired.status, expired.body.error.code]).toEqual([401, 'DP-SESSION-EXPIRED']);
    expect((await call('GET', '/api/session', lan)).body.user).toBeNull();
  });

  it('locks a username after 5 wrong passwords (429), for 15 minutes, even with the right one', async () => {
    for (let i = 1; i <= 4; i++) {
      const res = await login('lan', 'sai-mật-khẩu-rồi');
      expect([res.statusCode, res.json().error.code]).toEqual([401, 'DP-LOGIN-FAILED']);
    }
    const fifth = await login('lan', 'sai-mật-khẩu-rồi');
    expect([fifth.statusCode, fifth.json().error.code]).toEqual([429, 'DP-LOGIN-LOCKED']);
    expect(fifth.json().error.message).toMatch(/tạm khóa/);
    expect((await login('lan', PASSWORD)).statusCode).toBe(429);
    expect((await login('quantri', PASSWORD)).statusCode).toBe(200); // others are not locked
    clock.advance(14 * MINUTE);
    expect((await login('lan', PASSWORD)).statusCode).toBe(429);
    clock.advance(2 * MINUTE);
    expect((await login('lan', PASSWORD)).statusCode).toBe(200);
    const unknown = await login('khong-ai', PASSWORD);
    expect([unknown.statusCode, unknown.json().error.code]).toEqual([401, 'DP-LOGIN-FAILED']); // the same answer as a wrong password
  });

  it('changes one’s own password (other sessions end) and lets an administrator reset it', async () => {
    const lan = await signInAs('lan');
    const other = await signInAs('lan');
    const wrong = await call('POST', '/api/session/password', lan, { current: 'không phải', next: 'mật-khẩu-mới-của-lan' });
    expect([wrong.status, wrong.body.error.code]).toEqual([400, 'DP-PASSWORD-WRONG']);
    const changed = await call('POST', '/api/session/password', lan, { current: PASSWORD, next: 'mật-khẩu-mới-của-lan' });
    expect(changed.status).toBe(200);
    expect((await call('GET', '/api/sites', other)).status).toBe(401);
    expect((await call('GET', '/api/sites', { cookie: cookieOf(changed) })).status).toBe(200);
    const admin = await signInAs('quantri');
    const id = (await call('GET', '/api/users', admin)).body.find((u: { username: string }) => u.username === 'lan').id;
    expect((await call('POST', `/api/users/${id}/password`, admin, { password: PASSWORD })).status).toBe(200);
    expect((await call('GET', '/api/sites', { cookie: cookieOf(changed) })).status).toBe(401);
    await signInAs('lan');
  });

  it('API tokens: shown once, limited to their actions and the owner’s grants, revocable, expiring', async () => {
    const lan = await signInAs('lan');
    const tooMuch = await call('POST', '/api/tokens', lan, { name: 'x', actions: ['users.manage'], expiresAt: '2026-04-01' });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([403, 'DP-FORBIDDEN']);
    const created = await call('POST', '/api/tokens', lan, { name: 'sao lưu đêm', actions: ['catalogue.read'], expiresAt: '2026-04-01' });
    expect(created.status).toBe(201);
    expect(created.body.token).toMatch(/^dp_[\w-]{43}$/);
    const bearer = { authorization: `Bearer ${created.body.token}` };
    expect((await call('GET', '/api/files', bearer)).status).toBe(200);
    expect((await call('GET', '/api/sites', bearer)).status).toBe(403); // lan may, the token may not
    // A token cannot mint a token with more of its owner's rights than it has itself.
    const minted = await call('POST', '/api/tokens', bearer, { name: 'y', actions: ['objects.ingest'], expiresAt: '2026-04-01' });
    expect([minted.status, minted.body.error.code]).toEqual([403, 'DP-TOKEN-FROM-TOKEN']);
    // No CSRF token needed with a bearer token.
    expect((await call('PUT', '/api/files/HS.1', bearer, { title: 'x' })).status).toBe(403);
    expect((await call('GET', '/api/files', { authorization: 'Bearer dp_khong-hop-le' })).status).toBe(401);
    const listed = await call('GET', '/api/tokens', lan);
    expect(listed.body).toEqual([expect.objectContaining({ name: 'sao lưu đêm', actions: ['catalogue.read'], revokedAt: null })]);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const second = await call('POST', '/api/tokens', lan, { name: 'ngắn hạn', actions: ['catalogue.read'], expiresAt: '2026-03-20' });
    expect((await call('DELETE', `/api/tokens/${created.body.id}`, lan)).status).toBe(204);
    expect((await call('GET', '/api/files', bearer)).status).toBe(401);
    const short = { authorization: `Bearer ${second.body.token}` };
    expect((await call('GET', '/api/files', short)).status).toBe(200);
    clock.advance(20 * 24 * 60 * MINUTE);
    expect((await call('GET', '/api/files', short)).status).toBe(401);
  });

  it('an administrator cannot disable themselves or drop their own system-admin role (409)', async () => {
    const admin = await signInAs('quantri');
    const id = (await call('GET', '/api/users', admin)).body.find((u: { username: string }) => u.username === 'quantri').id;
    const disable = await call('PUT', `/api/users/${id}`, admin, { disabled: true });
    expect([disable.status, disable.body.error.code]).toEqual([409, 'DP-USER-SELF-DISABLE']);
    const demote = await call('PUT', `/api/users/${id}`, admin, { roles: ['archive-admin'] });
    expect([demote.status, demote.body.error.code]).toEqual([409, 'DP-USER-SELF-DEMOTE']);
    // Other changes to oneself stay allowed, and the account is untouched by the refusals.
    const renamed = await call('PUT', `/api/users/${id}`, admin, { displayName: 'Quản trị', roles: ['system-admin', 'inspector'] });
    expect(renamed.body).toMatchObject({ disabled: false, roles: ['system-admin', 'inspector'] });
    await call('PUT', `/api/users/${id}`, admin, { roles: ['system-admin'] });
  });

  it("an administrator sees and revokes another user's API tokens", async () => {
    const lan = await signInAs('lan');
    const created = await call('POST', '/api/tokens', lan, { name: 'máy trạm', actions: ['catalogue.read'], expiresAt: '2026-04-01' });
    const bearer = { authorization: `Bearer ${created.body.token}` };
    expect((await call('GET', '/api/files', bearer)).status).toBe(200);
    const admin = await signInAs('quantri');
    const id = (await call('GET', '/api/users', admin)).body.find((u: { username: string }) => u.username === 'lan').id;
    const listed = await call('GET', `/api/users/${id}/tokens`, admin);
    expect(listed.body.map((t: { id: string }) => t.id)).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.token);
    const other = await call('DELETE', `/api/users/${id}/tokens/${'0'.repeat(8)}`, admin);
    expect([other.status, other.body.error.code]).toEqual([404, 'DP-TOKEN-NOT-FOUND']);
    expect((await call('DELETE', `/api/users/${id}/tokens/${created.body.id}`, admin)).status).toBe(204);
    expect((await call('GET', '/api/files', bearer)).status).toBe(401);
    expect((await call('GET', `/api/users/${id}/tokens`, lan)).status).toBe(403);
  });

  it('disabling a user ends their sessions and refuses their sign-in', async () => {
    const lan = await signInAs('lan');
    const admin = await signInAs('quantri');
    const id = (await call('GET', '/api/users', admin)).body.find((u: { username: string }) => u.username === 'lan').id;
    const disabled = await call('PUT', `/api/users/${id}`, admin, { disabled: true });
    expect(disabled.body).toMatchObject({ username: 'lan', disabled: true });
    expect((await call('GET', '/api/files', lan)).status).toBe(401);
    expect((await login('lan', PASSWORD)).statusCode).toBe(401);
    await call('PUT', `/api/users/${id}`, admin, { disabled: false });
  });

  it('writes views and searches to the access log, which admins filter, page and export as XLSX', async () => {
    const admin = await signInAs('quantri');
    await ctx.catalogue.records.putFonds({
      code: 'P_LC',
      name: 'Phông Lào Cai',
      kind: 'fonds',
      status: 'open',
      unitId: 'province-lao-cai',
      fields: {},
      legacy: {},
      createdAt: '2026-03-01T08:00:00.000+07:00',
      updatedAt: '2026-03-01T08:00:00.000+07:00',
    });
    await call('PUT', '/api/files/=HYPERLINK("x")', admin, {
      title: 'Hồ sơ có mã như công thức',
      fondsCode: 'P_LC',
      fields: { mode: '01' },
    });
    const lan = await signInAs('lan');
    expect((await call('GET', `/api/files/${encodeURIComponent('=HYPERLINK("x")')}`, lan)).status).toBe(200);
    clock.advance(MINUTE);
    expect((await call('GET', '/api/search?q=cong%20thuc', lan)).status).toBe(200);
    const log = await call('GET', '/api/access-log?user=lan', admin);
    expect(log.body.total).toBe(2);
    expect(log.body.entries.map((e: { action: string; recordCode: string }) => [e.action, e.recordCode])).toEqual([
      ['search', 'cong thuc'],
      ['view', '=HYPERLINK("x")'],
    ]);
    expect(log.body.entries[1]).toMatchObject({
      username: 'lan',
      recordKind: 'file',
      unitId: 'province-lao-cai',
      ip: '127.0.0.1',
      outcome: 'allowed',
    });
    expect((await call('GET', '/api/access-log?user=lan&action=view&limit=1&offset=0', admin)).body.entries).toHaveLength(1);
    expect((await call('GET', '/api/access-log', lan)).status).toBe(403);
    const xlsx = await app.inject({ method: 'GET', url: '/api/access-log/export?user=lan', headers: admin });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toMatch(/spreadsheetml/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Thời điểm');
    const codes = [2, 3].map((r) => sheet.getRow(r).getCell(5).value);
    expect(codes).toContain('\'=HYPERLINK("x")'); // a formula is neutralised, never run
    for (const r of [2, 3]) expect(sheet.getRow(r).getCell(5).formula).toBeUndefined();
  });
});
