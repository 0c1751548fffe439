import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import { OIDC_SECRET_ENV } from '../config/oidc-config.js';
import type { Context } from '../ports/context.js';
import { addUser, updateUser } from '../usecases/accounts.js';
import { tempDir } from '../testing/homes.js';
import { startTestOidcProvider, type TestOidcProvider } from '../testing/oidc-provider.js';
import { buildApp, type DuphongApp } from './app.js';

/*
 * Sign-in through a real OpenID Connect provider (oidc-provider on 127.0.0.1) driven as a browser
 * would: redirects followed by hand, cookies kept per host. DuPhong is reached through inject under
 * its configured callback origin http://localhost; the provider over real HTTP.
 */
const DUPHONG = 'http://localhost';
const REDIRECT = `${DUPHONG}/api/oidc/callback`;
const CLIENT = { clientId: 'duphong', clientSecret: 'bi-mat-cua-ung-dung-thu-nghiem' };

type Answer = { status: number; location?: string; body: string; url: string };

/** One browser: a cookie jar per host name. */
class Browser {
  private readonly jars = new Map<string, Map<string, string>>();
  /** The Set-Cookie lines of the last answer. */
  lastSetCookies: string[] = [];
  constructor(
    private readonly app: DuphongApp,
    private readonly accept = 'application/json',
  ) {}

  cookie(host: string, name: string): string | undefined {
    return this.jars.get(host)?.get(name);
  }

  private keep(host: string, setCookies: string[]) {
    this.lastSetCookies = setCookies;
    const jar = this.jars.get(host) ?? new Map<string, string>();
    this.jars.set(host, jar);
    for (const line of setCookies) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === '' || /max-age=0\b/i.test(line)) jar.delete(name);
      else jar.set(name, value);
    }
  }

  private cookieHeader(host: string): string {
    return [...(this.jars.get(host) ?? new Map<string, string>())].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One GET, no redirect followed. */
  async get(url: string): Promise<Answer> {
    const u = new URL(url);
    if (u.origin === DUPHONG) {
      const res = await this.app.inject({
        method: 'GET',
        url: u.pathname + u.search,
        headers: { host: 'localhost', cookie: this.cookieHeader(u.hostname), accept: this.accept },
      });
      const set = res.headers['set-cookie'];
      this.keep(u.hostname, set === undefined ? [] : Array.isArray(set) ? set : [set]);
      return { status: res.statusCode, location: res.headers.location as string | undefined, body: res.body, url };
    }
    const res = await fetch(u, { redirect: 'manual', headers: { cookie: this.cookieHeader(u.hostname), accept: this.accept } });
    this.keep(u.hostname, res.headers.getSetCookie());
    return { status: res.status, location: res.headers.get('location') ?? undefined, body: await res.text(), url };
  }

  /** Follow redirects from `url`; stop before requesting a URL that starts with `stopAt`, or at a non-redirect. */
  async follow(url: string, stopAt?: string): Promise<Answer | { stoppedAt: string }> {
    let next = url;
    for (let hops = 0; hops < 20; hops++) {
      if (stopAt && next.startsWith(stopAt)) return { stoppedAt: next };
      const answer = await this.get(next);
      if (answer.status < 300 || answer.status >= 400 || !answer.location) return answer;
      next = new URL(answer.location, next).href;
    }
    throw new Error('too many redirects');
  }

  /** Through the provider's pages up to the callback URL DuPhong is about to receive. */
  async untilCallback(): Promise<string> {
    const r = await this.follow(`${DUPHONG}/api/oidc/start`, REDIRECT);
    if (!('stoppedAt' in r))
      throw new Error(
        `the flow did not reach the callback: ${r.status} ${r.url} ${r.body
          .replace(/<style>[^]*<\/style>/, '')
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 400)}`,
      );
    return r.stoppedAt;
  }

  async session(): Promise<{ user: { username: string } | null }> {
    return JSON.parse((await this.get(`${DUPHONG}/api/session`)).body) as { user: { username: string } | null };
  }
}

describe('sign-in through an OpenID Connect provider', () => {
  const tmp = tempDir('oidc');
  let provider: TestOidcProvider;
  let ctx: Context;
  let app: DuphongApp;
  const savedSecret = process.env[OIDC_SECRET_ENV];

  beforeAll(async () => {
    provider = await startTestOidcProvider({
      ...CLIENT,
      redirectUri: REDIRECT,
      usernames: { 'sub-archivist': 'Lưu.Trữ.Viên', 'sub-stranger': 'nguoi.la', 'sub-disabled': 'da.khoa', 'sub-nameless': '' },
    });
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    const configFile = join(home, 'config.json');
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    config.auth = { oidc: { issuer: provider.issuer, clientId: CLIENT.clientId, redirectUrl: REDIRECT, scopes: ['openid', 'profile'] } };
    writeFileSync(configFile, JSON.stringify(config));
    process.env[OIDC_SECRET_ENV] = CLIENT.clientSecret;
    ctx = await openContext(home);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    const user = { displayName: '', password: 'mật-khẩu-dài-đủ', roles: ['archivist' as const], units: 'all' as const };
    await addUser(ctx, { ...user, username: 'lưu.trữ.viên' });
    await addUser(ctx, { ...user, username: 'da.khoa' });
    await updateUser(ctx, { username: 'da.khoa' }, { disabled: true });
  });

  afterAll(async () => {
    if (savedSecret === undefined) delete process.env[OIDC_SECRET_ENV];
    else process.env[OIDC_SECRET_ENV] = savedSecret;
    await app?.close();
    await ctx?.close();
    await provider?.close();
    tmp.remove();
  });

  it('says that it is offered, with the button words', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/oidc/status', headers: { host: 'localhost' } });
    expect(res.json()).toEqual({ enabled: true, label: 'Đăng nhập bằng tài khoản cơ quan', labelEn: 'Sign in with your agency account' });
  });

  it('signs an existing user in: the session cookie works on GET /api/session', async () => {
    provider.signInAs('sub-archivist');
    const browser = new Browser(app);
    const callback = await browser.untilCallback();
    expect(new URL(callback).searchParams.get('code')).toBeTruthy();
    const done = await browser.get(callback);
    expect(done.status).toBe(302);
    expect(done.location).toBe('/');
    expect(browser.lastSetCookies).toHaveLength(2);
    expect(browser.lastSetCookies.find((c) => c.startsWith('duphong_session='))).toMatch(
      /; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/,
    );
    expect(browser.cookie('localhost', 'duphong_session')).toBeTruthy();
    expect(browser.cookie('localhost', 'duphong_oidc')).toBeUndefined();
    expect((await browser.session()).user?.username).toBe('lưu.trữ.viên');
  });

  it('refuses a subject with no DuPhong account, in Vietnamese, and creates nobody', async () => {
    provider.signInAs('sub-stranger');
    const browser = new Browser(app);
    const res = await browser.get(await browser.untilCallback());
    expect(res.status).toBe(403);
    const { error } = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(error.code).toBe('DP-OIDC-UNKNOWN-USER');
    expect(error.message).toContain('chưa có (hoặc đã bị khóa) trong DuPhong');
    expect(browser.cookie('localhost', 'duphong_session')).toBeUndefined();
    expect(await ctx.catalogue.accounts.getUserByUsername('nguoi.la')).toBeUndefined();
  });

  it('refuses a disabled user, and a token without the username claim; a browser gets a page', async () => {
    provider.signInAs('sub-disabled');
    const html = new Browser(app, 'text/html');
    const page = await html.get(await html.untilCallback());
    expect(page.status).toBe(403);
    expect(page.body).toContain('DP-OIDC-UNKNOWN-USER');
    expect(page.body).toContain('Không đăng nhập được');
    provider.signInAs('sub-nameless');
    const browser = new Browser(app);
    const res = await browser.get(await browser.untilCallback());
    expect(res.status).toBe(403);
    expect(res.body).toContain('DP-OIDC-NO-USERNAME');
  });

  it('refuses a forged state and a callback without its pending cookie', async () => {
    provider.signInAs('sub-archivist');
    const browser = new Browser(app);
    const callback = new URL(await browser.untilCallback());
    callback.searchParams.set('state', 'trang-thai-gia-mao');
    const forged = await browser.get(callback.href);
    expect(forged.status).toBe(401);
    expect(forged.body).toContain('DP-OIDC-FAILED');
    expect(browser.cookie('localhost', 'duphong_session')).toBeUndefined();

    const other = new Browser(app);
    const stranger = new Browser(app); // another browser, never started a sign-in
    const res = await stranger.get(await other.untilCallback());
    expect(res.status).toBe(401);
    expect(res.body).toContain('DP-OIDC-FAILED');
  });

  it('refuses a replayed code, as the same callback and under a fresh sign-in', async () => {
    provider.signInAs('sub-archivist');
    const browser = new Browser(app);
    const callback = await browser.untilCallback();
    expect((await browser.get(callback)).status).toBe(302);

    const attacker = new Browser(app);
    const replay = await attacker.get(callback);
    expect(replay.status).toBe(401);

    // A fresh sign-in's state with the used code: DuPhong's checks pass, the provider refuses the code.
    const fresh = new URL(await attacker.untilCallback());
    const stale = new URL(callback);
    stale.searchParams.set('state', fresh.searchParams.get('state')!);
    const res = await attacker.get(stale.href);
    expect(res.status).toBe(401);
    expect(res.body).toContain('DP-OIDC-FAILED');
    expect(attacker.cookie('localhost', 'duphong_session')).toBeUndefined();
  });
});
