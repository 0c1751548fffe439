import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page, Request } from 'playwright-core';
import { duphong } from './cli.js';
import { launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { storedCopies } from './stored-copies.js';

// Intake and catalogue import in a real browser: a mục lục dry-run then confirmed; a folder of scans
// uploaded with tus (one PATCH broken on purpose, resumed from the server's offset), previewed, taken
// in and verified at three sites; a version that drops a scan needs its confirmation; a SIP likewise.

const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../fixtures/catalog/', import.meta.url));
const SIP = fileURLToPath(new URL('../fixtures/tt05/sip-hoso-sample.zip', import.meta.url));
const SIP_CODE = 'H49.64.33.2001.160';
const CODE = 'HS-WEB-2026-01';
const CHUNK = 8 * 1024 * 1024; // upload.ts chunkSize: the second PATCH of the large scan starts here
const LIMIT = 12 * 1024 * 1024;

/** Deterministic bytes that do not compress or repeat, so a misplaced chunk would show. */
function bytes(n: number, seed: number): Buffer {
  const out = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out[i] = x >>> 24;
  }
  return out;
}

describe('intake and catalogue import pages in a real browser', () => {
  const tmp = tempDir('duphong-intake-web-');
  const home = join(tmp.path, 'home');
  const folder = join(tmp.path, 'quet', CODE);
  const large = bytes(CHUNK + 3 * 1024 * 1024, 7);
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    mkdirSync(join(folder, 'Phụ lục'), { recursive: true });
    writeFileSync(join(folder, 'trang 01.tif'), bytes(30_000, 1));
    writeFileSync(join(folder, 'Phụ lục', 'bản đồ.jpg'), bytes(20_000, 2));
    writeFileSync(join(folder, 'trang lớn.tif'), large);
    // A small upload limit, so that one oversize scan shows the server's 413 in the page.
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(home, 'config.json'), JSON.stringify({ ...config, uploads: { maxBytes: LIMIT, maxTotalBytes: 10 * LIMIT } }));
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    await signInPage(page, server!);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('dry-runs a faulty mục lục with findings grouped by code and column, then imports the sample after confirmation', async () => {
    await page.goto(`${server!.url}#/muc-luc`);
    await page.getByRole('link', { name: 'Chưa có mục lục — nhập mục lục' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhập mục lục hồ sơ' }).waitFor();
    await page.getByLabel('Tệp mục lục (.xlsx, .csv)').setInputFiles(join(CATALOG, 'bad', 'muc-luc-loi.xlsx'));
    await page.getByRole('button', { name: 'Chạy thử' }).click();
    await page.getByRole('heading', { name: 'Phát hiện khi chạy thử' }).waitFor();
    await page.getByText(/hãy sửa bảng tính rồi chạy thử lại/).waitFor();
    const badDate = page.locator('table.findings tbody tr', { has: page.locator('code', { hasText: 'DP-IMPORT-BAD-DATE' }) });
    expect(await badDate.first().locator('td').nth(1).textContent()).toBe('D');
    expect(await page.locator('table.findings tbody tr td:first-child').first().textContent()).toBe('Lỗi');
    expect(await page.getByRole('button', { name: 'Xác nhận nhập' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, 'import.png') });

    await page.getByLabel('Tệp mục lục (.xlsx, .csv)').setInputFiles(join(CATALOG, 'muc-luc-mau.xlsx'));
    await page.getByRole('button', { name: 'Chạy thử' }).click();
    await page.getByTestId('import-summary').filter({ hasText: 'Lỗi: 0' }).waitFor();
    await page.getByRole('button', { name: 'Xác nhận nhập' }).click();
    await page.getByRole('heading', { name: 'Đã nhập mục lục.' }).waitFor();
    const created = await page
      .getByRole('row', { name: /^Hồ sơ/ })
      .locator('td')
      .first()
      .textContent();
    expect(Number(created)).toBeGreaterThan(0);
  });

  it('uploads a folder of scans, resuming a broken PATCH from the server offset, and sees three verified copies', async () => {
    const patches: { url: string; offset: string }[] = [];
    let broken = false;
    await page.route('**/api/uploads/*', async (route, request: Request) => {
      if (request.method() !== 'PATCH') return route.continue();
      const offset = (await request.allHeaders())['upload-offset'] ?? '';
      patches.push({ url: request.url(), offset });
      // Break the connection once, mid-file: the second chunk of the large scan.
      if (!broken && offset === String(CHUNK)) {
        broken = true;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    await page.getByRole('link', { name: 'Tiếp nhận' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByLabel('Chọn thư mục bản quét').setInputFiles(folder);
    await page.getByTestId('chosen').filter({ hasText: 'Đã chọn 3 tệp' }).waitFor();
    await page.getByLabel('Mã hồ sơ').fill(CODE);
    await page.getByLabel('Tiêu đề hồ sơ').fill('Hồ sơ bản quét thử nghiệm');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('heading', { name: 'Thay đổi so với phiên bản hiện có' }).waitFor();
    await page.unroute('**/api/uploads/*');
    expect(await page.getByTestId('upload-total').textContent()).toMatch(/\(100 %\)$/);
    await page.getByText(`Hồ sơ ${CODE} chưa có bản sao: đây sẽ là phiên bản 1.`).waitFor();
    await page.getByRole('heading', { name: 'Thêm (3)' }).waitFor();

    // The broken chunk was sent again from the offset the server reported, not from 0.
    const largeUrl = patches.find((p) => p.offset === String(CHUNK))!.url;
    expect(patches.filter((p) => p.url === largeUrl).map((p) => p.offset)).toEqual(['0', String(CHUNK), String(CHUNK)]);
    expect(broken).toBe(true);
    await page.getByRole('heading', { name: 'Thay đổi so với phiên bản hiện có' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SHOTS, 'intake.png') });

    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Cả 3 bản sao đã được kiểm tra.').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('job-status').textContent()).toMatch(/^Hoàn tất/);
    const copies = storedCopies(home, 'trang lớn.tif');
    expect(copies.length).toBeGreaterThanOrEqual(3);
    for (const copy of copies) expect(readFileSync(copy).equals(large)).toBe(true);

    await page.getByRole('link', { name: `Mở trang hồ sơ ${CODE}` }).click();
    await page.waitForURL(/#\/ho-so\/HS-WEB-2026-01$/);
    await page.getByRole('heading', { level: 1, name: new RegExp(CODE) }).waitFor();
  });

  it('requires the confirmation before a version that drops a scan is taken in', async () => {
    await page.goto(`${server!.url}#/tiep-nhan`);
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.reload();
    const fewer = join(tmp.path, 'quet-2', CODE);
    mkdirSync(fewer, { recursive: true });
    writeFileSync(join(fewer, 'trang 01.tif'), bytes(30_000, 1));
    writeFileSync(join(fewer, 'trang lớn.tif'), large);
    await page.getByLabel('Chọn thư mục bản quét').setInputFiles(fewer);
    await page.getByLabel('Mã hồ sơ').fill(CODE);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText(`Hồ sơ ${CODE} đang ở phiên bản 1; lượt này tạo phiên bản 2.`).waitFor();
    await page.getByRole('heading', { name: 'BỎ (1)' }).waitFor();
    await page.getByText(/Phụ lục\/bản đồ\.jpg/).waitFor();
    const take = page.getByRole('button', { name: 'Tiếp nhận', exact: true });
    expect(await take.isDisabled()).toBe(true);
    await page.getByLabel(/Tôi đồng ý phiên bản mới bỏ 1 tài liệu/).check();
    expect(await take.isDisabled()).toBe(false);
    await take.click();
    await page.getByText('Cả 3 bản sao đã được kiểm tra.').waitFor({ timeout: 120_000 });
  });

  it('shows the server refusing an oversize scan (413) as a Vietnamese sentence with its code', async () => {
    await page.getByRole('button', { name: 'Tiếp nhận lượt khác' }).click();
    const oversize = join(tmp.path, 'qua-lon', 'HS-WEB-2026-02');
    mkdirSync(oversize, { recursive: true });
    writeFileSync(join(oversize, 'trang quá lớn.tif'), bytes(LIMIT + 1, 3));
    await page.getByLabel('Chọn thư mục bản quét').setInputFiles(oversize);
    await page.getByLabel('Mã hồ sơ').fill('HS-WEB-2026-02');
    await page.getByRole('button', { name: 'Tải lên' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'vượt giới hạn dung lượng máy chủ cho phép' }).waitFor();
    expect(await alert.textContent()).toMatch(/^Tệp "HS-WEB-2026-02\/trang quá lớn\.tif" vượt giới hạn.*\(mã lỗi DP-UPLOAD-TOO-LARGE\)$/);
    await page.goto(`${server!.url}#/`);
    await page.goto(`${server!.url}#/tiep-nhan`);
  });

  it('takes in a SIP package and links to its record page', async () => {
    await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
    await page.getByLabel('Gói SIP (.zip)').check();
    await page.getByLabel('Chọn gói SIP').setInputFiles(SIP);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByText(`Hồ sơ ${SIP_CODE} chưa có bản sao: đây sẽ là phiên bản 1.`).waitFor();
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Cả 3 bản sao đã được kiểm tra.').waitFor({ timeout: 120_000 });
    await page.getByRole('link', { name: `Mở trang hồ sơ ${SIP_CODE}` }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(SIP_CODE.replace(/\./g, '\\.')) }).waitFor();
  });
  it('resumes after the page is reloaded mid-file: the stored upload is continued from the server offset', async () => {
    const code = 'HS-WEB-2026-03';
    const dir = join(tmp.path, 'tai-lai', code);
    mkdirSync(dir, { recursive: true });
    const resumed = bytes(CHUNK + 1024 * 1024, 11);
    writeFileSync(join(dir, 'trang tiếp.tif'), resumed);
    const patches: { url: string; offset: string }[] = [];
    let held!: () => void;
    const reached = new Promise<void>((res) => (held = res));
    await page.route('**/api/uploads/*', async (route, request: Request) => {
      if (request.method() !== 'PATCH') return route.continue();
      const offset = (await request.allHeaders())['upload-offset'] ?? '';
      patches.push({ url: request.url(), offset });
      // Hold the second chunk until the page goes away with it.
      if (patches.filter((p) => p.offset === String(CHUNK)).length === 1 && offset === String(CHUNK)) {
        held();
        return;
      }
      return route.continue();
    });
    const choose = async () => {
      await page.getByRole('heading', { level: 1, name: 'Tiếp nhận hồ sơ' }).waitFor();
      await page.getByLabel('Chọn thư mục bản quét').setInputFiles(dir);
      await page.getByLabel('Mã hồ sơ').fill(code);
      await page.getByLabel('Tiêu đề hồ sơ').fill('Hồ sơ tải lại trang');
      await page.getByRole('button', { name: 'Tải lên' }).click();
    };
    await page.goto(`${server!.url}#/tiep-nhan`);
    await choose();
    await reached;
    await page.reload();
    await choose();
    await page.getByText(`Hồ sơ ${code} chưa có bản sao: đây sẽ là phiên bản 1.`).waitFor();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    // One upload URL throughout: after the reload the stored upload went on from byte CHUNK.
    expect(new Set(patches.map((p) => p.url)).size).toBe(1);
    expect(patches.map((p) => p.offset)).toEqual(['0', String(CHUNK), String(CHUNK)]);
    await page.getByRole('button', { name: 'Tiếp nhận', exact: true }).click();
    await page.getByText('Cả 3 bản sao đã được kiểm tra.').waitFor({ timeout: 120_000 });
    const copies = storedCopies(home, 'trang tiếp.tif');
    expect(copies.length).toBeGreaterThanOrEqual(3);
    for (const copy of copies) expect(readFileSync(copy).equals(resumed)).toBe(true);
  });
});
