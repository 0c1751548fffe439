import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { duphong, duphongChild } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

// The lookup page of the shared code lists in a real browser, against `duphong serve`.
// Same set-up as web.int.test.ts (kept separate so the two files evolve independently).

const WEB_INDEX = fileURLToPath(new URL('../packages/web/dist/index.html', import.meta.url));
const SCREENSHOTS = fileURLToPath(new URL('./screenshots/', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';

/** Start `duphong serve --port 0` and read the URL it prints. */
async function startServe(home: string): Promise<{ child: ReturnType<typeof duphongChild>; url: string; output: () => string }> {
  const child = duphongChild(['serve', '--home', home, '--port', '0']);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`duphong serve did not print its URL:\n${output}`)), 30_000);
    child.stdout.on('data', () => {
      const match = /DuPhong đang chạy tại (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`duphong serve exited with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

describe('shared code lists page in a real browser', () => {
  const tmp = tempDir('duphong-codelists-web-');
  const home = join(tmp.path, 'home');
  let server: Awaited<ReturnType<typeof startServe>> | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(WEB_INDEX))
      throw new Error('Giao diện web chưa được biên dịch (thiếu packages/web/dist): hãy chạy `npm run build` trước.');
    if (!existsSync(CHROMIUM)) throw new Error(`Không tìm thấy ${CHROMIUM}: hãy cài gói Debian "chromium".`);
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    server = await startServe(home);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    if (server && server.child.exitCode === null) {
      const exited = new Promise<number | null>((r) => server!.child.on('exit', (code) => r(code)));
      server.child.kill('SIGTERM');
      expect(await exited, server.output()).toBe(0);
    }
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
