import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { codeListSeed } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { nodeHasher } from '../adapters/node-hasher.js';
import type { KyselyCatalogue } from '../adapters/catalogue/kysely-catalogue.js';
import { startTestApp, type Json, type TestApp } from '../testing/http-app.js';
import { signedInUser } from '../testing/sign-in.js';

const SEED = codeListSeed(nodeHasher);
const CENTRAL = SEED.map((s) => ({ listId: s.list.id, version: 1, digest: s.version.digest }));

describe('HTTP API: shared code lists (danh mục dùng chung)', () => {
  let t: TestApp;
  let ctx: Context;
  const get = (url: string) => t.call('GET', url);
  const post = (url: string, payload: unknown, remoteAddress?: string) => t.call('POST', url, payload, remoteAddress);

  beforeAll(async () => {
    t = await startTestApp('duphong-codelists-');
    ctx = t.ctx;
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /api/code-lists lists the seeded lists with their newest version', async () => {
    const { status, body } = await get('/api/code-lists');
    expect(status).toBe(200);
    expect(body.lists).toHaveLength(SEED.length);
    expect(body.lists.find((l: Json) => l.list.id === 'typeName')).toEqual({
      list: expect.objectContaining({ id: 'typeName', nameVi: 'Tên loại tài liệu', authority: 'TT 05/2025/TT-BNV' }),
      latest: { version: 1, validFrom: '2025-07-01', publishedAt: '2025-07-01T00:00:00.000+07:00', digest: CENTRAL[0]!.digest, items: 32 },
    });
  });

  it('GET /api/code-lists/:id gives the items; 404 for an unknown list or version', async () => {
    const { status, body } = await get('/api/code-lists/typeName');
    expect(status).toBe(200);
    expect(body.list.nameEn).toBe('Document type');
    expect(body.version.items[0]).toEqual({ code: '01', labelVi: 'Nghị quyết', labelEn: 'Resolution' });
    expect((await get('/api/code-lists/typeName?version=1')).body.version.version).toBe(1);
    const unknown = await get('/api/code-lists/khongCo');
    expect(unknown).toEqual({
      status: 404,
      body: { error: { code: 'DP-CODELIST-UNKNOWN', message: 'Danh mục "khongCo" không tồn tại.' } },
    });
    expect((await get('/api/code-lists/typeName?version=9')).body.error.code).toBe('DP-CODELIST-VERSION-UNKNOWN');
    expect((await get('/api/code-lists/typeName?at=2020-01-01')).status).toBe(404);
    expect((await get('/api/code-lists/typeName?at=hôm-nay')).status).toBe(400);
    expect((await get('/api/code-lists/typeName?at=2026-01-01&version=1')).status).toBe(400);
  });

  it('POST /api/code-lists/:id/versions publishes the next version; published ones are never edited', async () => {
    const v1 = (await get('/api/code-lists/mode')).body.version;
    const items = [
      ...v1.items.slice(0, 2),
      { ...v1.items[2], deprecated: true, note: 'thay bằng 04' },
      { code: '04', labelVi: 'Hạn chế theo Luật Lưu trữ 2024', labelEn: 'Restricted' },
    ];
    const created = await post('/api/code-lists/mode/versions', { validFrom: '2026-03-01', items });
    expect(created.status).toBe(201);
    expect(created.body.version).toMatchObject({
      listId: 'mode',
      version: 2,
      validFrom: '2026-03-01',
      publishedAt: expect.stringMatching(/\+07:00$/),
    });
    expect(created.body.warnings).toEqual([]);

    expect((await get('/api/code-lists/mode')).body.version.version).toBe(2);
    expect((await get('/api/code-lists/mode?at=2026-02-28')).body.version.version).toBe(1);
    const history = await get('/api/code-lists/mode/versions');
    expect(history.body.versions.map((v: Json) => [v.version, v.changes])).toEqual([
      [1, null],
      [2, { added: ['04'], removed: [], relabelled: [], deprecated: ['03'], reinstated: [], renoted: ['03'] }],
    ]);

    const again = await post('/api/code-lists/mode/versions', { version: 1, validFrom: '2026-03-01', items });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('DP-CODELIST-VERSION-EXISTS');
    const gap = await post('/api/code-lists/mode/versions', { version: 5, validFrom: '2026-03-01', items });
    expect([gap.status, gap.body.error.code]).toEqual([400, 'DP-CODELIST-VERSION-GAP']);
    expect(gap.body.error.findings.map((f: Json) => f.code)).toEqual(['DP-CODELIST-VERSION-GAP']);
    const back = await post('/api/code-lists/mode/versions', { validFrom: '2025-01-01', items });
    expect([back.status, back.body.error.code]).toEqual([400, 'DP-CODELIST-VALID-FROM-BACKWARDS']);
    const dup = await post('/api/code-lists/mode/versions', { validFrom: '2026-04-01', items: [...items, items[0]] });
    expect([dup.status, dup.body.error.code]).toEqual([400, 'DP-CODELIST-DUPLICATE-CODE']);
    const removed = await post('/api/code-lists/mode/versions', { validFrom: '2026-04-01', items: items.slice(1) });
    expect(removed.status).toBe(201);
    expect(removed.body.warnings.map((w: Json) => w.code)).toEqual(['DP-CODELIST-CODE-REMOVED']);
    expect((await get('/api/code-lists/mode/versions')).body.versions).toHaveLength(3);

    const log = readFileSync(ctx.log.file!, 'utf8');
    expect(log).toContain('code list version published');
  });

  it('creates a new list only with its description, and refuses malformed bodies', async () => {
    const items = [{ code: '01', labelVi: 'Kho Bắc' }];
    expect((await post('/api/code-lists/khoLuuTru/versions', { validFrom: '2026-01-01', items })).body.error.code).toBe(
      'DP-CODELIST-UNKNOWN',
    );
    const list = { nameVi: 'Kho lưu trữ', nameEn: 'Repositories', authority: 'nội bộ', source: 'kiểm thử' };
    const created = await post('/api/code-lists/khoLuuTru/versions', { validFrom: '2026-01-01', items, list });
    expect(created.status).toBe(201);
    expect((await get('/api/code-lists/khoLuuTru')).body.list).toEqual({ id: 'khoLuuTru', ...list });
    for (const payload of [
      { validFrom: '01/01/2026', items },
      { validFrom: '2026-01-01', items: [] },
      { validFrom: '2026-01-01', items, extra: 1 },
    ]) {
      const res = await post('/api/code-lists/khoLuuTru/versions', payload);
      expect(res.status, JSON.stringify(payload)).toBe(400);
      expect(res.body.error.code).toBe('DP-INVALID-REQUEST');
    }
    expect((await post('/api/code-lists/kho-luu-tru/versions', { validFrom: '2026-01-01', items })).status).toBe(400);
  });

  it('GET /api/code-lists/:id/digest gives the digest, verified against the stored content', async () => {
    const { status, body } = await get('/api/code-lists/typeName/digest');
    expect(status).toBe(200);
    expect(body).toEqual({
      listId: 'typeName',
      version: 1,
      digest: CENTRAL[0]!.digest,
      algorithm: 'sha256',
      format: 'duphong-codelist/1',
      verified: true,
    });
  });

  it('POST /api/code-lists/sync-check says which lists differ from the central ones', async () => {
    // The centre has published mode v2 and v3 too (the test above): same digests as here.
    const mode = (await get('/api/code-lists/mode/digest')).body;
    const central = CENTRAL.map((c) =>
      c.listId === 'mode' ? { listId: 'mode', version: mode.version as number, digest: mode.digest as string } : c,
    );
    const ok = await post('/api/code-lists/sync-check', { lists: central });
    expect(ok.status).toBe(200);
    expect(ok.body.inSync).toBe(true); // khoLuuTru is local-only: a warning
    expect(ok.body.findings.map((f: Json) => f.code)).toEqual(['DP-CODELIST-LOCAL-ONLY']);

    const drifted = central.map((c) =>
      c.listId === 'typeName' ? { ...c, version: 2 } : c.listId === 'language' ? { ...c, digest: 'f'.repeat(64) } : c,
    );
    drifted.push({ listId: 'donViHanhChinh', version: 1, digest: '0'.repeat(64) });
    const report = await post('/api/code-lists/sync-check', { lists: drifted });
    expect(report.body.inSync).toBe(false);
    expect(report.body.lists.filter((l: Json) => l.status !== 'in-sync').map((l: Json) => [l.listId, l.status])).toEqual([
      ['donViHanhChinh', 'missing'],
      ['language', 'differs'],
      ['typeName', 'behind'],
      ['khoLuuTru', 'local-only'],
    ]);
    expect(report.body.findings.find((f: Json) => f.path === 'typeName').message).toMatch(
      /phiên bản 1, trung ương đã ban hành phiên bản 2/,
    );
    expect((await post('/api/code-lists/sync-check', { lists: [{ listId: 'mode', version: 1, digest: 'abc' }] })).status).toBe(400);
  });

  it('notices a stored version changed behind the repository (digest no longer verifies)', async () => {
    const colour = CENTRAL.find((c) => c.listId === 'colour')!;
    expect((await post('/api/code-lists/sync-check', { lists: [colour] })).body.findings.map((f: Json) => f.code)).not.toContain(
      'DP-CODELIST-DIGEST-INVALID',
    );
    const { db } = ctx.catalogue as KyselyCatalogue;
    await db
      .updateTable('code_list_items')
      .set({ label_vi: 'Màu (đã sửa tay)' })
      .where('list_id', '=', 'colour')
      .where('code', '=', '01')
      .execute();
    expect((await get('/api/code-lists/colour/digest')).body).toMatchObject({ digest: colour.digest, verified: false });
    const report = await post('/api/code-lists/sync-check', { lists: [colour] });
    expect(report.body.inSync).toBe(false);
    expect(report.body.findings).toContainEqual(expect.objectContaining({ code: 'DP-CODELIST-DIGEST-INVALID', path: 'colour/v1' }));
  });

  it('refuses publishing to a role without codelists.manage, and to anyone not signed in', async () => {
    const body = { validFrom: '2027-01-01', items: [{ code: '01', labelVi: 'x' }] };
    const archivist = await signedInUser(t.ctx, { username: 'luutru', roles: ['archivist'] });
    const res = await t.call('POST', '/api/code-lists/mode/versions', body, '10.0.0.5', archivist.headers);
    expect([res.status, res.body.error.code]).toEqual([403, 'DP-FORBIDDEN']);
    const anonymous = await t.call('POST', '/api/code-lists/mode/versions', body, '10.0.0.5', {});
    expect([anonymous.status, anonymous.body.error.code]).toEqual([401, 'DP-AUTH-REQUIRED']);
  });
});
