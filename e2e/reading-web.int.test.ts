import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { APIRequestContext, Browser, BrowserContext, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { ADMIN, launchChromium, startServe, stopServe, type Served } from './browser.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';

/*
 * The reading room in a real browser, signed in as real users (auth API of COMMON.md): a reader of
 * Lào Cai asks for a level-02 file, an archivist of Lào Cai approves it, the reader downloads the
 * DIP; the same reader is denied a level-03 file and another unit's file (404, like a code that
 * does not exist).
 */
const DOCS_SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const VIEWPORT = { width: 1366, height: 768 };
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';
const PURPOSE = 'Nghiên cứu lịch sử địa giới hành chính tỉnh Lào Cai';

describe('reading room in a real browser', () => {
  const tmp = tempDir('duphong-reading-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let reader: BrowserContext;
  let archivist: BrowserContext;

  /** A JSON call with the session's CSRF token, as the web client sends it. */
  const call = async (request: APIRequestContext, method: 'POST' | 'PUT', path: string, body: unknown) => {
    const session = (await (await request.get(new URL('/api/session', server!.url).href)).json()) as { csrfToken: string | null };
    return request.fetch(new URL(path, server!.url).href, {
      method,
      headers: { 'content-type': 'application/json', ...(session.csrfToken && { 'x-csrf-token': session.csrfToken }) },
      data: JSON.stringify(body),
    });
  };
  const ok = async (answer: Promise<{ status(): number; text(): Promise<string> }>, status = 200) => {
    const res = await answer;
    expect(res.status(), await res.text()).toBe(status);
  };
  const signedIn = async (username: string): Promise<BrowserContext> => {
    const context = await browser!.newContext({ viewport: VIEWPORT, locale: 'vi-VN', acceptDownloads: true });
    await ok(context.request.post(new URL('/api/session', server!.url).href, { data: { username, password: PASSWORD } }));
    return context;
  };

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const scans = makeSourceFolder(join(tmp.path, 'scans'), { 'Tờ trình.pdf': 'PDF giả lập: tờ trình', 'Ghi chú.txt': 'ghi chú' });
    const ingested = await duphong(['ingest', scans, '--file', 'LC.02', '--title', 'Hồ sơ địa giới huyện Bát Xát', '--home', home]);
    expect(ingested.code, ingested.stderr).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();

    const admin = await browser.newContext({ viewport: VIEWPORT });
    const a = admin.request;
    // startServe made the administrator (duphong user add): sign in as them.
    await ok(a.post(new URL('/api/session', server!.url).href, { data: ADMIN }));
    const fonds = (unitId: string) => ({ name: `Phông ${unitId}`, kind: 'fonds', status: 'open', unitId });
    await ok(call(a, 'PUT', '/api/fonds/P_LC', fonds('province-lao-cai')));
    await ok(call(a, 'PUT', '/api/fonds/P_YB', fonds('province-yen-bai')));
    const file = (title: string, fondsCode: string, mode: string) => ({ title, fondsCode, fields: { mode } });
    await ok(call(a, 'PUT', '/api/files/LC.02', file('Hồ sơ địa giới huyện Bát Xát', 'P_LC', '02')));
    await ok(call(a, 'PUT', '/api/files/LC.03', file('Hồ sơ địa giới huyện Mường Khương (mật)', 'P_LC', '03')));
    await ok(call(a, 'PUT', '/api/files/YB.02', file('Hồ sơ địa giới huyện Lục Yên', 'P_YB', '02')));
    const user = (username: string, displayName: string, roles: string[]) => ({
      username,
      displayName,
      password: PASSWORD,
      roles,
      units: ['province-lao-cai'],
    });
    await ok(call(a, 'POST', '/api/users', user('docgia', 'Nguyễn Thị Đọc', ['reader'])), 201);
    await ok(call(a, 'POST', '/api/users', user('luutru', 'Lê Văn Lưu', ['archivist'])), 201);
    await admin.close();
    reader = await signedIn('docgia');
    archivist = await signedIn('luutru');
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it("a reader's request is approved by an archivist of the unit and the reader downloads the DIP", async () => {
    const page: Page = await reader.newPage();
    await page.goto(new URL('#/khai-thac', server!.url).href);
    await page.getByLabel('Từ khóa').fill('dia gioi');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    const hit = page.locator('ul.hits li', { hasText: 'LC.02' });
    await hit.waitFor();
    expect((await page.locator('ul.hits li').allTextContents()).join('\n')).not.toContain('LC.03');
    await hit.getByRole('button', { name: 'Xin khai thác' }).click();
    await page.getByLabel('Mục đích khai thác').fill(PURPOSE);
    await page.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    await page.getByText('Đã gửi yêu cầu khai thác LC.02').waitFor();
    await page.locator('table tr', { hasText: 'LC.02' }).getByText('Chờ duyệt').waitFor();

    const desk = await archivist.newPage();
    await desk.goto(new URL('#/yeu-cau-khai-thac', server!.url).href);
    const row = desk.locator('tbody tr', { hasText: 'LC.02' });
    await row.getByText(PURPOSE).waitFor();
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    await desk.screenshot({ path: join(DOCS_SCREENSHOTS, 'reading-requests.png') });
    await row.getByRole('button', { name: 'Duyệt' }).click();
    await row.getByRole('button', { name: 'Xác nhận duyệt' }).click();
    await desk.getByText('Đã xử lý yêu cầu LC.02').waitFor();

    await page.reload();
    const mine = page.locator('table tr', { hasText: 'LC.02' });
    await mine.getByText('Đã duyệt').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), mine.getByRole('link', { name: 'Tải gói DIP' }).click()]);
    expect(download.suggestedFilename()).toBe('DIP_LC.02.zip');
    const zip = readFileSync((await download.path())!);
    expect(zip.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('the reader is denied a level-03 file and another unit’s file, exactly as an unknown code', async () => {
    const ask = (recordCode: string) =>
      call(reader.request, 'POST', '/api/reading-requests', { recordKind: 'file', recordCode, purpose: PURPOSE });
    const unknown = await ask('KHONG-CO');
    expect(unknown.status()).toBe(404);
    const unknownBody = (await unknown.json()) as { error: { code: string; message: string } };
    for (const code of ['LC.03', 'YB.02']) {
      const denied = await ask(code);
      expect(denied.status(), code).toBe(404);
      expect(await denied.json()).toEqual({
        error: { code: 'DP-FILE-UNKNOWN', message: unknownBody.error.message.replace('KHONG-CO', code) },
      });
    }
    // Denied requests leave nothing behind: the reader's list holds only the approved one.
    const mine = await reader.request.get(new URL('/api/reading-requests', server!.url).href);
    expect(((await mine.json()) as { requests: { recordCode: string; state: string }[] }).requests).toEqual([
      expect.objectContaining({ recordCode: 'LC.02', state: 'approved' }),
    ]);
  });
});
