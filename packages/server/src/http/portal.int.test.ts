import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { AccessMode, PortalRecord } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { buildApp, type DuphongApp } from './app.js';
import { signedInUser } from '../testing/sign-in.js';

/*
 * GET /api/portal/search (decision 0027): anonymous visitors see level 01 only; a signed-in
 * archivist also sees the 02/03 records of their own unit, never another province's.
 */
const rec = (peer: string, unit: string, province: string, code: string, title: string, access: AccessMode): PortalRecord => ({
  peerId: peer,
  oaiId: `oai:${peer}:${code}`,
  fileCode: code,
  title,
  dates: '2001-01-01/2001-12-31',
  fondsCode: `P.${peer}`,
  fondsName: `Phông ${province}`,
  unit,
  province,
  access,
  url: `https://${peer}.example/#/ho-so/${code}`,
  datestamp: '2026-12-01T00:00:00Z',
});

describe('portal: GET /api/portal/search and /api/portal/harvests', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const get = async (url: string, headers?: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url, ...(headers && { headers }) });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const codes = (body: Json): string[] => (body.hits as Json[]).map((h) => h.fileCode as string).sort();

  beforeAll(async () => {
    tmp = tempDir('duphong-portal-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    await ctx.catalogue.units.putUnit({ id: 'province-lao-cai', kind: 'province' });
    await ctx.catalogue.portal.putRecords([
      rec('tinh-lao-cai', 'province-lao-cai', 'Lào Cai', 'LC.1', 'Hồ sơ thành lập tỉnh Hà Nội', '01'),
      rec('tinh-lao-cai', 'province-lao-cai', 'Lào Cai', 'LC.2', 'Hồ sơ nhân sự Hà Nội', '03'),
      rec('tinh-quang-nam', 'province-quang-nam', 'Quảng Nam', 'QN.1', 'Địa giới Hà Nội và Quảng Nam', '01'),
      rec('tinh-quang-nam', 'province-quang-nam', 'Quảng Nam', 'QN.2', 'Hồ sơ Hà Nội có điều kiện', '02'),
    ]);
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('shows anonymous visitors public records only, found without accents, with facets and the link back', async () => {
    const { status, body } = await get('/api/portal/search?q=ha%20noi');
    expect(status).toBe(200);
    expect(codes(body)).toEqual(['LC.1', 'QN.1']);
    expect(body.total).toBe(2);
    expect(body.totalCapped).toBe(false);
    expect(body.facets.province).toEqual([
      { value: 'Lào Cai', count: 1 },
      { value: 'Quảng Nam', count: 1 },
    ]);
    const hit = (body.hits as Json[]).find((h) => h.fileCode === 'LC.1')!;
    expect(hit).toMatchObject({
      url: 'https://tinh-lao-cai.example/#/ho-so/LC.1',
      instance: 'tinh-lao-cai',
      access: { code: '01', label: 'Công khai' },
      fonds: { code: 'P.tinh-lao-cai', name: 'Phông Lào Cai' },
    });
    expect(codes((await get('/api/portal/search?q=ha%20noi&province=Qu%E1%BA%A3ng%20Nam')).body)).toEqual(['QN.1']);
    expect(codes((await get('/api/portal/search?fonds=P.tinh-lao-cai')).body)).toEqual(['LC.1']);
    expect((await get('/api/portal/search?page=0')).status).toBe(400);
  });

  it('shows a signed-in archivist more only within their own unit', async () => {
    const archivist = (await signedInUser(ctx, { username: 'lc', roles: ['archivist'], units: ['province-lao-cai'] })).headers;
    expect(codes((await get('/api/portal/search?q=ha%20noi', archivist)).body)).toEqual(['LC.1', 'LC.2', 'QN.1']);
    const reader = (await signedInUser(ctx, { username: 'docgia', roles: ['reader'], units: 'all' })).headers;
    expect(codes((await get('/api/portal/search?q=ha%20noi', reader)).body)).toEqual(['LC.1', 'QN.1', 'QN.2']);
  });

  it('keeps the harvest status for admins', async () => {
    expect((await get('/api/portal/harvests')).status).toBe(401);
    const admin = (await signedInUser(ctx)).headers;
    const { status, body } = await get('/api/portal/harvests', admin);
    expect(status).toBe(200);
    expect(body).toEqual({ peers: [] });
  });
});
