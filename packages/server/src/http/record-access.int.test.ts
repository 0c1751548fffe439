import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Json, type TestApp } from '../testing/http-app.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';

/*
 * Every record read obeys the reader's access levels exactly like search: a record above them
 * answers 404 with the body of a code that does not exist, and lists and counts leave it out.
 * Levels come from the signed-in user's roles: a reader sees 01–02, staff 01–03 (core levelsOf);
 * a `levels` query parameter is ignored.
 */
describe('HTTP API: record reads obey the access level like search', () => {
  let t: TestApp;
  let reader: AuthHeaders;
  // Reads as a reader; writes (the set-up) as the administrator.
  const call: TestApp['call'] = (method, url, payload, remote) => t.call(method, url, payload, remote, method === 'GET' ? reader : t.admin);
  const staff = (url: string) => t.call('GET', url);

  beforeAll(async () => {
    t = await startTestApp('duphong-record-access-');
    reader = (await signedInUser(t.ctx, { username: 'docgia', roles: ['reader'] })).headers;
    const put = async (url: string, body: Json) => expect((await call('PUT', url, body)).status, url).toBe(200);
    await put('/api/fonds/P_MAT', { name: 'Phông thử mức truy cập', kind: 'fonds', status: 'open' });
    await put('/api/files/HS.CONG-KHAI', { title: 'Hồ sơ công khai', fondsCode: 'P_MAT', fields: { mode: '01' } });
    await put('/api/files/HS.MAT', { title: 'Hồ sơ mật', fondsCode: 'P_MAT', fields: { mode: '03' } });
    await put('/api/files/HS.KHONG-RO', { title: 'Hồ sơ chưa ghi chế độ sử dụng', fondsCode: 'P_MAT' });
    await put('/api/documents/HS.CONG-KHAI.01', {
      fileCode: 'HS.CONG-KHAI',
      ordinal: 1,
      fields: { mode: '01', subject: 'Tài liệu công khai' },
    });
    await put('/api/documents/HS.CONG-KHAI.02', { fileCode: 'HS.CONG-KHAI', ordinal: 2, fields: { mode: '03', subject: 'Tài liệu mật' } });
    await put('/api/documents/HS.MAT.01', { fileCode: 'HS.MAT', ordinal: 1, fields: { mode: '01', subject: 'Tài liệu trong hồ sơ mật' } });
    const holding = { fondsCode: 'P_MAT', medium: 'paper', shelfMetres: null, store: 'Kho 1', shelf: null, box: '7', condition: null };
    await put('/api/holdings/KHO-MAT', { ...holding, fileCode: 'HS.MAT' });
    await put('/api/holdings/KHO-CONG-KHAI', { ...holding, fileCode: 'HS.CONG-KHAI' });
    await put('/api/holdings/KHO-PHONG', { ...holding, fileCode: null });
    const inspection = { date: '2026-11-02', inspector: 'Nguyễn Văn A', signs: [], readable: true, notes: '' };
    for (const [recordKind, recordCode] of [
      ['file', 'HS.MAT'],
      ['file', 'HS.CONG-KHAI'],
      ['document', 'HS.CONG-KHAI.02'],
      ['document', 'HS.MAT.01'],
      ['holding', 'KHO-MAT'],
    ]) {
      expect((await call('POST', '/api/inspections', { ...inspection, recordKind, recordCode })).status).toBe(201);
    }
  });
  afterAll(async () => {
    await t?.close();
  });

  it('GET /api/files/{code}: a level-03 (or unknown-level) file is a 404 like a code that does not exist', async () => {
    const absent = await call('GET', '/api/files/HS.KHONG-CO');
    expect(absent.status).toBe(404);
    for (const code of ['HS.MAT', 'HS.KHONG-RO']) {
      const hidden = await call('GET', `/api/files/${code}`);
      expect(hidden.status, code).toBe(404);
      expect(hidden.body).toEqual({ error: { code: 'DP-FILE-UNKNOWN', message: absent.body.error.message.replace('HS.KHONG-CO', code) } });
      // Search hides the same file.
      const search = await call('GET', `/api/search?q=${encodeURIComponent(code)}&kind=file`);
      expect(search.body.hits.map((h: Json) => h.code)).not.toContain(code);
    }
    const open = await call('GET', '/api/files/HS.CONG-KHAI');
    expect(open.status).toBe(200);
    expect(open.body.documents.map((d: Json) => d.id)).toEqual(['HS.CONG-KHAI.01']); // the secret document is left out
  });

  it('staff see level 03; a reader asking for it with `levels` is ignored', async () => {
    const secret = await staff('/api/files/HS.MAT');
    expect(secret.status).toBe(200);
    expect(secret.body.documents.map((d: Json) => d.id)).toEqual(['HS.MAT.01']);
    expect((await staff('/api/files/HS.CONG-KHAI')).body.documents).toHaveLength(2);
    expect((await call('GET', '/api/files/HS.MAT?levels=01,02,03', undefined, '10.1.2.3')).status).toBe(404);
    expect((await call('GET', '/api/files?levels=01,02,03')).body.total).toBe(1);
  });

  it('GET /api/files lists and counts only the files the reader may see, as search counts them', async () => {
    const list = await call('GET', '/api/files?fonds=P_MAT');
    expect(list.body).toMatchObject({ total: 1, files: [{ code: 'HS.CONG-KHAI' }] });
    const search = await call('GET', '/api/search?kind=file&fonds=P_MAT');
    expect(search.body.total).toBe(list.body.total);
    const all = await staff('/api/files?fonds=P_MAT');
    expect(all.body.files.map((f: Json) => f.code)).toEqual(['HS.CONG-KHAI', 'HS.KHONG-RO', 'HS.MAT']);
    expect(all.body.total).toBe(3);
  });

  it('GET /api/fonds/{code}: the count and the holdings leave out hidden files', async () => {
    const fonds = await call('GET', '/api/fonds/P_MAT');
    expect(fonds.status).toBe(200);
    expect(fonds.body.files).toBe(1);
    expect(fonds.body.holdings.map((h: Json) => h.id)).toEqual(['KHO-CONG-KHAI', 'KHO-PHONG']);
    const all = await staff('/api/fonds/P_MAT');
    expect([all.body.files, all.body.holdings.length]).toEqual([3, 3]);
  });

  it('GET /api/inspections: of a hidden file, document (own level or its file’s) or holding is a 404', async () => {
    const status = async (kind: string, code: string, as = reader) =>
      (await t.call('GET', `/api/inspections?kind=${kind}&code=${encodeURIComponent(code)}`, undefined, undefined, as)).status;
    expect(await status('file', 'HS.MAT')).toBe(404);
    expect(await status('document', 'HS.CONG-KHAI.02')).toBe(404); // its own level is 03
    expect(await status('document', 'HS.MAT.01')).toBe(404); // never more open than its file
    expect(await status('holding', 'KHO-MAT')).toBe(404); // a holding takes its file's level
    expect(await status('file', 'HS.CONG-KHAI')).toBe(200);
    expect(await status('document', 'HS.CONG-KHAI.01')).toBe(200);
    expect(await status('holding', 'KHO-PHONG')).toBe(200);
    expect(await status('fonds', 'P_MAT')).toBe(200);
    const hidden = await staff('/api/inspections?kind=file&code=HS.MAT');
    expect([hidden.status, hidden.body.length]).toEqual([200, 1]);
    expect(await status('document', 'HS.MAT.01', t.admin)).toBe(200);
  });
});
