import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../testing/http-app.js';
import { asUser, startListeningApp, uploadBytes, type ListeningApp } from '../testing/listening-app.js';

/*
 * HOSTILE TESTS (issue 9): a user scoped to one unit importing a catalogue (mục lục) over HTTP
 * that names another unit's fonds, files or documents. The import must not re-attach the fonds to
 * the importer's unit, nor rewrite (or lower the access level of) the other unit's records.
 */
const AT = '2026-01-05T08:00:00.000+07:00';
const SECRET = 'Hồ sơ mật của Yên Bái';

const csv = (fonds: string, rows: string[]) =>
  Buffer.from(
    [
      `Phông lưu trữ: Phông thử`,
      `Mã phông: ${fonds}`,
      'STT;Mã hồ sơ;Tiêu đề hồ sơ;Thời gian;THBQ;Chế độ sử dụng;Ngôn ngữ;Số trang;Ghi chú',
      ...rows,
    ].join('\n'),
  );

describe('hostile: catalogue import across units', () => {
  let t: ListeningApp;
  const importAs = async (user: string, bytes: Buffer, dryRun: boolean) => {
    const upload = await uploadBytes(t.base, user, 'muc-luc.csv', bytes);
    const res = await fetch(`${t.base}/api/catalogue-imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser(user) },
      body: JSON.stringify({ upload, dryRun, unitId: 'province-lao-cai' }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };

  beforeAll(async () => {
    t = await startListeningApp('duphong-hostile-import-', undefined, { lc: ['archivist'] });
    // The listening app signs users in over every unit; narrow lc to Lào Cai.
    const user = (await t.ctx.catalogue.accounts.getUserByUsername('lc'))!;
    await t.ctx.catalogue.accounts.putUser({ ...user, units: ['province-lao-cai'] });
    const r = t.ctx.catalogue.records;
    await r.putFonds({
      code: 'P_YB',
      name: 'Phông Yên Bái',
      kind: 'fonds',
      status: 'open',
      unitId: 'province-yen-bai',
      fields: {},
      legacy: {},
      createdAt: AT,
      updatedAt: AT,
    });
    await r.putFonds({
      code: 'P_LC',
      name: 'Phông Lào Cai',
      kind: 'fonds',
      status: 'open',
      unitId: 'province-lao-cai',
      fields: {},
      legacy: {},
      createdAt: AT,
      updatedAt: AT,
    });
    await r.putFile({
      code: 'P_YB.2001.01',
      fondsCode: 'P_YB',
      title: SECRET,
      fields: { mode: '03', title: SECRET },
      legacy: {},
      createdAt: AT,
      updatedAt: AT,
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const untouched = async () => {
    const fonds = await t.ctx.catalogue.records.getFonds('P_YB');
    const file = await t.ctx.catalogue.records.getFile('P_YB.2001.01');
    expect(fonds?.unitId).toBe('province-yen-bai');
    expect([file?.fondsCode, file?.title, file?.fields.mode]).toEqual(['P_YB', SECRET, '03']);
  };

  it('a sheet naming another unit’s fonds is refused row by row; the fonds and its files stay as they were', async () => {
    const sheet = csv('P_YB', [
      '1;P_YB.2001.01;Tiêu đề ghi đè;01/01/2001 - 31/12/2001;06;01;01;10;',
      '2;P_YB.2001.02;Hồ sơ cài thêm;01/01/2001 - 31/12/2001;06;01;01;10;',
    ]);
    const dry = await importAs('lc', sheet, true);
    expect(dry.status).toBe(200);
    expect(dry.body.groups.map((g: Json) => g.code)).toContain('DP-IMPORT-OUT-OF-SCOPE');
    expect(JSON.stringify(dry.body)).not.toContain(SECRET);
    const done = await importAs('lc', sheet, false);
    expect(done.body.result.written).toBe(false);
    await untouched();
    expect(await t.ctx.catalogue.records.getFile('P_YB.2001.02')).toBeUndefined();
  });

  it('a sheet of one’s own fonds cannot pull in another unit’s file by its code', async () => {
    const sheet = csv('P_LC', [
      '1;P_YB.2001.01;Tiêu đề ghi đè;01/01/2001 - 31/12/2001;06;01;01;10;',
      '2;P_LC.2001.01;Hồ sơ của mình;01/01/2001 - 31/12/2001;06;01;01;10;',
    ]);
    const done = await importAs('lc', sheet, false);
    expect(done.body.groups.map((g: Json) => g.code)).toContain('DP-IMPORT-OUT-OF-SCOPE');
    expect(done.body.result.written).toBe(false);
    await untouched();
    // Its own rows alone go in.
    const own = await importAs('lc', csv('P_LC', ['2;P_LC.2001.01;Hồ sơ của mình;01/01/2001 - 31/12/2001;06;01;01;10;']), false);
    expect(own.body.result.written).toBe(true);
    expect((await t.ctx.catalogue.records.getFile('P_LC.2001.01'))?.fondsCode).toBe('P_LC');
  });
});
