import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../testing/http-app.js';
import { asUser, startListeningApp, uploadBytes, type ListeningApp } from '../testing/listening-app.js';
import { signedInUser, type AuthHeaders } from '../testing/sign-in.js';

const SAMPLE = fileURLToPath(new URL('../../../../fixtures/plans/phu-luc-mau.csv', import.meta.url));
const PLAN = fileURLToPath(new URL('../../../../fixtures/plans/ke-hoach-lao-cai.json', import.meta.url));

/*
 * The plans and reports API: the Ministry's clerk (all units) imports a received table and reads
 * the roll-up as JSON and as the DOCX appendix; an archivist of Yên Bái enters and reads only
 * Yên Bái's report (another province answers 404, the national roll-up and the import 403); a
 * reader may do none of it.
 */
describe('HTTP /api/reports and /api/plan-imports', () => {
  let t: ListeningApp;
  let yenBai: AuthHeaders;
  let reader: AuthHeaders;
  const call = async (method: 'GET' | 'POST' | 'PUT', path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(`${t.base}${path}`, {
      method,
      headers: { ...headers, ...(body !== undefined && { 'content-type': 'application/json' }) },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    const type = res.headers.get('content-type') ?? '';
    return { status: res.status, type, body: type.includes('json') ? ((await res.json()) as Json) : Buffer.from(await res.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await startListeningApp('duphong-http-reports-');
    yenBai = (await signedInUser(t.ctx, { username: 'snv-yb', roles: ['archivist'], units: ['province-yen-bai'] })).headers;
    reader = (await signedInUser(t.ctx, { username: 'doc-gia', roles: ['reader'] })).headers;
  });
  afterAll(async () => t?.close());

  it('imports a received table after its dry run, then rolls it up as JSON and as the DOCX appendix', async () => {
    const upload = await uploadBytes(t.base, 'an', 'phu-luc-mau.csv', readFileSync(SAMPLE));
    const dry = await call('POST', '/api/plan-imports', asUser('an'), { upload });
    expect(dry.status).toBe(200);
    expect((dry.body as Json).findings.map((f: Json) => [f.row, f.code])).toEqual([
      [14, 'DP-PLAN-DATE-INVALID'],
      [15, 'DP-PLAN-UNIT-UNKNOWN'],
    ]);
    expect(await t.ctx.catalogue.plans.listEntries()).toEqual([]);
    const done = await call('POST', '/api/plan-imports', asUser('an'), { upload, dryRun: false, partial: true });
    expect(done.body).toMatchObject({ written: true, plans: 5, reports: 4, noRecords: 1 });
    expect((await t.ctx.catalogue.plans.listEntries())[0]!.recordedBy).toBe('an');

    const rollup = await call('GET', '/api/reports/rollup?from=2023&to=2024', asUser('an'));
    expect(rollup.status).toBe(200);
    expect((rollup.body as Json).counts).toEqual({
      plans: { 2023: 3, 2024: 2 },
      reports: { 2023: 1, 2024: 3 },
      noRecords: { 2023: 1, 2024: 0 },
    });
    expect((rollup.body as Json).figures['2024']).toMatchObject({ computed: { copiesMade: 0 }, declared: {} });
    const docx = await call('GET', '/api/reports/rollup?from=2023&to=2024&format=docx', asUser('an'));
    expect(docx.status).toBe(200);
    expect(docx.type).toContain('wordprocessingml');
    expect((docx.body as Buffer).subarray(0, 2).toString()).toBe('PK');
  });

  it('keeps a province to its own report; another province reads like an unknown unit', async () => {
    const sent = await call('POST', '/api/reports/units/province-yen-bai/2024', yenBai, {
      numberSymbol: '91/BC-SNV',
      date: '2024-12-12',
      narrative: 'Tỉnh đã rà soát tài liệu thuộc diện lập bản sao bảo hiểm.',
      declared: { staffTrained: 6 },
    });
    expect(sent.status).toBe(200);
    expect(sent.body).toMatchObject({ name: 'Yên Bái', status: 'submitted', deadline: '2024-12-15' });
    expect((sent.body as Json).figures.find((f: Json) => f.figure === 'staffTrained')).toMatchObject({ computed: null, declared: 6 });
    expect((await call('GET', '/api/reports/units/province-yen-bai/2024', yenBai)).status).toBe(200);
    for (const path of [
      '/api/reports/units/province-lao-cai/2024',
      '/api/reports/statistics?unit=province-lao-cai',
      '/api/reports/rollup?from=2024&to=2024&over=province-lao-cai',
    ])
      expect((await call('GET', path, yenBai)).status, path).toBe(404);
    expect(
      (await call('POST', '/api/reports/units/province-lao-cai/2024', yenBai, { numberSymbol: '1/BC-SNV', date: '2024-12-01' })).status,
    ).toBe(404);
    expect((await call('GET', '/api/reports/rollup?from=2024&to=2024', yenBai)).status).toBe(403);
    const upload = await uploadBytes(t.base, 'an', 'phu-luc-mau.csv', readFileSync(SAMPLE));
    expect((await call('POST', '/api/plan-imports', yenBai, { upload })).status).toBe(403);
    // A date that does not exist, a figure in words: 400 with the field named.
    const bad = await call('POST', '/api/reports/units/province-yen-bai/2024', yenBai, {
      numberSymbol: '92/BC-SNV',
      date: '2024-12-01',
      declared: { copiesMade: 'ba' },
    });
    expect(bad.status).toBe(400);
    expect((bad.body as Json).error.code).toBe('DP-REPORT-FIGURE-INVALID');
    const submissions = await call('GET', '/api/reports/submissions?year=2024', asUser('an'));
    expect((submissions.body as Json).rows.find((r: Json) => r.unitId === 'province-yen-bai')).toMatchObject({
      status: 'submitted',
      date: '2024-12-12',
    });
    expect((await call('GET', '/api/reports/statistics', yenBai)).body).toMatchObject({ rows: [], totals: { fonds: 0 } });
    // A day that looks like one but is not: 400, not an internal error.
    expect((await call('GET', '/api/reports/statistics?at=2024-13-45', yenBai)).status).toBe(400);
  });

  it('keeps plans to their unit: a province saves its own, reads it, marks a task; another province gets 404', async () => {
    const plan = JSON.parse(readFileSync(PLAN, 'utf8')) as Record<string, unknown>;
    expect((await call('POST', '/api/plans', yenBai, plan)).status).toBe(404); // the plan is Lào Cai's
    const own = await call('POST', '/api/plans', yenBai, { ...plan, unitId: 'province-yen-bai', numberSymbol: '12/KH-UBND' });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ id: 'province-yen-bai:12-KH-UBND:2023-11-14', years: { from: 2023, to: 2035 } });
    const id = encodeURIComponent((own.body as Json).id);
    const task = await call('PUT', `/api/plans/${id}/tasks/2`, yenBai, { status: 'done' });
    expect(task.status).toBe(200);
    expect((task.body as Json).progress.done).toBe(1);
    expect(((await call('GET', '/api/plans', yenBai)).body as Json).plans).toHaveLength(1);
    const saved = await call('POST', '/api/plans', asUser('an'), plan);
    expect((await call('GET', `/api/plans/${encodeURIComponent((saved.body as Json).id)}`, yenBai)).status).toBe(404);
    const bad = await call('POST', '/api/plans', yenBai, { ...plan, unitId: 'province-yen-bai', date: '31/02/2024' });
    expect(bad.status).toBe(400);
    expect((bad.body as Json).error.message).toContain('không có thật');
  });

  it('refuses a reader everything', async () => {
    for (const path of ['/api/reports/rollup?from=2024&to=2024', '/api/reports/submissions?year=2024', '/api/reports/statistics'])
      expect((await call('GET', path, reader)).status, path).toBe(403);
  });
});
