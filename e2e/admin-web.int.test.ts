import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { ADMIN, launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';
import { ExcelJS } from '../packages/server/src/adapters/exceljs.js';

/*
 * The administration screens in a real browser (issue 9): the administrator creates an archivist of
 * one unit, who sees only what the policy grants, makes an API token (secret shown once, works as a
 * bearer, stops working once revoked); the administrator resets their password and reads their views
 * of a record in the access log and its XLSX export.
 */
const DOCS_SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1366, height: 768 };
const PASSWORD = 'Mật-khẩu-lưu-trữ-2026';
const NEW_PASSWORD = 'Mật-khẩu-mới-đặt-lại-2026';
const ARCHIVIST = { username: 'luutru', password: PASSWORD };

describe('administration screens in a real browser', () => {
  const tmp = tempDir('duphong-admin-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let admin: BrowserContext;
  let adminPage: Page;
  let unit: { id: string; label: string };
  const url = (path: string) => new URL(path, server!.url).href;

  const call = async (request: APIRequestContext, method: 'PUT', path: string, body: unknown) => {
    const session = (await (await request.get(url('/api/session'))).json()) as { csrfToken: string | null };
    const res = await request.fetch(url(path), {
      method,
      headers: { 'content-type': 'application/json', ...(session.csrfToken && { 'x-csrf-token': session.csrfToken }) },
      data: JSON.stringify(body),
    });
    expect(res.status(), await res.text()).toBe(200);
  };
  const bearerSession = async (token: string) =>
    (await (await fetch(url('/api/session'), { headers: { authorization: `Bearer ${token}` } })).json()) as {
      user: { username: string } | null;
    };

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const scans = makeSourceFolder(join(tmp.path, 'scans'), { 'Tờ trình.pdf': 'PDF giả lập: tờ trình' });
    const ingested = await duphong(['ingest', scans, '--file', 'LC.02', '--title', 'Hồ sơ địa giới huyện Bát Xát', '--home', home]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    admin = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN', acceptDownloads: true });
    adminPage = await admin.newPage();
    await signInPage(adminPage, server);
    // The unit the archivist gets, as /api/units names it today (the screen shows names, not ids).
    const units = (await (await admin.request.get(url('/api/units'))).json()) as { units: { id: string; name: string; type: string }[] };
    const laoCai = units.units.find((u) => u.name === 'Lào Cai');
    expect(laoCai).toBeDefined();
    unit = { id: laoCai!.id, label: `${laoCai!.type} ${laoCai!.name}` };
    await call(admin.request, 'PUT', '/api/fonds/P_LC', { name: 'Phông Lào Cai', kind: 'fonds', status: 'open', unitId: unit.id });
    await call(admin.request, 'PUT', '/api/files/LC.02', {
      title: 'Hồ sơ địa giới huyện Bát Xát',
      fondsCode: 'P_LC',
      fields: { mode: '01' },
    });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('the administrator creates an archivist scoped to one unit', async () => {
    await adminPage.goto(url('#/nguoi-dung'));
    await adminPage.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    await adminPage.getByLabel('Tên đăng nhập').fill(ARCHIVIST.username);
    await adminPage.getByLabel('Họ và tên').fill('Lê Văn Lưu');
    await adminPage.getByLabel('Mật khẩu ban đầu').fill(PASSWORD);
    await adminPage.getByRole('checkbox', { name: /^Lưu trữ viên/ }).check();
    await adminPage.getByRole('checkbox', { name: /^Quản trị lưu trữ/ }).check();
    await adminPage.getByRole('radio', { name: 'Chọn đơn vị' }).check();
    await adminPage.getByLabel('Tìm đơn vị').fill('Lào Cai');
    await adminPage.getByRole('checkbox', { name: unit.label, exact: true }).check();
    await adminPage.getByRole('button', { name: 'Tạo', exact: true }).click();
    await adminPage.getByText('Đã tạo người dùng luutru.').waitFor();
    const row = adminPage.locator('tbody tr', { hasText: 'luutru' });
    await row.getByText('Lưu trữ viên, Quản trị lưu trữ').waitFor();
    await row.getByText(unit.label, { exact: true }).waitFor();
    expect(await row.textContent()).not.toContain(unit.id);
    // The administrator's own row has no "Khóa" button: they cannot lock themselves out.
    expect(await adminPage.locator('tbody tr', { hasText: ADMIN.username }).getByRole('button', { name: 'Khóa' }).count()).toBe(0);
    // English is complete: the same row in the second language.
    await adminPage.getByLabel('Ngôn ngữ').selectOption('en');
    await adminPage.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await row.getByText('Archivist, Archive administrator').waitFor();
    await adminPage.getByRole('heading', { name: 'Create a user' }).waitFor();
    await adminPage.getByLabel('Language').selectOption('vi');
    await adminPage.getByRole('heading', { name: 'Người dùng', level: 1 }).waitFor();
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    await adminPage.getByRole('heading', { name: 'Người dùng', level: 1 }).scrollIntoViewIfNeeded();
    await adminPage.screenshot({ path: join(DOCS_SCREENSHOTS, 'users.png') });
  });

  it('the archivist sees only what the policy grants, and their API token works once made and stops once revoked', async () => {
    const context = await browser!.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
    const page = await context.newPage();
    await signInPage(page, server!, ARCHIVIST);
    await page.goto(url('#/ho-so/LC.02'));
    await page
      .getByRole('heading', { name: /Hồ sơ địa giới huyện Bát Xát/ })
      .first()
      .waitFor();
    const nav = page.getByRole('navigation').first();
    await nav.getByRole('link', { name: 'Nhật ký truy cập' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Người dùng' }).count()).toBe(0);
    expect((await context.request.get(url('/api/users'))).status()).toBe(403);

    await page.goto(url('#/ma-truy-cap'));
    await page.getByText('Bạn chưa có mã truy cập nào').waitFor();
    await page.getByLabel('Tên mã (để nhận ra)').fill('máy quét tầng 2');
    await page.getByRole('checkbox', { name: 'catalogue.read' }).check();
    await page.getByRole('button', { name: 'Tạo mã truy cập' }).click();
    const secret = page.getByTestId('token-secret');
    await secret.waitFor();
    const token = (await secret.textContent())!.trim();
    expect(token).toMatch(/^dp_/);
    await page.getByText(`DUPHONG_TOKEN=${token} duphong --server`).waitFor();
    await page.locator('tbody tr', { hasText: 'máy quét tầng 2' }).waitFor();
    await page.getByRole('heading', { name: 'Mã truy cập API', level: 1 }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'tokens.png') });
    expect((await bearerSession(token)).user?.username).toBe('luutru');

    await page.reload();
    await page.locator('tbody tr', { hasText: 'máy quét tầng 2' }).waitFor();
    expect(await page.getByTestId('token-secret').count()).toBe(0); // shown once only
    await page.getByRole('button', { name: 'Thu hồi máy quét tầng 2' }).click();
    await page.locator('tbody tr', { hasText: 'máy quét tầng 2' }).getByText('Đã thu hồi').waitFor();
    expect((await bearerSession(token)).user).toBeNull();
    await context.close();
  });

  it("the administrator resets the archivist's password", async () => {
    const context = await browser!.newContext({ viewport: VIEWPORT });
    const before = await context.newPage();
    await signInPage(before, server!, ARCHIVIST);
    await adminPage.goto(url('#/nguoi-dung'));
    await adminPage.locator('tbody tr', { hasText: 'luutru' }).getByRole('button', { name: 'Sửa' }).click();
    // The administrator sees the archivist's (revoked) token too.
    await adminPage
      .getByRole('region', { name: 'Mã truy cập API — luutru' })
      .getByText(/máy quét tầng 2 · catalogue\.read · Đã thu hồi/)
      .waitFor();
    await adminPage.getByLabel('Mật khẩu mới — luutru').fill(NEW_PASSWORD);
    await adminPage.getByRole('button', { name: 'Đặt lại mật khẩu' }).click();
    await adminPage.getByText('Đã đặt lại mật khẩu của luutru').waitFor();
    const ended = (await (await context.request.get(url('/api/session'))).json()) as { user: unknown };
    expect(ended.user).toBeNull();
    expect((await context.request.post(url('/api/session'), { data: ARCHIVIST })).status()).toBe(401);
    expect((await context.request.post(url('/api/session'), { data: { ...ARCHIVIST, password: NEW_PASSWORD } })).status()).toBe(200);
    await context.close();
  });

  it("the access log shows the archivist's view of the record, and the XLSX export holds the same rows", async () => {
    await adminPage.goto(url('#/nhat-ky-truy-cap'));
    await adminPage.getByLabel('Người dùng').fill('luutru');
    await adminPage.getByLabel('Mã hồ sơ / tệp').fill('LC.02');
    await adminPage.getByRole('button', { name: 'Lọc' }).click();
    const rows = adminPage.locator('tbody tr', { hasText: 'luutru' });
    await rows.filter({ hasText: 'view' }).first().waitFor();
    const shown = await rows.count();
    expect(shown).toBeGreaterThan(0);
    await adminPage.screenshot({ path: join(DOCS_SCREENSHOTS, 'access-log.png') });

    const [download] = await Promise.all([adminPage.waitForEvent('download'), adminPage.getByRole('link', { name: 'Xuất XLSX' }).click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('Người dùng');
    const body = Array.from({ length: sheet.rowCount - 1 }, (_, i) => sheet.getRow(i + 2));
    expect(body.length).toBe(shown);
    for (const r of body) expect([r.getCell(2).value, r.getCell(3).value, r.getCell(5).value]).toEqual(['luutru', 'view', 'LC.02']);
  });
});
