import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { SCREENSHOTS, launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

// The lookup page of the shared code lists in a real browser, against `duphong serve`.
// Same set-up as web.int.test.ts (kept separate so the two files evolve independently).

describe('shared code lists page in a real browser', () => {
  const tmp = tempDir('duphong-codelists-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInPage(page, server!);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('shows typeName with "Nghị quyết", its version and digest', async () => {
    await page.goto(server!.url);
    await page.getByRole('link', { name: 'Danh mục dùng chung' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danh mục dùng chung' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /Tên loại tài liệu/ }).waitFor();
    const first = page.locator('table.code-list tbody tr[data-code="01"]');
    expect(await first.locator('td').first().textContent()).toBe('Nghị quyết');
    expect(await page.locator('table.code-list tbody tr').count()).toBe(32);
    expect(await page.getByTestId('code-list-version').textContent()).toBe('v1');
    expect(await page.getByTestId('code-list-digest').textContent()).toMatch(/^[0-9a-f]{64}$/);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'code-lists.png'), fullPage: true });
  });

  it('filters without accents and switches lists', async () => {
    await page.getByLabel('Lọc theo mã hoặc nhãn').fill('quyet dinh');
    await page.getByText('Đang hiện: 1/32').waitFor();
    expect(await page.locator('table.code-list tbody tr').getAttribute('data-code')).toBe('02');
    await page.getByLabel('Danh mục', { exact: true }).selectOption('damageSign');
    await page.getByRole('heading', { level: 2, name: /Dấu hiệu hư hỏng/ }).waitFor();
    expect(page.url()).toMatch(/#\/danh-muc\/damageSign$/);
    expect(await page.locator('table.code-list tbody tr td:first-of-type').allTextContents()).toContain('Mủn');
  });
});

describe('notice of changed shared code lists in a real browser', () => {
  const tmp = tempDir('duphong-codelist-notice-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInPage(page, server!);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('says which list changed since the last visit, links to it, and goes away when dismissed', async () => {
    await page.goto(server!.url);
    await page.getByRole('link', { name: 'Danh mục dùng chung' }).waitFor();
    // The first visit only records where the feed stands: nothing has "changed since".
    await page.waitForFunction("localStorage.getItem('duphong.codelists.seenEvent') !== null");
    expect(await page.getByText('Danh mục dùng chung đã thay đổi').count()).toBe(0);
    const status = await page.evaluate(async () => {
      const session = (await (await fetch('/api/session')).json()) as { csrfToken: string };
      const res = await fetch('/api/code-lists/khoTinh/versions', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': session.csrfToken },
        body: JSON.stringify({
          validFrom: '2026-01-01',
          items: [{ code: 'K1', labelVi: 'Kho số 1' }],
          list: { nameVi: 'Kho lưu trữ của tỉnh', nameEn: 'Provincial stores', authority: 'Sở Nội vụ', source: 'nội bộ' },
        }),
      });
      return res.status;
    });
    expect(status).toBe(201);
    await page.reload();
    const notice = page.getByRole('status').filter({ hasText: 'Danh mục dùng chung đã thay đổi từ lần xem trước' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('phiên bản 1 (ban hành tại đây), hiệu lực từ 01/01/2026');
    expect(await notice.getByRole('link', { name: 'khoTinh' }).getAttribute('href')).toBe('#/danh-muc/khoTinh');
    await notice.getByRole('button', { name: 'Đã xem' }).click();
    await page.reload();
    await page.getByRole('link', { name: 'Danh mục dùng chung' }).waitFor();
    expect(await page.getByText('Danh mục dùng chung đã thay đổi').count()).toBe(0);
  });
});
