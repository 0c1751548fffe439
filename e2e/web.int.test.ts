import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { SCREENSHOTS, launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../packages/server/src/testing/homes.js';

const FILE_CODE = 'H49.64.33.2001.160';
const TITLE = 'Hồ sơ về việc thành lập tỉnh Quảng Nam';

describe('web UI in a real browser', () => {
  const tmp = tempDir('duphong-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;
  // Every Content-Security-Policy violation the page reports (the UI must need none).
  const cspViolations: string[] = [];

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const source = makeSourceFolder(join(tmp.path, 'Hồ sơ 160'), SAMPLE_FILES);
    const ingest = await duphong(['ingest', source, '--file', FILE_CODE, '--title', TITLE, '--home', home]);
    expect(ingest.code, ingest.stderr).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    await signInPage(page, server!);
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
    });
    await page.exposeFunction('reportCspViolation', (text: string) => cspViolations.push(text));
    // A string: the tests compile without the DOM types.
    await page.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => window.reportCspViolation(e.violatedDirective + ' ' + e.blockedURI));",
    );
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0); // graceful shutdown
    tmp.remove();
  });

  it('shows the overview with the three sites, in Vietnamese', async () => {
    const response = await page.goto(server!.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Tổng quan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    const rows = page.locator('table tbody tr[data-site]');
    await rows.nth(2).waitFor();
    expect(await rows.locator('th').allTextContents()).toEqual(['bac', 'nam', 'trung']);
    for (const row of await rows.all()) {
      expect(await row.locator('td').nth(0).textContent()).toBe('Có'); // online
      expect(await row.locator('td').nth(2).textContent()).toBe('1'); // objects
    }
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'overview.png'), fullPage: true });
  });

  it('opens the record and shows its three copies ok, verified times in Vietnam time', async () => {
    await page.getByRole('link', { name: 'Hồ sơ dự phòng' }).click();
    await page.getByRole('link', { name: FILE_CODE }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(FILE_CODE.replace(/\./g, '\\.')) }).waitFor();
    const copies = page.locator('section[aria-labelledby="copies-title"] table tbody tr');
    await copies.nth(2).waitFor();
    expect(await copies.locator('th').allTextContents()).toEqual(['bac', 'nam', 'trung']);
    expect(await copies.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
    expect(await copies.locator('[data-status]').allTextContents()).toEqual(['Tốt', 'Tốt', 'Tốt']);
    for (const cell of await copies.locator('td:last-child').allTextContents()) expect(cell).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.screenshot({ path: join(SCREENSHOTS, 'object.png'), fullPage: true });
  });

  it('switches to English', async () => {
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 2, name: 'Backup copies by site' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 2, name: 'Bản sao dự phòng theo site' }).waitFor();
  });

  it('starts a full audit that the background worker runs', async () => {
    await page.getByRole('link', { name: 'Kiểm tra' }).click();
    await page.getByText('Chưa có lần kiểm tra nào.').waitFor();
    await page.getByRole('button', { name: 'Kiểm tra toàn bộ ngay' }).click();
    await page
      .getByRole('status')
      .getByText(/Đã đưa vào hàng đợi/)
      .waitFor();
    // The job runner polls every 2 s; the page refreshes every 5 s.
    const run = page.locator('table tbody tr').first();
    await run.waitFor({ timeout: 30_000 });
    await page.getByText('Không có phát hiện nào').waitFor({ timeout: 30_000 });
    expect(await run.locator('td').nth(1).textContent()).toBe('Toàn bộ');
    expect(await run.locator('td').nth(2).textContent()).toBe('3'); // checked
    await page.screenshot({ path: join(SCREENSHOTS, 'audits.png'), fullPage: true });
    await page.getByRole('link', { name: 'Sự cố' }).click();
    await page.getByText(/Không có sự cố nào ở trạng thái này/).waitFor();
  });

  it('ran every page above under the Content-Security-Policy without a violation', async () => {
    await page.reload();
    await page.getByText(/Không có sự cố nào ở trạng thái này/).waitFor();
    expect(cspViolations).toEqual([]);
  });
});
