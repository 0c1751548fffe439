import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { addUser, launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import type { Json } from '../packages/server/src/testing/http-app.js';

// Editing the catalogue in a real browser on the imported sample mục lục: a file's TT05
// description (saved, searchable; invalid values and stale edits refused with the server's words),
// a reader who may not edit, the catalogue tree and the units page; screenshots for the README.

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const READER = { username: 'docgia', password: 'mật-khẩu-độc-giả-thử' };

describe('catalogue editing in a real browser', () => {
  const tmp = tempDir('duphong-catalogue-edit-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let code: string;

  const api = async (method: string, path: string, headers: Record<string, string>, body?: unknown) => {
    const res = await fetch(new URL(path, server!.url), {
      method,
      headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...headers },
      ...(body !== undefined && { body: JSON.stringify(body) }),
    });
    return { status: res.status, body: (await res.json()) as Json };
  };
  const admin = (method: string, path: string, body?: unknown) => api(method, path, server!.admin, body);
  const stored = async () => (await admin('GET', `/api/files/${encodeURIComponent(code)}`)).body.file;
  const openEditor = async () => {
    await page.goto(`${server!.url}#/ho-so/${encodeURIComponent(code)}`);
    await page.getByRole('button', { name: 'Sửa mô tả' }).click();
    await page.getByRole('form', { name: `Sửa mô tả hồ sơ ${code}` }).waitFor();
  };

  beforeAll(async () => {
    const run = (args: string[]) => duphong([...args, '--home', home, '--json']);
    expect((await run(['init'])).code).toBe(0);
    const imported = await run(['catalog', 'import', join(FIXTURES, 'catalog/muc-luc-mau.xlsx'), '--unit', 'province-lao-cai']);
    expect(imported.code, imported.stderr).toBe(0);
    const ingested = await run(['ingest', join(FIXTURES, 'tt05/sip-hoso-sample.zip')]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServe(home);
    // An open (mode 01) file of the sample, so a reader may see it too.
    const files = (await admin('GET', '/api/files?fonds=H15.01&limit=1000')).body.files as Array<{
      code: string;
      fields: Record<string, string>;
    }>;
    code = files.find((f) => f.fields.mode === '01')!.code;
    expect(code).toBeDefined();
    const holding = {
      fondsCode: 'H15.01',
      fileCode: null,
      medium: 'paper',
      shelfMetres: 4.5,
      store: 'Kho 1',
      shelf: 'Giá 3',
      box: 'Hộp 12',
      condition: '02',
    };
    expect((await admin('PUT', '/api/holdings/kho1-gia3', holding)).status).toBe(200);
    const inspection = {
      recordKind: 'fonds',
      recordCode: 'H15.01',
      date: '2025-11-20',
      inspector: 'Lò Thị Mai',
      signs: ['mun', 'gion'],
      readable: true,
      notes: '',
    };
    expect((await admin('POST', '/api/inspections', inspection)).status).toBe(201);
    for (const [n, subject] of [
      [1, 'Tờ trình về việc kiểm kê mộc bản'],
      [2, 'Biên bản kiểm kê mộc bản'],
    ] as const) {
      const id = `${code}.000000${n}`;
      const doc = await admin('PUT', `/api/documents/${encodeURIComponent(id)}`, {
        fileCode: code,
        ordinal: n,
        fields: { docCode: id, subject, mode: '01' },
      });
      expect(doc.status, JSON.stringify(doc.body)).toBe(200);
    }
    await addUser(home, READER.username, 'reader', READER.password);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    await signInPage(page, server);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('shows the record page with its copies and PREMIS history (screenshot)', async () => {
    await page.goto(`${server!.url}#/ho-so/H49.64.33.2001.160`);
    await page.locator('tr[data-site]').first().waitFor();
    await page.getByRole('heading', { name: /Lịch sử bảo quản/ }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SHOTS, 'record.png'), fullPage: true });
  });

  it('walks the catalogue: unit → fonds (holdings, inspections with damage signs) → files → documents (screenshot)', async () => {
    await page.goto(`${server!.url}#/muc-luc`);
    await page.getByLabel('Đơn vị', { exact: true }).waitFor();
    await page.getByLabel('Phông', { exact: true }).selectOption('H15.01');
    const panel = page.locator('section.fonds-panel');
    await panel.getByRole('cell', { name: 'Kho 1' }).waitFor();
    await panel.locator('td[data-signs="mun gion"]').filter({ hasText: 'mủn, giòn' }).waitFor();
    await page.getByRole('button', { name: `Tài liệu của ${code}` }).click();
    await page.locator('.file-documents li').filter({ hasText: 'Biên bản kiểm kê mộc bản' }).waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SHOTS, 'catalogue.png') });
  });

  it('lists units with the 2025 mergers and versions; a broken version edit shows its finding (screenshot)', async () => {
    await page.goto(`${server!.url}#/don-vi`);
    await page.getByRole('heading', { name: /Hợp nhất tỉnh, thành phố năm 2025/ }).waitFor();
    await page.locator('table.mergers tbody tr').nth(33).waitFor();
    expect(await page.locator('table.mergers tbody tr').count()).toBe(34);
    await page.locator('table.units tr').filter({ hasText: 'Lào Cai' }).getByRole('button').click();
    const detail = page.locator('section.unit-detail');
    await detail.locator('table.unit-versions tbody tr').first().waitFor();
    await detail
      .getByText(/hợp nhất/)
      .first()
      .waitFor();
    await page.evaluate('window.scrollTo(0, 0)');
    await page.screenshot({ path: join(SHOTS, 'units.png') });
    await detail.locator('table.unit-versions tbody tr').first().getByRole('button').click();
    await detail.getByLabel('Mã hành chính').fill('ABC');
    await detail.getByRole('button', { name: 'Lưu phiên bản' }).click();
    const finding = detail.locator('#unit-adminCode-findings');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('DP-UNIT-ADMIN-CODE-FORMAT');
  });

  it('edits a file’s title and a code-list field; the change is saved and found by search', async () => {
    await openEditor();
    const form = page.getByRole('form', { name: `Sửa mô tả hồ sơ ${code}` });
    // Labels in Vietnamese from the TT05 catalogue, required fields marked, code lists as selects.
    await form.getByLabel('Tiêu đề hồ sơ').fill('Hồ sơ kiểm kê mộc bản Xín Mần đã hiệu đính');
    await form.getByLabel('Thời hạn bảo quản').selectOption('02');
    expect(await form.getByLabel('Thời hạn bảo quản').locator('option:checked').textContent()).toMatch(/^02 — /);
    expect(await form.locator('label[for="f-title"] abbr.required').count()).toBe(1);
    await form.getByRole('button', { name: 'Lưu' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Đã lưu/ })
      .waitFor();
    await page.getByRole('heading', { level: 1, name: /Xín Mần đã hiệu đính/ }).waitFor();
    const saved = await stored();
    expect(saved.title).toBe('Hồ sơ kiểm kê mộc bản Xín Mần đã hiệu đính');
    expect(saved.fields.maintenance).toBe('02');
    await page.goto(`${server!.url}#/tim-kiem/${encodeURIComponent('xin man da hieu dinh')}`);
    await page.locator('ol.hits li').filter({ hasText: code }).waitFor();
  });

  it('shows the server’s finding next to the field it names and saves nothing', async () => {
    const before = await stored();
    await openEditor();
    const form = page.getByRole('form', { name: `Sửa mô tả hồ sơ ${code}` });
    await form.getByLabel('Thời gian bắt đầu').fill('31/02/2024');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const finding = form.locator('#f-startDate-findings');
    await finding.waitFor();
    expect(await finding.textContent()).toContain('DP-TT05-BAD-DATE');
    expect(await finding.textContent()).toContain('Thời gian bắt đầu');
    expect(await form.getByLabel('Thời gian bắt đầu').getAttribute('aria-describedby')).toBe('f-startDate-findings');
    expect(await form.getByRole('alert').textContent()).toContain('Không lưu được');
    expect(await stored()).toEqual(before);
    await form.getByRole('button', { name: 'Hủy' }).click();
  });

  it('refuses an edit made on a copy another writer changed meanwhile, and offers the new version', async () => {
    await openEditor();
    const form = page.getByRole('form', { name: `Sửa mô tả hồ sơ ${code}` });
    // Another writer saves first, from their own reading of the file.
    const theirs = await stored();
    const other = await admin('PUT', `/api/files/${encodeURIComponent(code)}`, {
      title: 'Tiêu đề do người khác sửa',
      fondsCode: theirs.fondsCode,
      fields: theirs.fields,
      expectedUpdatedAt: theirs.updatedAt,
    });
    expect(other.status).toBe(200);
    await form.getByLabel('Từ khóa').fill('mộc bản');
    await form.getByRole('button', { name: 'Lưu' }).click();
    const alert = form.getByRole('alert');
    await alert.waitFor();
    expect(await alert.getAttribute('data-code')).toBe('DP-FILE-STALE');
    expect(await alert.textContent()).toContain('đã được người khác sửa');
    expect((await stored()).title).toBe('Tiêu đề do người khác sửa');
    expect((await stored()).fields.keyword).toBe(theirs.fields.keyword);
    await alert.getByRole('button', { name: 'Tải lại bản mới' }).click();
    // Polled from the test, not evaluated in the page: the UI's CSP forbids string evaluation there.
    await expect.poll(() => page.locator('#f-title').inputValue(), { timeout: 30_000, interval: 100 }).toBe('Tiêu đề do người khác sửa');
    await form.getByRole('button', { name: 'Hủy' }).click();
  });

  it('a reader sees no edit button, and the API refuses their edit', async () => {
    const context = await browser!.newContext({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    const readerPage = await context.newPage();
    await signInPage(readerPage, server!, READER);
    await readerPage.goto(`${server!.url}#/ho-so/${encodeURIComponent(code)}`);
    await readerPage.getByRole('heading', { name: /^Mô tả/ }).waitFor();
    expect(await readerPage.getByRole('button', { name: 'Sửa mô tả' }).count()).toBe(0);
    const signIn = await fetch(new URL('api/session', server!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(READER),
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const refused = await api(
      'PUT',
      `/api/files/${encodeURIComponent(code)}`,
      { cookie, 'x-csrf-token': csrfToken },
      { title: 'Độc giả sửa' },
    );
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('DP-FORBIDDEN');
    expect((await stored()).title).toBe('Tiêu đề do người khác sửa');
    await context.close();
  });
});
