import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { SEED, seedSelection } from '../testing/selection-seed.js';
import { actAsFromHeader, asHeader, principal } from '../testing/principal-hook.js';
import { approveBackupList, getBackupList } from '../usecases/backup-list.js';
import { buildApp, type DuphongApp } from './app.js';

// Another province's fonds with a permanent, rotting file: never on a Lào Cai (unit 15) list.
const OTHER_UNIT = 'province-ha-giang';
const OTHER_FILE = 'HG.1995.01';
const T = '2026-02-01T08:00:00.000+07:00';

describe('HTTP API: selection scoped to the principal’s units, rights checked in the use cases', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: Record<string, string>, payload?: object) => {
    const res = await app.inject({ method, url, ...(payload && { payload }), headers: as });
    return { status: res.statusCode, body: (String(res.headers['content-type']).startsWith('application/json') ? res.json() : {}) as Json };
  };
  const archivist = asHeader('archivist', ['15']);
  const reviewer = asHeader('archive-admin', ['15']);
  const outsider = asHeader('archivist', [OTHER_UNIT]);
  const national = asHeader('archive-admin', 'all');
  let listId = '';

  beforeAll(async () => {
    tmp = tempDir('duphong-http-selection-access-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    await seedSelection(ctx.catalogue);
    await ctx.catalogue.records.putFonds({
      code: 'P_UBND_HG',
      name: 'Phông Ủy ban nhân dân tỉnh Hà Giang',
      kind: 'fonds',
      status: 'closed',
      unitId: OTHER_UNIT,
      fields: {},
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    await ctx.catalogue.records.putFile({
      code: OTHER_FILE,
      fondsCode: 'P_UBND_HG',
      title: 'Hồ sơ địa giới tỉnh Hà Giang',
      fields: { arcFileCode: OTHER_FILE, title: 'Hồ sơ địa giới', maintenance: '01', mode: '01' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    await ctx.catalogue.records.addInspection({
      id: 'kt-hg',
      recordKind: 'file',
      recordCode: OTHER_FILE,
      date: '2026-01-10',
      inspector: 'Hoàng Văn Nam',
      signs: ['mun'],
      readable: true,
      notes: '',
    });
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    actAsFromHeader(app, ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('creates and proposes within the unit only, recording the signed-in user (not a claimed name)', async () => {
    const created = await call('POST', '/api/backup-lists', archivist, { unitId: '15', year: 2026, by: 'Người khác' });
    expect(created.status).toBe(201);
    listId = created.body.list.id;
    expect(created.body.list.history[0]).toMatchObject({ by: 'nv-archivist', action: 'create' });
    const elsewhere = await call('POST', '/api/backup-lists', archivist, { unitId: OTHER_UNIT, year: 2026 });
    expect([elsewhere.status, elsewhere.body.error.code]).toEqual([404, 'DP-UNIT-UNKNOWN']);

    const proposed = await call('POST', `/api/backup-lists/${listId}/propose`, archivist, {});
    expect(proposed.status).toBe(200);
    const codes = proposed.body.list.entries.map((e: Json) => e.recordCode);
    expect(codes).toEqual(expect.arrayContaining([SEED.rotting, SEED.recognised]));
    expect(codes).not.toContain(OTHER_FILE);

    const again = await call('POST', `/api/backup-lists/${listId}/propose`, archivist, {});
    expect(again.body.findings.at(-1)).toMatchObject({
      code: 'DP-SELECT-NOTHING-ELIGIBLE',
      message: 'Không có hồ sơ nào được thêm: mọi hồ sơ đủ điều kiện đã có trong danh mục.',
    });
  });

  it('says why a proposal for a unit with nothing described adds nothing', async () => {
    const empty = await call('POST', '/api/backup-lists', national, { unitId: 'province-cao-bang', year: 2026 });
    const proposed = await call('POST', `/api/backup-lists/${empty.body.list.id}/propose`, national, {});
    expect(proposed.body.list.entries).toEqual([]);
    expect(proposed.body.findings).toEqual([
      expect.objectContaining({
        code: 'DP-SELECT-NOTHING-ELIGIBLE',
        message: 'Không có hồ sơ nào được thêm: đơn vị chưa có phông nào trong mô tả lưu trữ: hãy nhập mục lục hồ sơ trước.',
      }),
    ]);
  });

  it('hides another unit’s lists as if they did not exist', async () => {
    expect((await call('GET', `/api/backup-lists/${listId}`, outsider)).status).toBe(404);
    expect((await call('GET', `/api/backup-lists/${listId}/export?format=xlsx`, outsider)).status).toBe(404);
    expect((await call('POST', `/api/backup-lists/${listId}/submit`, outsider, {})).status).toBe(404);
    expect((await call('GET', '/api/backup-lists', outsider)).body.lists).toEqual([]);
    expect((await call('GET', '/api/backup-lists', archivist)).body.lists.map((l: Json) => l.id)).toEqual([listId]);
    expect((await call('GET', '/api/backup-lists', national)).body.lists).toHaveLength(2);
  });

  it('lets an archivist submit but only a reviewer approve or return', async () => {
    expect((await call('POST', `/api/backup-lists/${listId}/submit`, archivist, {})).status).toBe(200);
    const approve = { decisionNumber: '45/QĐ-SNV', decisionDate: '05/03/2026' };
    const refused = await call('POST', `/api/backup-lists/${listId}/approve`, archivist, approve);
    expect([refused.status, refused.body.error.code]).toEqual([403, 'DP-FORBIDDEN']);
    // The gate refuses first: the route's action is selection.approve, which an archivist lacks.
    expect(refused.body.error.message).toContain('không có quyền');
    expect((await call('POST', `/api/backup-lists/${listId}/return`, archivist, { note: 'thiếu' })).status).toBe(403);
    // The use case refuses on its own too, whatever route or tool calls it.
    await expect(approveBackupList(ctx, listId, { ...approve, principal: principal('reader', ['15']) })).rejects.toMatchObject({
      code: 'DP-FORBIDDEN',
      refusal: 'forbidden',
    });
    expect((await getBackupList(ctx, listId)).status).toBe('submitted');

    const returned = await call('POST', `/api/backup-lists/${listId}/return`, reviewer, { note: 'Bổ sung biên bản kiểm tra' });
    expect(returned.body.list.status).toBe('returned');
    await call('POST', `/api/backup-lists/${listId}/reopen`, archivist, {});
    await call('POST', `/api/backup-lists/${listId}/submit`, archivist, {});
    const approved = await call('POST', `/api/backup-lists/${listId}/approve`, reviewer, approve);
    expect(approved.status).toBe(200);
    // The reviewer's user name depends on which test first signed an archive-admin in: ask the server.
    const reviewerName = (await call('GET', '/api/session', reviewer)).body.user.username;
    expect(approved.body.list.history.map((h: Json) => [h.action, h.by])).toEqual([
      ['create', 'nv-archivist'],
      ['edit', 'nv-archivist'],
      ['submit', 'nv-archivist'],
      ['return', reviewerName],
      ['reopen', 'nv-archivist'],
      ['submit', 'nv-archivist'],
      ['approve', reviewerName],
    ]);
  });

  it('records inspections with known damage signs for the unit’s records only, and lists them per unit', async () => {
    const body = { recordKind: 'file', recordCode: SEED.shortTerm, date: '03/03/2026', signs: ['mủn', 'giòn'], readable: true };
    const added = await call('POST', '/api/selection/inspections', archivist, body);
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ date: '2026-03-03', signs: ['mun', 'gion'], inspector: 'nv-archivist', unitId: '15' });

    const badDay = await call('POST', '/api/selection/inspections', archivist, { ...body, date: '31/02/2026' });
    expect([badDay.status, badDay.body.error.message]).toEqual([400, 'Ngày kiểm tra "31/02/2026" không có thật (dùng DD/MM/YYYY).']);
    const badSign = await call('POST', '/api/selection/inspections', archivist, { ...body, signs: ['ẩm mốc'] });
    expect([badSign.status, badSign.body.error.code]).toEqual([400, 'DP-INSPECTION-SIGN-UNKNOWN']);
    expect(badSign.body.error.message).toContain('Chọn trong: nhạt màu, đổi màu, rách');
    const foreign = await call('POST', '/api/selection/inspections', archivist, { ...body, recordCode: OTHER_FILE });
    expect([foreign.status, foreign.body.error.code]).toEqual([404, 'DP-SELECT-RECORD-UNKNOWN']);

    const listed = await call('GET', '/api/selection/inspections?unitId=15', archivist);
    expect(listed.body.inspections[0]).toMatchObject({ recordCode: SEED.shortTerm, date: '2026-03-03', title: 'Sổ công văn đi năm 1991' });
    expect(listed.body.inspections.map((i: Json) => i.recordCode)).not.toContain(OTHER_FILE);
    expect((await call('GET', `/api/selection/inspections?unitId=${OTHER_UNIT}`, archivist)).status).toBe(404);
  });

  it('shows recognitions of the principal’s units only', async () => {
    expect((await call('GET', '/api/recognitions', archivist)).body.recognitions).toEqual([
      expect.objectContaining({ recordCode: SEED.recognised, unitId: '15' }),
    ]);
    expect((await call('GET', '/api/recognitions', outsider)).body.recognitions).toEqual([]);
    const put = await call('PUT', `/api/recognitions/file/${SEED.rotting}`, outsider, {
      decisionNumber: '1/QĐ',
      decisionDate: '01/01/2026',
      issuer: 'Sở Nội vụ',
    });
    expect(put.status).toBe(404);
  });
});
