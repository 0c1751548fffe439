import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'node:http';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../testing/http-app.js';
import { buildApp } from './app.js';
import { DEFAULT_WEB_ROOT } from './web-ui.js';
import { startServer } from './server.js';

/** One request over a real socket, with a Host header of our choosing (what a rebinding page sends). */
function rawGet(port: number, path: string, host: string): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'GET', headers: { host } }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('HTTP security: Host names and response headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('duphong-security-http-');
  });
  afterAll(async () => {
    await t?.close();
  });

  const inject = (method: 'GET' | 'POST' | 'PUT', url: string, host: string, payload?: object) =>
    t.app.inject({ method, url, headers: { host }, ...(payload && { payload }) });

  it('serves the loopback names, with any port', async () => {
    for (const host of ['localhost', 'localhost:8080', '127.0.0.1:41234', '[::1]:8080', 'LOCALHOST']) {
      const res = await inject('GET', '/api/health', host);
      expect(res.statusCode, host).toBe(200);
    }
  });

  it('refuses another name (DNS rebinding) for reads and for writes, before reading the body, in Vietnamese', async () => {
    for (const host of ['evil.example', 'evil.example:8080', 'localhost.evil.example', '127.0.0.1.nip.io', '[::2]:80']) {
      const read = await inject('GET', '/api/files', host);
      expect(read.statusCode, host).toBe(421);
      expect(read.json().error.code).toBe('DP-HOST-REFUSED');
      expect(read.json().error.message).toMatch(/^Truy cập bị từ chối: máy chủ DuPhong không phục vụ tên/);
    }
    const write = await inject('PUT', '/api/files/H49.64.33.2001.160', 'evil.example', { title: 'Giả mạo' });
    expect([write.statusCode, write.json().error.code]).toEqual([421, 'DP-HOST-REFUSED']);
    const invalid = await inject('POST', '/api/audits', 'evil.example', { all: 'không hợp lệ' });
    expect(invalid.statusCode).toBe(421); // refused before validation: nothing learnt from the body
    expect((await t.call('GET', '/api/files/H49.64.33.2001.160')).status).toBe(404); // the write never happened
    const en = await t.app.inject({ method: 'GET', url: '/', headers: { host: 'evil.example', 'accept-language': 'en' } });
    expect(en.json().error.message).toMatch(/^Access refused/);
  });

  it('serves the names the operator configured instead of the defaults', async () => {
    const app = buildApp(t.ctx, { allowedHosts: ['duphong.lan', '::1'], webRoot: join(t.ctx.home, 'no-ui') });
    try {
      const status = async (host: string) => (await app.inject({ method: 'GET', url: '/api/health', headers: { host } })).statusCode;
      expect(await status('duphong.lan:8080')).toBe(200);
      expect(await status('[::1]')).toBe(200);
      expect(await status('localhost')).toBe(421);
    } finally {
      await app.close();
    }
  });

  it('refuses a foreign Host over a real socket too', async () => {
    const server = await startServer(t.ctx, { host: '127.0.0.1', port: 0, webRoot: join(t.ctx.home, 'no-ui') });
    try {
      expect((await rawGet(server.port, '/api/health', `127.0.0.1:${server.port}`)).status).toBe(200);
      const evil = await rawGet(server.port, '/api/health', `evil.example:${server.port}`);
      expect(evil.status).toBe(421);
      expect(JSON.parse(evil.body).error.code).toBe('DP-HOST-REFUSED');
      expect(evil.headers['x-frame-options']).toBe('DENY');
    } finally {
      await server.close();
    }
  });

  it('sends the security headers on every response: API, errors, refusals, the UI and its files', async () => {
    const webRoot = join(t.ctx.home, 'ui');
    mkdirSync(join(webRoot, 'assets'), { recursive: true });
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><html lang="vi"><title>DuPhong</title></html>');
    writeFileSync(join(webRoot, 'assets', 'app.js'), 'console.log("DuPhong")');
    const ui = buildApp(t.ctx, { webRoot });
    try {
      const responses = [
        await ui.inject({ method: 'GET', url: '/api/health' }),
        await ui.inject({ method: 'GET', url: '/api/khong-co' }),
        await ui.inject({ method: 'GET', url: '/api/objects?limit=0' }),
        await ui.inject({ method: 'GET', url: '/api/sites', remoteAddress: '10.1.2.3' }),
        await ui.inject({ method: 'GET', url: '/api/health', headers: { host: 'evil.example' } }),
        await ui.inject({ method: 'GET', url: '/' }),
        await ui.inject({ method: 'GET', url: '/ho-so/H49' }),
        await ui.inject({ method: 'GET', url: '/assets/app.js' }),
        await t.app.inject({ method: 'GET', url: '/' }), // the "not built" page
      ];
      expect(responses.map((r) => r.statusCode)).toEqual([200, 404, 401, 401, 421, 200, 200, 200, 503]);
      for (const res of responses) {
        const csp = String(res.headers['content-security-policy']);
        expect(csp).toContain("default-src 'self'");
        expect(csp).toContain("script-src 'self'");
        expect(csp).not.toContain('unsafe-inline');
        expect(csp).toContain("object-src 'none'");
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("base-uri 'none'");
        expect(res.headers['x-content-type-options']).toBe('nosniff');
        expect(res.headers['x-frame-options']).toBe('DENY');
        expect(res.headers['referrer-policy']).toBe('no-referrer');
      }
    } finally {
      await ui.close();
    }
  });
});

describe('the built web UI fits the Content-Security-Policy', () => {
  it('has no inline script or style in its index.html', () => {
    const index = join(DEFAULT_WEB_ROOT, 'index.html');
    expect(existsSync(index), 'packages/web/dist is built by `npm run build`').toBe(true);
    const html = readFileSync(index, 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/g) ?? []) expect(tag).toMatch(/\ssrc="\/assets\//);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});
