import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { objectKey } from '../storage/site-ocfl.js';
import { makeSourceFolder, tempDir } from '../testing/homes.js';
import { seedSelection, SEED } from '../testing/selection-seed.js';
import { principal, signInByHeader } from '../testing/as-principal.js';
import { buildApp, type DuphongApp } from './app.js';
import { inlineDisposition } from './routes/record-page.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
type Json = Record<string, any>;

const PDF = '%PDF-1.4\n% Nghị quyết về việc tái lập tỉnh Lào Cai\n%%EOF\n';
const SECRET_FILE = 'H15.1991.09';
const CONDITIONAL_DOC = `${SEED.rotting}.0000002`;

/** Every catalogue file has a page, with or without a backup copy; content comes from a verified copy. */
describe('record pages and document content', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;
  let objectId: string;
  const clock: Clock = { now: () => new Date('2026-11-22T03:00:00Z') };

  const call = async (as: string, url: string) => {
    const res = await app.inject({ method: 'GET', url, headers: { 'x-test-principal': as } });
    return { status: res.statusCode, headers: res.headers, raw: res.body, json: () => res.json() as Json };
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-record-page-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    await seedSelection(ctx.catalogue);
    const T = '2026-02-01T08:00:00.000+07:00';
    await ctx.catalogue.records.putFile({
      code: SECRET_FILE,
      fondsCode: SEED.fonds,
      title: 'Hồ sơ mật',
      fields: { arcFileCode: SECRET_FILE, title: 'Hồ sơ mật', mode: '03' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    await ctx.catalogue.records.putDocument({
      id: CONDITIONAL_DOC,
      fileCode: SEED.rotting,
      ordinal: 2,
      kind: 'doc',
      fields: { subject: 'Tờ trình hạn chế', mode: '02' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    const folder = makeSourceFolder(join(tmp.path, 'src'), { [`${SEED.document}.pdf`]: PDF, [`${CONDITIONAL_DOC}.pdf`]: `${PDF}hạn chế` });
    objectId = (await ingestFolder(ctx, { folder, fileCode: SEED.rotting })).object;
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await signInByHeader(app, ctx, {
      archivist: principal('lan', ['archivist'], ['15']),
      reader: principal('doc-gia', ['reader'], ['15']),
      other: principal('minh', ['archivist'], ['20']),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('shows a file without a backup copy, offering to make one', async () => {
    const res = await call('archivist', `/api/record-pages/${SEED.unreadable}`);
    expect(res.status).toBe(200);
    const page = res.json();
    expect(page).toMatchObject({
      file: { code: SEED.unreadable, mode: '01' },
      fonds: { code: SEED.fonds, unitId: '15' },
      backup: null,
      events: [],
    });
    expect(page.actions).toEqual(['make-backup']);
    expect(page.file.fields.find((f: Json) => f.name === 'title')).toMatchObject({ label: { vi: 'Tiêu đề hồ sơ', en: 'title' } });
    expect(page.inspections).toHaveLength(1);
    expect((await call('reader', `/api/record-pages/${SEED.unreadable}`)).json().actions).toEqual([]);
  });

  it('shows the backup copies per site, the PREMIS history in words and the documents', async () => {
    const page = (await call('archivist', `/api/record-pages/${SEED.rotting}`)).json();
    expect(page.backup).toMatchObject({ objectId, head: 1 });
    expect(page.backup.copies.map((c: Json) => [c.site, c.region, c.status, c.verifiedAt])).toEqual([
      ['bac', 'bac', 'ok', '2026-11-22T10:00:00.000+07:00'],
      ['nam', 'nam', 'ok', '2026-11-22T10:00:00.000+07:00'],
      ['trung', 'trung', 'ok', '2026-11-22T10:00:00.000+07:00'],
    ]);
    expect(page.events.find((e: Json) => e.type === 'message digest calculation')?.typeLabel).toEqual({
      vi: 'tính mã băm',
      en: 'message digest calculation',
    });
    expect(page.events.every((e: Json) => e.typeLabel.vi !== e.type)).toBe(true);
    expect(page.documents.map((d: Json) => [d.id, d.mode, d.canView])).toEqual([
      [SEED.document, '01', true],
      [CONDITIONAL_DOC, '02', true],
    ]);
    expect(page.actions).toEqual(['add-version', 'view-copies', 'run-audit', 'read-content']);
    // A reader sees the mode-02 document described, not its content.
    const forReader = (await call('reader', `/api/record-pages/${SEED.rotting}`)).json();
    expect(forReader.documents.map((d: Json) => [d.id, d.canView])).toEqual([
      [SEED.document, true],
      [CONDITIONAL_DOC, false],
    ]);
  });

  it('answers 404 like an unknown code for another unit, a secret file to a reader, and unknown codes', async () => {
    for (const [as, code] of [
      ['other', SEED.rotting],
      ['reader', SECRET_FILE],
      ['archivist', 'KHONG-CO'],
    ] as const) {
      const res = await call(as, `/api/record-pages/${encodeURIComponent(code)}`);
      expect(res.status).toBe(404);
      expect(res.json().error.code).toBe('DP-FILE-UNKNOWN');
    }
    expect((await call('archivist', `/api/record-pages/${SECRET_FILE}`)).status).toBe(200);
  });

  it('writes every record page view into the access log, the refused ones as denied', async () => {
    const viewsOf = async (outcome: 'allowed' | 'denied') =>
      (await ctx.catalogue.accounts.listAccess({ units: 'all', record: SECRET_FILE, action: 'view', outcome })).entries.map(
        (e) => `${e.username} ${e.recordKind}`,
      );
    const [allowedBefore, deniedBefore] = [await viewsOf('allowed'), await viewsOf('denied')];
    await call('reader', `/api/record-pages/${SECRET_FILE}`);
    await call('archivist', `/api/record-pages/${SECRET_FILE}`);
    const count = (list: string[], view: string) => list.filter((x) => x === view).length;
    expect(count(await viewsOf('allowed'), 'lan file')).toBe(count(allowedBefore, 'lan file') + 1);
    expect(count(await viewsOf('denied'), 'doc-gia file')).toBe(count(deniedBefore, 'doc-gia file') + 1);
    expect(count(await viewsOf('allowed'), 'doc-gia file')).toBe(0);
  });

  it('streams a document inline from a verified copy with its type and name', async () => {
    const res = await call('reader', `/api/documents/${SEED.document}/content`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(inlineDisposition(`${SEED.document}.pdf`));
    expect(res.raw).toBe(PDF);
    expect(inlineDisposition('Tờ trình "số 1".pdf')).toBe(
      `inline; filename="To trinh _so 1_.pdf"; filename*=UTF-8''T%E1%BB%9D%20tr%C3%ACnh%20%22s%E1%BB%91%201%22.pdf`,
    );
  });

  it('refuses a reader the content of a mode-02 document without an approved request, and hides other units', async () => {
    const refused = await call('reader', `/api/documents/${CONDITIONAL_DOC}/content`);
    expect(refused.status).toBe(403);
    expect(refused.json().error.code).toBe('DP-CONTENT-FORBIDDEN');
    expect((await call('archivist', `/api/documents/${CONDITIONAL_DOC}/content`)).status).toBe(200);
    expect((await call('other', `/api/documents/${SEED.document}/content`)).json().error.code).toBe('DP-DOCUMENT-UNKNOWN');
  });

  it('never completes a damaged copy’s bytes as the document', async () => {
    const data = (site: string) =>
      join(
        home,
        'sites',
        site,
        objectKey(objectId, ctx.hasher),
        'v1',
        'content',
        'representations',
        'rep1',
        'data',
        `${SEED.document}.pdf`,
      );
    writeFileSync(data('bac'), PDF.replace('Lào', 'Lao'));
    const res = await app
      .inject({ method: 'GET', url: `/api/documents/${SEED.document}/content`, headers: { 'x-test-principal': 'archivist' } })
      .catch((error: unknown) => (error instanceof Error ? error : new Error(String(error))));
    if (!(res instanceof Error)) expect(res.body).not.toBe(PDF.replace('Lào', 'Lao'));
  });
});
