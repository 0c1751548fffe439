import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { STORAGE_ROOT } from '../storage/site-ocfl.js';
import { signedInUser } from '../testing/sign-in.js';
import { buildApp, type DuphongApp } from './app.js';

describe('HTTP API: sites and the replication policy', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;
  let admin: Record<string, string> = {};
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object, headers: Record<string, string> = {}) => {
    const res = await app.inject({ method, url, ...(payload && { payload }), headers: { ...admin, ...headers } });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const configured = () => (JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as { sites: Json[] }).sites;

  beforeAll(async () => {
    tmp = tempDir('duphong-http-sites-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await app.ready();
    admin = { ...(await signedInUser(ctx, { roles: ['archive-admin'] })).headers };
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('refuses a bad site with every problem in Vietnamese (English on request), changing nothing', async () => {
    const bad = await call('POST', '/api/sites', { name: 'Kho Huế', kind: 'fs', region: 'mien-trung', medium: 'usb' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('DP-SITE-INVALID');
    expect(bad.body.error.message).toContain('tên site chỉ gồm chữ thường');
    expect(bad.body.error.message).toContain('vùng "mien-trung" không hợp lệ: dùng bac (Bắc), trung (Trung), nam (Nam)');
    expect(bad.body.error.message).toContain('phương tiện "usb" không hợp lệ');
    expect(bad.body.error.message).toContain('site fs cần đường dẫn thư mục');
    const s3 = await call('POST', '/api/sites', { name: 's3-hue', kind: 's3', region: 'trung' }, { 'accept-language': 'en' });
    expect(s3.body.error.message).toBe('Invalid site: an s3 site needs an endpoint URL; an s3 site needs a bucket.');
    expect(configured().map((s) => s.name)).toEqual(['bac', 'trung', 'nam']);
  });

  it('adds an fs site through the same use case as the CLI: storage root laid, config, catalogue and running server updated', async () => {
    const path = join(tmp.path, 'bang-tu-hue');
    const body = {
      name: 'hue-tape',
      kind: 'fs',
      region: 'trung',
      medium: 'tape',
      path,
      description: 'Kho băng từ Trung tâm Lưu trữ quốc gia IV',
    };
    // The folder is a mounted medium the operator provides: missing, nothing is written anywhere.
    const unmounted = await call('POST', '/api/sites', body);
    expect([unmounted.status, unmounted.body.error.code]).toEqual([503, 'DP-SITE-UNAVAILABLE']);
    expect(unmounted.body.error.message).toMatch(/^Không ghi được vào site "hue-tape": .+ Không có gì được thay đổi\.$/);
    expect(configured()).toHaveLength(3);
    expect(ctx.sites.has('hue-tape')).toBe(false);

    mkdirSync(path);
    const added = await call('POST', '/api/sites', body);
    expect(added.status).toBe(201);
    expect(added.body).toEqual({
      name: 'hue-tape',
      kind: 'fs',
      region: 'trung',
      medium: 'tape',
      description: 'Kho băng từ Trung tâm Lưu trữ quốc gia IV',
    });
    expect(existsSync(join(path, STORAGE_ROOT, '0=ocfl_1.1'))).toBe(true);
    expect(configured().at(-1)).toMatchObject({ name: 'hue-tape', medium: 'tape', path });
    expect(ctx.sites.has('hue-tape')).toBe(true);
    expect((await ctx.catalogue.getSite('hue-tape'))?.medium).toBe('tape');

    const list = await call('GET', '/api/sites');
    expect(list.body.find((s: Json) => s.name === 'hue-tape')).toEqual({
      name: 'hue-tape',
      kind: 'fs',
      region: 'trung',
      medium: 'tape',
      online: true,
      objects: 0,
      bytes: 0,
      vanished: false,
      description: 'Kho băng từ Trung tâm Lưu trữ quốc gia IV',
      location: path,
      copies: { ok: 0, pending: 0, damaged: 0, missing: 0 },
      lastVerifiedAt: null,
    });

    const again = await call('POST', '/api/sites', { name: 'hue-tape', kind: 'fs', region: 'nam', path });
    expect([again.status, again.body.error.code]).toEqual([409, 'DP-SITE-EXISTS']);
  });

  it('edits region, medium and description; refuses unknown sites and bad values', async () => {
    const edited = await call('PUT', '/api/sites/nam', { medium: 'optical', description: 'Đĩa quang, kho Cần Thơ' });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ name: 'nam', region: 'nam', medium: 'optical', description: 'Đĩa quang, kho Cần Thơ' });
    expect(configured().find((s) => s.name === 'nam')).toMatchObject({ medium: 'optical', path: 'sites/nam' });
    expect(ctx.sites.get('nam')?.config.medium).toBe('optical');
    const cleared = await call('PUT', '/api/sites/nam', { description: '' });
    expect(cleared.body.description).toBe('');
    expect(configured().find((s) => s.name === 'nam')).not.toHaveProperty('description');

    const unknown = await call('PUT', '/api/sites/khong-co', { region: 'bac' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'DP-SITE-UNKNOWN']);
    const bad = await call('PUT', '/api/sites/bac', { region: 'tay-nguyen' });
    expect([bad.status, bad.body.error.code]).toEqual([400, 'DP-SITE-INVALID']);
    expect(configured().find((s) => s.name === 'bac')?.region).toBe('bac');
  });

  it('shows the replication policy and says plainly when the sites cannot meet it', async () => {
    const met = await call('GET', '/api/policy');
    expect(met.status).toBe(200);
    expect(met.body).toMatchObject({ copies: 3, minRegions: 2, minMedia: 2, met: true, shortfalls: [], objects: { total: 0, below: 0 } });

    // Back to one medium everywhere: the default three disk sites cannot meet "2 media".
    await call('PUT', '/api/sites/nam', { medium: 'disk' });
    await call('PUT', '/api/sites/hue-tape', { medium: 'disk' });
    const short = await call('GET', '/api/policy');
    expect(short.body.met).toBe(false);
    expect(short.body.sites.media).toEqual(['disk']);
    expect(short.body.shortfalls).toEqual([
      {
        code: 'DP-POLICY-MEDIA',
        message: 'Các site chỉ dùng 1/2 loại phương tiện: cần site trên phương tiện khác (băng từ, đĩa quang, S3…).',
      },
    ]);
  });
});
