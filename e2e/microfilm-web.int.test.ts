import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { duphong } from './cli.js';
import { ADMIN, launchChromium, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

/*
 * Microfilm in a real browser: an archivist of Lào Cai registers a reel on #/vi-phim with the form,
 * adds a frame range and a film copy, records an inspection; the file's record page shows the film
 * copy under "Bản sao vi phim" beside the copies per site.
 */
const DOCS_SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1366, height: 900 };
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';
const FILE = 'H15.01.2006.001';

describe('microfilm in a real browser', () => {
  const tmp = tempDir('duphong-microfilm-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let archivist: BrowserContext;

  const call = async (request: APIRequestContext, method: 'POST' | 'PUT', path: string, body: unknown) => {
    const session = (await (await request.get(new URL('/api/session', server!.url).href)).json()) as { csrfToken: string | null };
    const res = await request.fetch(new URL(path, server!.url).href, {
      method,
      headers: { 'content-type': 'application/json', ...(session.csrfToken && { 'x-csrf-token': session.csrfToken }) },
      data: JSON.stringify(body),
    });
    expect(res.status(), await res.text()).toBeLessThan(300);
  };

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    const admin = await browser.newContext({ viewport: VIEWPORT });
    await admin.request.post(new URL('/api/session', server.url).href, { data: ADMIN });
    await call(admin.request, 'PUT', '/api/fonds/P_LC', {
      name: 'Phông UBND tỉnh Lào Cai',
      kind: 'fonds',
      status: 'closed',
      unitId: 'province-lao-cai',
    });
    await call(admin.request, 'PUT', `/api/files/${FILE}`, {
      title: 'Hồ sơ thành lập tỉnh Lào Cai',
      fondsCode: 'P_LC',
      fields: { mode: '01' },
    });
    await call(admin.request, 'POST', '/api/users', {
      username: 'luutru',
      displayName: 'Lê Văn Lưu',
      password: PASSWORD,
      roles: ['archivist'],
      units: ['province-lao-cai'],
    });
    await admin.close();
    archivist = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
    await archivist.request.post(new URL('/api/session', server.url).href, { data: { username: 'luutru', password: PASSWORD } });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('registers a reel, its frames, a copy and an inspection, and shows the copy on the record page', async () => {
    const page = await archivist.newPage();
    await page.goto(new URL('#/vi-phim', server!.url).href);
    await page.getByRole('heading', { name: 'Vi phim dự phòng' }).waitFor();
    await page.getByText('Đăng ký cuộn phim').click();
    await page.getByLabel('Số cuộn').fill('VP-15-0001');
    expect(await page.getByLabel('Mã đơn vị').inputValue()).toBe('province-lao-cai');
    await page.getByLabel('Ngày chụp (DD/MM/YYYY)').fill('15/06/1998');
    await page.getByLabel('Số khung hình').fill('600');
    await page.getByLabel('Tỷ lệ thu nhỏ').fill('1:14');
    await page.getByRole('button', { name: 'Ghi' }).click();
    const reel = page.locator('section[data-reel="VP-15-0001"]');
    await reel.waitFor();

    await reel.getByText('Thêm khoảng khung hình').click();
    await reel.getByLabel('Hồ sơ').fill(FILE);
    await reel.getByLabel('Từ khung').fill('1');
    await reel.getByLabel('Đến khung').fill('700');
    await reel.getByRole('button', { name: 'Ghi' }).click();
    await reel.getByText('DP-FILM-FRAMES-BEYOND').waitFor();
    await reel.getByLabel('Đến khung').fill('240');
    await reel.getByRole('button', { name: 'Ghi' }).click();
    await reel.getByRole('link', { name: FILE }).waitFor();

    await reel.getByText('Thêm bản phim').click();
    await reel.getByLabel('Số hiệu bản').fill('B1');
    await reel.getByLabel('Nơi bảo quản').fill('Kho dự phòng Đà Lạt');
    await reel.getByRole('button', { name: 'Ghi' }).last().click();
    const copy = reel.locator('tr[data-copy="B1"]');
    await copy.waitFor();
    await copy.getByText('Ghi lần kiểm tra').click();
    await copy.getByLabel('Ngày kiểm tra (DD/MM/YYYY)').fill('03/12/2026');
    await copy.getByLabel('Trầy xước').check();
    await copy.getByLabel('Tình trạng').selectOption('02');
    await copy.getByRole('button', { name: 'Ghi' }).click();
    await copy.locator('span.badge', { hasText: '02 Bình thường' }).waitFor();
    await copy.getByText('03/12/2026 · luutru · Trầy xước').waitFor();
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'microfilm.png'), fullPage: true });

    await page.goto(new URL(`#/ho-so/${FILE}`, server!.url).href);
    const analogue = page.getByTestId('analogue-copies');
    await analogue.waitFor();
    const row = analogue.locator('tr[data-copy="B1"]');
    expect(await row.textContent()).toContain('Kho dự phòng Đà Lạt');
    expect(await row.textContent()).toContain('1–240');
    expect(await row.textContent()).toContain('02 Bình thường');
  });
});
