import { join } from 'node:path';
import yauzl from 'yauzl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import { makeSourceFolder } from '../testing/homes.js';
import { startTestApp, type Json, type TestApp } from '../testing/http-app.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';
import { ingestFolder } from '../usecases/ingest.js';

/*
 * HOSTILE TESTS (issue 9): a reader guessing the codes of secret (03) and conditional (02, not
 * approved) records, and a user of one unit guessing another unit's, through every endpoint
 * that takes a record code. Nothing may tell them apart from a code that does not exist — not
 * the status, not the message, not a count — and no content leaves without the right.
 */
const SECRET_TITLE = 'Kế hoạch phòng thủ biên giới tuyệt mật';
const SECRET_DOC = 'Bản đồ bố trí lực lượng tuyệt mật';
const YB_TITLE = 'Hồ sơ riêng của Yên Bái';

type Res = { status: number; body: Json; raw: Buffer; headers: Record<string, unknown> };

async function zipText(bytes: Buffer): Promise<string> {
  const zip = await new Promise<yauzl.ZipFile>((ok, ko) => yauzl.fromBuffer(bytes, { lazyEntries: true }, (e, z) => (e ? ko(e) : ok(z))));
  const parts: string[] = [];
  await new Promise<void>((ok, ko) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      parts.push(entry.fileName);
      zip.openReadStream(entry, (e, s) => {
        if (e) return ko(e);
        s.on('data', (c: Buffer) => parts.push(c.toString('utf8')));
        s.on('end', () => zip.readEntry());
      });
    });
    zip.on('end', () => ok());
    zip.on('error', ko);
    zip.readEntry();
  });
  return parts.join('\n');
}

describe('hostile: guessing restricted and other units’ records through every endpoint', () => {
  let t: TestApp;
  const users: Record<string, AuthHeaders> = {};
  const get = async (who: string, url: string): Promise<Res> => {
    const res = await t.app.inject({ method: 'GET', url, headers: users[who] ?? t.admin });
    const json = String(res.headers['content-type']).includes('json');
    return { status: res.statusCode, body: json ? res.json() : {}, raw: res.rawPayload, headers: res.headers };
  };
  const send = async (who: string, method: 'POST' | 'PUT', url: string, payload: object): Promise<Res> => {
    const res = await t.app.inject({ method, url, payload, headers: users[who] ?? t.admin });
    return { status: res.statusCode, body: res.json(), raw: res.rawPayload, headers: res.headers };
  };
  /** The refusal a code that does not exist gets, with the probed code put in its place. */
  const sameAsAbsent = async (who: string, url: string, code: string, absent: string) => {
    const probe = await get(who, url);
    const none = await get(who, url.replace(code, absent));
    expect([probe.status, none.status], url).toEqual([404, 404]);
    expect(JSON.stringify(probe.body), url).toBe(JSON.stringify(none.body).replaceAll(absent, code));
    for (const secret of [SECRET_TITLE, SECRET_DOC, YB_TITLE]) expect(probe.raw.toString('utf8'), url).not.toContain(secret);
    return probe;
  };

  beforeAll(async () => {
    t = await startTestApp('duphong-hostile-records-');
    const put = async (url: string, body: Json) => expect((await send('admin', 'PUT', url, body)).status, url).toBe(200);
    await put('/api/fonds/P_LC', { name: 'Phông Lào Cai', kind: 'fonds', status: 'open', unitId: 'province-lao-cai' });
    await put('/api/fonds/P_YB', { name: 'Phông Yên Bái', kind: 'fonds', status: 'open', unitId: 'province-yen-bai' });
    await put('/api/files/LC.MAT', { title: SECRET_TITLE, fondsCode: 'P_LC', fields: { mode: '03' } });
    await put('/api/files/LC.DK', { title: 'Hồ sơ sử dụng có điều kiện', fondsCode: 'P_LC', fields: { mode: '02' } });
    await put('/api/files/YB.CK', { title: YB_TITLE, fondsCode: 'P_YB', fields: { mode: '01' } });
    const doc = (fileCode: string, ordinal: number, mode: string, subject: string) =>
      put(`/api/documents/${fileCode}.0${ordinal}`, { fileCode, ordinal, fields: { mode, subject } });
    await doc('LC.MAT', 1, '03', 'Tài liệu trong hồ sơ mật');
    await doc('LC.DK', 1, '02', 'Tờ trình có điều kiện');
    await doc('LC.DK', 2, '03', SECRET_DOC);
    await doc('YB.CK', 1, '01', 'Công văn Yên Bái');
    const scans = (name: string, files: Record<string, string>) => makeSourceFolder(join(t.ctx.home, '..', name), files);
    await ingestFolder(t.ctx, { folder: scans('mat', { 'LC.MAT.01.pdf': 'nội dung mật' }), fileCode: 'LC.MAT' });
    await ingestFolder(t.ctx, {
      folder: scans('dk', { 'LC.DK.01.pdf': 'nội dung có điều kiện', 'LC.DK.02.pdf': 'nội dung mật trong hồ sơ điều kiện' }),
      fileCode: 'LC.DK',
    });
    await ingestFolder(t.ctx, { folder: scans('yb', { 'YB.CK.01.pdf': 'nội dung Yên Bái' }), fileCode: 'YB.CK' });
    const add = async (name: string, roles: Role[], units: string[]) =>
      (users[name] = (await signedInUser(t.ctx, { username: name, roles, units })).headers);
    await add('docgia', ['reader'], ['province-lao-cai']);
    await add('docgia2', ['reader'], ['province-lao-cai']);
    await add('docgiayb', ['reader'], ['province-yen-bai']);
    await add('kiemtra', ['inspector'], ['province-lao-cai']);
    await add('luutru', ['archivist'], ['province-lao-cai']);
    // Staff views of every record, so the access log holds entries of both units.
    for (const code of ['LC.MAT', 'LC.DK', 'YB.CK']) expect((await get('admin', `/api/files/${code}`)).status).toBe(200);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('a reader: a level-03 file is absent from search hits, totals and facets', async () => {
    for (const q of ['phòng thủ biên giới', 'LC.MAT', 'tuyệt mật']) {
      const s = await get('docgia', `/api/search?q=${encodeURIComponent(q)}`);
      expect(s.status).toBe(200);
      expect(s.body.total, q).toBe(0);
      expect(s.body.hits, q).toEqual([]);
      // Facet counts are computed over the hits the reader may see: all zero or absent.
      const counts = JSON.stringify(s.body.facets ?? {}).match(/"count":\s*[1-9]/g);
      expect(counts, q).toBeNull();
    }
    // Browsing everything: the mode facet has no 03 bucket, the fonds facet counts only what shows.
    const all = await get('docgia', '/api/search?q=');
    expect(all.body.facets.mode.map((f: Json) => f.value)).not.toContain('03');
    const shown = all.body.hits.filter((h: Json) => h.fondsCode === 'P_LC').length;
    expect(all.body.facets.fonds.find((f: Json) => f.value === 'P_LC')?.count ?? 0).toBe(shown);
    const fonds = await get('docgia', '/api/fonds/P_LC');
    expect(fonds.raw.toString()).not.toContain('LC.MAT');
  });

  it('a reader: file, record page, content, inspections and reading requests of a level-03 record read as absent', async () => {
    await sameAsAbsent('docgia', '/api/files/LC.MAT', 'LC.MAT', 'LC.KHONG');
    await sameAsAbsent('docgia', '/api/record-pages/LC.MAT', 'LC.MAT', 'LC.KHONG');
    await sameAsAbsent('docgia', '/api/documents/LC.MAT.01/content', 'LC.MAT.01', 'LC.KHONG.01');
    await sameAsAbsent('docgia', '/api/documents/LC.DK.02/content', 'LC.DK.02', 'LC.KHONG.02');
    await sameAsAbsent('docgia', '/api/inspections?kind=file&code=LC.MAT', 'LC.MAT', 'LC.KHONG');
    const page = await get('docgia', '/api/record-pages/LC.DK');
    expect(page.status).toBe(200);
    expect(page.raw.toString()).not.toContain(SECRET_DOC);
    expect(page.raw.toString()).not.toContain('LC.DK.02');
    for (const [recordKind, recordCode] of [
      ['file', 'LC.MAT'],
      ['document', 'LC.DK.02'],
    ]) {
      const purpose = 'Nghiên cứu lịch sử địa phương';
      const asked = await send('docgia', 'POST', '/api/reading-requests', { recordKind, recordCode, purpose });
      const none = await send('docgia', 'POST', '/api/reading-requests', { recordKind, recordCode: 'LC.KHONG', purpose });
      expect(asked.status).toBe(404);
      expect(JSON.stringify(asked.body)).toBe(JSON.stringify(none.body).replaceAll('LC.KHONG', recordCode!));
    }
    // Staff-only endpoints stay closed to a reader whatever the code.
    for (const url of ['/api/objects/LC.MAT', '/api/objects/LC.MAT/copies', '/api/access-log', '/api/access-log/export', '/api/jobs'])
      expect((await get('docgia', url)).status, url).toBe(403);
  });

  it('a reader: level-02 content needs an approved request; the DIP then withholds level-03 documents', async () => {
    const denied = await get('docgia', '/api/documents/LC.DK.01/content');
    expect([denied.status, denied.body.error.code]).toEqual([403, 'DP-CONTENT-FORBIDDEN']);
    expect(denied.raw.toString()).not.toContain('nội dung có điều kiện');
    const asked = await send('docgia', 'POST', '/api/reading-requests', {
      recordKind: 'file',
      recordCode: 'LC.DK',
      purpose: 'Nghiên cứu lịch sử địa phương',
    });
    expect(asked.status).toBe(201);
    const id = asked.body.id as string;
    // Not yet approved: no DIP, no content.
    expect((await get('docgia', `/api/reading-requests/${id}/dip`)).status).toBe(409);
    // Another reader: the request, its DIP and its decision do not exist for them.
    expect((await get('docgia2', `/api/reading-requests/${id}/dip`)).status).toBe(404);
    expect((await get('docgia2', '/api/reading-requests')).body.total).toBe(0);
    expect((await send('docgia2', 'POST', `/api/reading-requests/${id}/decision`, { approve: true })).status).toBe(403);
    expect((await send('luutru', 'POST', `/api/reading-requests/${id}/decision`, { approve: true })).status).toBe(200);
    expect((await get('docgia2', `/api/reading-requests/${id}/dip`)).status).toBe(404);
    const content = await get('docgia', '/api/documents/LC.DK.01/content');
    expect([content.status, content.raw.toString()]).toEqual([200, 'nội dung có điều kiện']);
    // The approval of the file does not open its level-03 document.
    expect((await get('docgia', '/api/documents/LC.DK.02/content')).status).toBe(404);
    const dip = await get('docgia', `/api/reading-requests/${id}/dip`);
    expect(dip.status).toBe(200);
    const text = await zipText(dip.raw);
    expect(text).toContain('nội dung có điều kiện');
    expect(text).not.toContain('nội dung mật trong hồ sơ điều kiện');
    expect(text).not.toContain(SECRET_DOC);
  });

  it('a request sent five times at once is one request; racing decisions decide it once', async () => {
    const body = { recordKind: 'document', recordCode: 'LC.DK.01', purpose: 'Nghiên cứu song song năm lần' };
    const asked = await Promise.all(Array.from({ length: 5 }, () => send('docgia2', 'POST', '/api/reading-requests', body)));
    expect(asked.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const id = asked.find((a) => a.status === 201)!.body.id as string;
    users.luutru2 = (await signedInUser(t.ctx, { username: 'luutru2', roles: ['archivist'], units: ['province-lao-cai'] })).headers;
    const decided = await Promise.all([
      send('luutru', 'POST', `/api/reading-requests/${id}/decision`, { approve: true }),
      send('luutru2', 'POST', `/api/reading-requests/${id}/decision`, { approve: false, reason: 'Không đủ điều kiện' }),
    ]);
    expect(decided.map((d) => d.status).sort()).toEqual([200, 409]);
    const winner = decided.find((d) => d.status === 200)!.body.state;
    const mine = (await get('docgia2', '/api/reading-requests')).body.requests.find((r: Json) => r.id === id);
    expect(mine.state).toBe(winner);
  });

  it('another unit: every single-record endpoint answers as for a code that does not exist', async () => {
    for (const who of ['kiemtra', 'luutru']) {
      await sameAsAbsent(who, '/api/files/YB.CK', 'YB.CK', 'YB.KHONG');
      await sameAsAbsent(who, '/api/record-pages/YB.CK', 'YB.CK', 'YB.KHONG');
      await sameAsAbsent(who, '/api/documents/YB.CK.01/content', 'YB.CK.01', 'YB.KHONG.01');
      await sameAsAbsent(who, '/api/objects/YB.CK', 'YB.CK', 'YB.KHONG');
      await sameAsAbsent(who, '/api/objects/YB.CK/copies', 'YB.CK', 'YB.KHONG');
      await sameAsAbsent(who, '/api/inspections?kind=file&code=YB.CK', 'YB.CK', 'YB.KHONG');
      await sameAsAbsent(who, '/api/fonds/P_YB', 'P_YB', 'P_KHONG');
    }
    // The backup object's own id is no way round either.
    const object = (await get('admin', '/api/objects/YB.CK')).body as Json;
    expect(object.id ?? object.object?.id).toBeTruthy();
    const objectId = String(object.id ?? object.object?.id);
    expect((await get('kiemtra', `/api/objects/${encodeURIComponent(objectId)}`)).status).toBe(404);
    // Writes: another unit's file is not there to change, nor can one be placed into it.
    const edit = await send('luutru', 'PUT', '/api/files/YB.CK', { title: 'sửa trộm', fondsCode: 'P_YB', fields: { mode: '01' } });
    expect(edit.status).toBe(404);
    const moved = await send('luutru', 'PUT', '/api/files/LC.MOI', { title: 'hồ sơ mới', fondsCode: 'P_YB', fields: { mode: '01' } });
    expect(moved.status).not.toBe(200);
    // A reader of Yên Bái cannot ask for Lào Cai's records, and Lào Cai's archivist cannot decide theirs.
    const ybAsk = await send('docgiayb', 'POST', '/api/reading-requests', {
      recordKind: 'file',
      recordCode: 'LC.DK',
      purpose: 'Nghiên cứu lịch sử địa phương',
    });
    expect(ybAsk.status).toBe(404);
  });

  it('another unit: writes aimed at its records, or moving one’s own records into it, are refused', async () => {
    const before = JSON.stringify([
      await t.ctx.catalogue.records.getFonds('P_YB'),
      await t.ctx.catalogue.records.getFile('YB.CK'),
      await t.ctx.catalogue.records.getDocument('YB.CK.01'),
    ]);
    const holding = { medium: 'paper', shelfMetres: null, store: 'Kho 1', shelf: null, box: '1', condition: null };
    const attempts: Array<['PUT' | 'POST', string, Json]> = [
      ['PUT', '/api/fonds/P_YB', { name: 'chiếm phông', kind: 'fonds', status: 'open', unitId: 'province-lao-cai' }],
      ['PUT', '/api/documents/YB.CK.01', { fileCode: 'YB.CK', ordinal: 1, fields: { mode: '01', subject: 'sửa trộm' } }],
      ['PUT', '/api/documents/YB.CK.01', { fileCode: 'LC.DK', ordinal: 1, fields: { mode: '01', subject: 'kéo về' } }],
      ['PUT', '/api/documents/LC.DK.09', { fileCode: 'YB.CK', ordinal: 9, fields: { mode: '01', subject: 'cài vào' } }],
      ['PUT', '/api/files/YB.CK', { title: 'kéo về', fondsCode: 'P_LC', fields: { mode: '01' } }],
      ['PUT', '/api/holdings/KHO-YB', { ...holding, fondsCode: 'P_YB', fileCode: 'YB.CK' }],
      [
        'POST',
        '/api/inspections',
        { recordKind: 'file', recordCode: 'YB.CK', date: '2026-11-02', inspector: 'X', signs: [], readable: true, notes: '' },
      ],
    ];
    for (const [method, url, body] of attempts) {
      const res = await send('luutru', method, url, body);
      expect([403, 404], `${method} ${url} ${JSON.stringify(body)} → ${res.status}`).toContain(res.status);
      expect(res.raw.toString(), url).not.toContain(YB_TITLE);
    }
    const after = JSON.stringify([
      await t.ctx.catalogue.records.getFonds('P_YB'),
      await t.ctx.catalogue.records.getFile('YB.CK'),
      await t.ctx.catalogue.records.getDocument('YB.CK.01'),
    ]);
    expect(after).toBe(before);
    expect(await t.ctx.catalogue.records.getDocument('LC.DK.09')).toBeUndefined();
    expect(await t.ctx.catalogue.records.getHolding('KHO-YB')).toBeUndefined();
  });

  it('another unit: search and the access log leave its records out', async () => {
    const search = await get('kiemtra', `/api/search?q=${encodeURIComponent('Yên Bái')}`);
    expect(search.body.total).toBe(0);
    const all = await get('kiemtra', '/api/search?q=');
    expect(all.raw.toString()).not.toContain('P_YB');
    expect(all.raw.toString()).not.toContain('YB.CK');
    const log = await get('kiemtra', '/api/access-log?limit=200');
    expect(log.status).toBe(200);
    expect(log.body.entries.map((e: Json) => e.recordCode)).not.toContain('YB.CK');
    const xlsx = await get('kiemtra', '/api/access-log/export');
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.raw as unknown as ArrayBuffer);
    const cells: string[] = [];
    book.worksheets[0]!.eachRow((row) => row.eachCell((c) => void cells.push(String(c.value))));
    expect(cells).toContain('LC.MAT');
    expect(cells).not.toContain('YB.CK');
  });
});
