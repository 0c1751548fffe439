import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type Json, type TestApp } from '../testing/http-app.js';

describe('HTTP API: archival description (fonds, files, documents, holdings, inspections)', () => {
  let t: TestApp;
  const call: TestApp['call'] = (...args) => t.call(...args);
  beforeAll(async () => {
    t = await startTestApp('duphong-records-http-');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('creates a fonds, files with TT05 fields, documents; lists and shows them', async () => {
    const fonds = await call('PUT', '/api/fonds/P_UBND_QN', {
      name: 'Phông Ủy ban nhân dân tỉnh Quảng Nam',
      kind: 'fonds',
      status: 'closed',
      fields: { history: 'Sáp nhập vào Đà Nẵng từ 01/07/2025' },
    });
    expect(fonds.status).toBe(200);
    expect(fonds.body.saved).toMatchObject({ code: 'P_UBND_QN', status: 'closed' });
    const file = await call('PUT', '/api/files/H49.64.33.2001.160', {
      title: 'Hồ sơ về việc thành lập tỉnh',
      fondsCode: 'P_UBND_QN',
      fields: {
        maintenance: '01',
        mode: '01',
        language: '01',
        startDate: '12/03/2001',
        endDate: '30/12/2001',
        riskRecovery: '1',
        riskRecoveryStatus: '02',
      },
    });
    expect(file.status).toBe(200);
    expect(file.body.saved.fields.maintenance).toBe('01');
    const doc = await call('PUT', '/api/documents/H49.64.33.2001.160.0000001', {
      fileCode: 'H49.64.33.2001.160',
      ordinal: 1,
      fields: { docCode: 'H49.64.33.2001.160.0000001', typeName: '02', subject: 'Quyết định thành lập', issuedDate: '12/03/2001' },
    });
    expect(doc.status).toBe(200);
    const list = await call('GET', '/api/files?fonds=P_UBND_QN');
    expect(list.body).toMatchObject({ total: 1, files: [{ code: 'H49.64.33.2001.160' }] });
    const detail = await call('GET', '/api/files/H49.64.33.2001.160');
    expect(detail.body.documents.map((d: Json) => d.id)).toEqual(['H49.64.33.2001.160.0000001']);
    expect((await call('GET', '/api/fonds/P_UBND_QN')).body).toMatchObject({ files: 1, holdings: [] });
  });

  it('refuses a description that breaks TT05 (a code not in its list, an impossible date) with 400 and the code', async () => {
    const bad = await call('PUT', '/api/files/H49.64.33.2001.161', { title: 'Hồ sơ sai', fields: { mode: '09' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('DP-TT05-BAD-CODE');
    const date = await call('PUT', '/api/files/H49.64.33.2001.161', { title: 'Hồ sơ sai ngày', fields: { startDate: '31/02/2024' } });
    expect(date.status).toBe(400);
    expect(date.body.error.code).toBe('DP-TT05-BAD-DATE');
    expect((await call('GET', '/api/files/H49.64.33.2001.161')).status).toBe(404);
    const orphan = await call('PUT', '/api/documents/X.1', { fileCode: 'KHONG-CO', fields: {} });
    expect(orphan.status).toBe(404);
  });

  it('refuses an edit made on a stale copy (DP-FILE-STALE, DP-FONDS-STALE) and keeps the other writer’s change', async () => {
    const opened = (await call('GET', '/api/files/H49.64.33.2001.160')).body.file;
    const first = await call('PUT', '/api/files/H49.64.33.2001.160', {
      title: 'Sửa của người thứ nhất',
      fondsCode: 'P_UBND_QN',
      fields: opened.fields,
      expectedUpdatedAt: opened.updatedAt,
    });
    expect(first.status).toBe(200);
    const second = await call('PUT', '/api/files/H49.64.33.2001.160', {
      title: 'Sửa của người thứ hai',
      fondsCode: 'P_UBND_QN',
      fields: opened.fields,
      expectedUpdatedAt: opened.updatedAt,
    });
    expect(second.status).toBe(409);
    expect(second.body.error.code).toBe('DP-FILE-STALE');
    expect((await call('GET', '/api/files/H49.64.33.2001.160')).body.file.title).toBe('Sửa của người thứ nhất');
    const fonds = (await call('GET', '/api/fonds/P_UBND_QN')).body.fonds;
    const body = { name: fonds.name, kind: fonds.kind, status: fonds.status, fields: fonds.fields };
    expect((await call('PUT', '/api/fonds/P_UBND_QN', { ...body, expectedUpdatedAt: fonds.updatedAt })).status).toBe(200);
    const stale = await call('PUT', '/api/fonds/P_UBND_QN', { ...body, name: 'Tên cũ', expectedUpdatedAt: fonds.updatedAt });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('DP-FONDS-STALE');
    const created = await call('PUT', '/api/files/H49.64.33.2001.170', { title: 'Hồ sơ mới', expectedUpdatedAt: null });
    expect(created.status).toBe(200);
    const again = await call('PUT', '/api/files/H49.64.33.2001.170', { title: 'Tạo lại', expectedUpdatedAt: null });
    expect(again.body.error.code).toBe('DP-FILE-STALE');
  });

  it('names the field each TT05 finding is about (path), so an editor can show it next to the input', async () => {
    const bad = await call('PUT', '/api/files/H49.64.33.2001.162', { title: 'Hồ sơ sai', fields: { mode: '09', startDate: '31/02/2024' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.findings.map((f: Json) => [f.code, f.path])).toEqual([
      ['DP-TT05-BAD-CODE', 'mode'],
      ['DP-TT05-BAD-DATE', 'startDate'],
    ]);
  });

  it('keeps holdings and dated inspections (newest first)', async () => {
    const holding = await call('PUT', '/api/holdings/kho2-gia14', {
      fondsCode: 'P_UBND_QN',
      fileCode: null,
      medium: 'paper',
      shelfMetres: 12.5,
      store: 'Kho 2',
      shelf: 'Giá 14',
      box: 'Hộp 301',
      condition: '03',
    });
    expect(holding.status).toBe(200);
    expect((await call('GET', '/api/fonds/P_UBND_QN')).body.holdings[0]).toMatchObject({ shelfMetres: 12.5, condition: '03' });
    for (const [date, signs] of [
      ['2024-05-02', ['mun']],
      ['2025-06-10', ['mun', 'gion']],
    ] as const) {
      const r = await call('POST', '/api/inspections', {
        recordKind: 'file',
        recordCode: 'H49.64.33.2001.160',
        date,
        inspector: 'Nguyễn Thị Lan',
        signs,
        readable: true,
        notes: '',
      });
      expect(r.status).toBe(201);
    }
    const got = await call('GET', '/api/inspections?kind=file&code=H49.64.33.2001.160');
    expect(got.body.map((i: Json) => i.date)).toEqual(['2025-06-10', '2024-05-02']);
  });
});
