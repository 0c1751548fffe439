import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { DocumentRecord } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { runSearch } from '../cli/commands/search.js';
import { Output } from '../cli/output.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { buildApp, type DuphongApp } from './app.js';
import { injectAs, signedInUser } from '../testing/sign-in.js';

const T = '2026-03-01T08:00:00.000+07:00';
const doc = (n: number, subject: string, mode: string): DocumentRecord => ({
  id: `QN.2001.01.000000${n}`,
  fileCode: 'QN.2001.01',
  ordinal: n,
  kind: 'doc',
  fields: { subject, mode, typeName: '02', issuedDate: `0${n}/01/2001` },
  legacy: {},
  createdAt: T,
  updatedAt: T,
});

describe('search: HTTP GET /api/search and `duphong search`', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  let staff: Record<string, string>;
  // A reader by default (levels 01–02); `as` another signed-in user.
  const get = async (url: string, as?: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url, ...(as && { headers: as }) });
    return { status: res.statusCode, body: res.json() as Json };
  };
  const codes = (body: Json): string[] => (body.hits as Json[]).map((h) => h.code as string);

  beforeAll(async () => {
    tmp = tempDir('duphong-search-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    const title = 'Hồ sơ thành lập thành phố Đà Nẵng';
    await ctx.catalogue.records.putFile({
      code: 'QN.2001.01',
      fondsCode: 'P_QN',
      title,
      fields: { title, mode: '01', startDate: '2001' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    await ctx.catalogue.records.putDocument(doc(1, 'Quyết định thành lập thành phố Đà Nẵng', '01'));
    await ctx.catalogue.records.putDocument(doc(2, 'Công văn về địa giới Đà Nẵng', '02'));
    await ctx.catalogue.records.putDocument(doc(3, 'Quyết định mật về nhân sự Đà Nẵng', '03'));
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    staff = (await signedInUser(ctx)).headers;
    injectAs(app, (await signedInUser(ctx, { username: 'docgia', roles: ['reader'] })).headers);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('finds folded queries with levels 01–02 by default, facets included', async () => {
    const { status, body } = await get(`/api/search?q=${encodeURIComponent('da nang')}`);
    expect(status).toBe(200);
    expect(body.levels).toEqual(['01', '02']);
    expect(body.total).toBe(3);
    expect(codes(body)).toEqual(['QN.2001.01', 'QN.2001.01.0000001', 'QN.2001.01.0000002']);
    expect(body.hits[1]).toMatchObject({ kind: 'document', fileCode: 'QN.2001.01', fondsCode: 'P_QN', year: 2001, mode: '01', score: 2 });
    expect(body.facets.mode).toEqual([
      { value: '01', count: 2 },
      { value: '02', count: 1 },
    ]);
  });

  it('takes the levels from the user’s roles (a `levels` parameter is ignored); filters are checked', async () => {
    const secret = await get('/api/search?q=nhan%20su', staff);
    expect(codes(secret.body)).toEqual(['QN.2001.01.0000003']);
    const reader = await get('/api/search?q=nhan%20su&levels=01,02,03');
    expect(reader.status).toBe(200);
    expect(reader.body).toMatchObject({ total: 0, levels: ['01', '02'], hits: [] });
    expect(codes((await get('/api/search?q=&year=2001&type=02&mode=01')).body)).toEqual(['QN.2001.01.0000001']);
    const bad = await get('/api/search?q=x&year=20x1');
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('DP-USAGE');
    const openapi = await get('/api/openapi.json');
    expect(Object.keys(openapi.body.paths)).toContain('/api/search');
  });

  it('`duphong search --json` runs as staff and prints {total, hits, facets}', async () => {
    let stdout = '';
    const out = new Output(
      true,
      'vi',
      (s) => (stdout += s),
      () => undefined,
    );
    expect(await runSearch(['Quyết định', '--home', home, '--json', '--limit', '1'], out)).toBe(0);
    const result = JSON.parse(stdout) as Json;
    expect(result.total).toBe(2);
    expect(result.hits).toEqual([expect.objectContaining({ kind: 'document', code: 'QN.2001.01.0000001', score: 3 })]);
    stdout = '';
    expect(await runSearch(['Quyết định', '--home', home, '--json', '--levels', '01'], out)).toBe(0);
    expect((JSON.parse(stdout) as Json).total).toBe(1);
    stdout = '';
    let human = '';
    const text = new Output(
      false,
      'en',
      (s) => (human += s),
      () => undefined,
    );
    expect(await runSearch(['da nang', '--home', home, '--fonds', 'P_QN', '--kind', 'file'], text)).toBe(0);
    expect(human).toContain('1 results, showing 1–1');
    await expect(runSearch(['x', '--home', home, '--backup', 'maybe'], out)).rejects.toThrow(/backup/);
  });
});
