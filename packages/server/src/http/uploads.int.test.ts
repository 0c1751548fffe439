import { request as httpRequest } from 'node:http';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asUser, startListeningApp, tus, uploadMetadata, type ListeningApp } from '../testing/listening-app.js';
import { uploadDataPath } from '../usecases/uploads.js';
import type { Json } from '../testing/http-app.js';

const json = async (res: Response): Promise<Json> => (await res.json()) as Json;

/** Send `bytes` as a PATCH body and cut the connection once the server holds `cutAt` bytes. */
async function patchThenCut(t: ListeningApp, location: string, bytes: Uint8Array, cutAt: number): Promise<void> {
  const url = new URL(`${t.base}${location}`);
  const req = httpRequest({
    host: url.hostname,
    port: url.port,
    path: url.pathname,
    method: 'PATCH',
    headers: {
      ...tus('an'),
      'Upload-Offset': '0',
      'Content-Type': 'application/offset+octet-stream',
      // Declares the whole body, sends part of it: what a laptop losing its Wi-Fi looks like.
      'Content-Length': String(bytes.byteLength),
    },
  });
  req.on('error', () => undefined);
  req.write(bytes.subarray(0, cutAt));
  const id = location.slice(location.lastIndexOf('/') + 1);
  const path = uploadDataPath(t.ctx, id);
  // Wait (on the outcome, not on a clock) until the server has written what was sent.
  while (!existsSync(path) || readFileSync(path).byteLength < cutAt) await new Promise((r) => setImmediate(r));
  req.destroy();
}

async function head(t: ListeningApp, location: string, user = 'an') {
  return fetch(`${t.base}${location}`, { method: 'HEAD', headers: tus(user) });
}

describe('resumable uploads over HTTP (tus 1.0)', () => {
  let t: ListeningApp;
  beforeAll(async () => {
    t = await startListeningApp('duphong-uploads-', (ctx) => {
      ctx.config.uploads = { maxBytes: 4_000_000, maxTotalBytes: 6_000_000 };
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('announces itself: OPTIONS lists the version, extensions and maximum size', async () => {
    const res = await fetch(`${t.base}/api/uploads/`, { method: 'OPTIONS', headers: { ...asUser('an') } });
    expect(res.status).toBe(204);
    expect(res.headers.get('tus-version')).toBe('1.0.0');
    expect(res.headers.get('tus-extension')).toBe('creation,termination');
    expect(res.headers.get('tus-max-size')).toBe('4000000');
  });

  it('resumes after the connection is cut halfway: HEAD gives the offset, the rest follows, bytes identical', async () => {
    const bytes = new Uint8Array(randomBytes(1_000_000));
    const created = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': String(bytes.byteLength), 'Upload-Metadata': uploadMetadata('Hồ sơ 01.zip') }),
    });
    expect(created.status).toBe(201);
    expect(created.headers.get('tus-resumable')).toBe('1.0.0');
    const location = created.headers.get('location')!;
    expect(location).toMatch(/^\/api\/uploads\/[0-9a-f]{32}$/);

    await patchThenCut(t, location, bytes, 500_000);
    // The server notices the cut and keeps what arrived; a new PATCH may meet the old one still closing.
    let offset = -1;
    for (;;) {
      const h = await head(t, location);
      expect(h.status).toBe(200);
      expect(h.headers.get('cache-control')).toBe('no-store');
      expect(h.headers.get('upload-length')).toBe('1000000');
      offset = Number(h.headers.get('upload-offset'));
      const resumed = await fetch(`${t.base}${location}`, {
        method: 'PATCH',
        headers: tus('an', { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' }),
        body: bytes.subarray(offset),
      });
      if (resumed.status === 409 && (await json(resumed)).error.code === 'DP-UPLOAD-BUSY') continue;
      expect(resumed.status).toBe(204);
      expect(resumed.headers.get('upload-offset')).toBe('1000000');
      break;
    }
    expect(offset).toBeGreaterThanOrEqual(500_000);
    expect(offset).toBeLessThan(1_000_000);
    const id = location.slice(location.lastIndexOf('/') + 1);
    expect(Buffer.compare(readFileSync(uploadDataPath(t.ctx, id)), Buffer.from(bytes))).toBe(0);
    const state = await json(await fetch(`${t.base}${location}`, { headers: { ...asUser('an') } }));
    expect(state).toMatchObject({ filename: 'Hồ sơ 01.zip', length: 1_000_000, offset: 1_000_000, complete: true });
  });

  it('refuses a PATCH at the wrong offset with 409, and a missing Tus-Resumable with 412', async () => {
    const created = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': '10', 'Upload-Metadata': uploadMetadata('a.txt') }),
    });
    const location = created.headers.get('location')!;
    const wrong = await fetch(`${t.base}${location}`, {
      method: 'PATCH',
      headers: tus('an', { 'Upload-Offset': '5', 'Content-Type': 'application/offset+octet-stream' }),
      body: new Uint8Array(5),
    });
    expect(wrong.status).toBe(409);
    expect((await json(wrong)).error.code).toBe('DP-UPLOAD-OFFSET');
    const noTus = await fetch(`${t.base}${location}`, { method: 'HEAD', headers: { ...asUser('an') } });
    expect(noTus.status).toBe(412);
    const tooMuch = await fetch(`${t.base}${location}`, {
      method: 'PATCH',
      headers: tus('an', { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
      body: new Uint8Array(11),
    });
    expect(tooMuch.status).toBe(400);
    expect((await json(tooMuch)).error.code).toBe('DP-UPLOAD-OVERFLOW');
    const deleted = await fetch(`${t.base}${location}`, { method: 'DELETE', headers: tus('an') });
    expect(deleted.status).toBe(204);
    expect((await head(t, location)).status).toBe(404);
  });

  it('refuses an upload over the size limit, or over the total, with 413 and a Vietnamese message, before any byte', async () => {
    const big = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': String(10_000_000_000), 'Upload-Metadata': uploadMetadata('10GB.zip') }),
    });
    expect(big.status).toBe(413);
    const body = await json(big);
    expect(body.error.code).toBe('DP-UPLOAD-TOO-LARGE');
    expect(body.error.message).toContain('vượt giới hạn 4,0 MB');
    expect(body.error.message).toContain('10 GB');
    const fits = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': '3500000', 'Upload-Metadata': uploadMetadata('b.zip') }),
    });
    expect(fits.status).toBe(201);
    const overTotal = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': '3500000', 'Upload-Metadata': uploadMetadata('c.zip') }),
    });
    expect(overTotal.status).toBe(413);
    expect((await json(overTotal)).error.code).toBe('DP-UPLOAD-QUOTA');
    await fetch(`${t.base}${fits.headers.get('location')}`, { method: 'DELETE', headers: tus('an') });
  });

  it('refuses traversal, absolute, NUL, direction-override and look-alike names; keeps NFD names as NFC', async () => {
    for (const [name, relative] of [
      ['../../etc/passwd', undefined],
      ['x.tif', '../ngoài/x.tif'],
      ['x.tif', '/etc/x.tif'],
      ['a\u0000b.zip', undefined],
      ['hoso\u202egpj.exe', undefined],
      ['x.tif', 'thư mục\uff0f..\uff0fx.tif'],
      ['x.tif', 'C:/Windows/x.tif'],
    ] as const) {
      const res = await fetch(`${t.base}/api/uploads/`, {
        method: 'POST',
        headers: tus('an', { 'Upload-Length': '1', 'Upload-Metadata': uploadMetadata(name, relative) }),
      });
      expect(res.status, `${name} ${relative}`).toBe(400);
      expect((await json(res)).error.code).toBe('DP-UPLOAD-BAD-NAME');
    }
    const nfd = 'Quyết định.pdf'.normalize('NFD');
    const ok = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': '1', 'Upload-Metadata': uploadMetadata(nfd, `Tờ trình/${nfd}`.normalize('NFD')) }),
    });
    expect(ok.status).toBe(201);
    const body = await json(ok);
    expect(body.filename).toBe('Quyết định.pdf'.normalize('NFC'));
    expect(body.relativePath).toBe('Tờ trình/Quyết định.pdf'.normalize('NFC'));
  });

  it("another user's upload does not exist for them: no offset, no append, no delete", async () => {
    const created = await fetch(`${t.base}/api/uploads/`, {
      method: 'POST',
      headers: tus('an', { 'Upload-Length': '4', 'Upload-Metadata': uploadMetadata('riêng.txt') }),
    });
    const location = created.headers.get('location')!;
    expect((await head(t, location, 'binh')).status).toBe(404);
    const append = await fetch(`${t.base}${location}`, {
      method: 'PATCH',
      headers: tus('binh', { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
      body: new Uint8Array(4),
    });
    expect(append.status).toBe(404);
    expect((await fetch(`${t.base}${location}`, { method: 'DELETE', headers: tus('binh') })).status).toBe(404);
    expect(Number((await head(t, location, 'an')).headers.get('upload-offset'))).toBe(0);
  });
});
