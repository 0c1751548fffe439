import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Json } from '../testing/http-app.js';
import { asUser, startListeningApp, uploadBytes, type ListeningApp } from '../testing/listening-app.js';

const FIXTURES = fileURLToPath(new URL('../../../../fixtures/catalog/', import.meta.url));

describe('catalogue import in the browser: an uploaded mục lục, its dry-run findings per row and column, then the import', () => {
  let t: ListeningApp;
  const post = async (body: unknown, user = 'an') => {
    const res = await fetch(`${t.base}/api/catalogue-imports`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...asUser(user) },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  beforeAll(async () => {
    t = await startListeningApp('duphong-import-http-');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('groups the findings of a faulty sheet by code and column with their rows, and writes nothing', async () => {
    const upload = await uploadBytes(t.base, 'an', 'muc-luc-loi.xlsx', readFileSync(`${FIXTURES}bad/muc-luc-loi.xlsx`));
    const dry = await post({ upload, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.result).toMatchObject({ dryRun: true, written: false });
    expect(dry.body.result.errors).toBeGreaterThan(0);
    const badDate = dry.body.groups.find((g: Json) => g.code === 'DP-IMPORT-BAD-DATE' && g.column === 'D');
    expect(badDate.rows).toContain(7);
    expect(dry.body.groups[0].severity).toBe('error');
    // Confirming a sheet with errors imports nothing (the CLI's rule), and keeps the upload for another try.
    const confirmed = await post({ upload, dryRun: false });
    expect(confirmed.body.result).toMatchObject({ dryRun: false, written: false });
    expect((await fetch(`${t.base}/api/uploads/${upload}`, { headers: { ...asUser('an') } })).status).toBe(200);
  });

  it('imports a good sheet after its dry run; the upload is then consumed; another user cannot use it', async () => {
    const upload = await uploadBytes(t.base, 'an', 'muc-luc-mau.xlsx', readFileSync(`${FIXTURES}muc-luc-mau.xlsx`));
    const dry = await post({ upload });
    expect(dry.body.result).toMatchObject({ dryRun: true, written: false, errors: 0 });
    expect(dry.body.result.counts.created).toBeGreaterThan(0);
    expect((await post({ upload, dryRun: false }, 'binh')).status).toBe(404);
    const done = await post({ upload, dryRun: false });
    expect(done.body.result).toMatchObject({ written: true });
    expect(done.body.result.counts.created).toBe(dry.body.result.counts.created);
    expect((await fetch(`${t.base}/api/uploads/${upload}`, { headers: { ...asUser('an') } })).status).toBe(404);
    expect(await t.ctx.catalogue.records.countFiles({ fondsCode: 'P_SNV_QN' })).toBe(100);
  });

  it('refuses a file that is not a spreadsheet', async () => {
    const upload = await uploadBytes(t.base, 'an', 'ghi-chu.docx', new Uint8Array([1, 2, 3]));
    const res = await post({ upload });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('.xlsx');
  });
});
