import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { BATCH_STATE_LABELS } from '@duphong/core';
import { duphong } from './cli.js';
import { launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { generateDocumentPages } from '../packages/server/src/testing/scan-generator.js';

// Digitisation in a real browser: a batch made on the Số hóa page, scans uploaded and checked, the
// run as a background job, a blank page waiting in the review queue with the page shown, rejected
// with a reason, and the batch ending with its file in three verified copies.

const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const CATALOG = fileURLToPath(new URL('../fixtures/catalog/muc-luc-mau.xlsx', import.meta.url));
const SCANS = fileURLToPath(new URL('../fixtures/scans/H15.01.2006.001/', import.meta.url));
const CODE = 'H15.01.2006.001';

describe('digitisation pages in a real browser', () => {
  const tmp = tempDir('duphong-digitise-web-');
  const home = join(tmp.path, 'home');
  const folder = join(tmp.path, 'may-quet');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    expect((await duphong(['catalog', 'import', CATALOG, '--unit', 'province-lao-cai', '--home', home])).code).toBe(0);
    expect((await duphong(['digitize', 'arranged', CODE, '--date', '15/03/2026', '--home', home])).code).toBe(0);
    mkdirSync(folder, { recursive: true });
    for (const name of readdirSync(SCANS)) copyFileSync(join(SCANS, name), join(folder, name));
    const blank = await generateDocumentPages({ seed: 3, pages: 1, dir: join(tmp.path, 'gen'), variant: 'blank', paper: 'A5' });
    copyFileSync(blank[0]!.path, join(folder, `${CODE}.0000003.png`));
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
    await signInPage(page, server!);
    mkdirSync(SHOTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    if (process.env.KEEP) console.log(home);
    else tmp.remove();
  });

  it('makes a batch, receives and checks scans, converts, reviews a blank page and stores the file', async () => {
    await page.goto(`${server!.url}#/so-hoa`);
    await page.getByRole('heading', { level: 1, name: 'Số hóa tài liệu' }).waitFor();
    await page.getByText('Lập đợt số hóa').click();
    await page.getByLabel('Hoặc các mã hồ sơ (cách nhau bởi dấu phẩy)').fill(CODE);
    await page.getByLabel('Tên đợt').fill('Đợt số hóa thử nghiệm');
    await page.getByLabel('Người quét').fill('Trần Văn Quét');
    await page.getByRole('button', { name: 'Lập đợt' }).click();
    await page.getByText('Đã lập đợt "Đợt số hóa thử nghiệm" với 1 hồ sơ.').waitFor();
    await page.getByRole('link', { name: 'Đợt số hóa thử nghiệm' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đợt số hóa thử nghiệm' }).waitFor();

    await page.getByLabel('Chọn bản quét').setInputFiles(readdirSync(folder).map((n) => join(folder, n)));
    await page.getByRole('button', { name: 'Gửi và kiểm tra' }).click();
    await page.getByText('Đã nhận 4 bản quét.').waitFor({ timeout: 60_000 });
    const row = (doc: string) => page.locator('tbody tr', { has: page.getByRole('cell', { name: `${CODE}.${doc}`, exact: true }) });
    await row('0000003').getByText('Chờ xem xét').waitFor();
    expect(await row('0000003').textContent()).toContain('DP-SCAN-BLANK');

    await page.getByRole('button', { name: 'Chạy: chuyển PDF/A, nhận dạng chữ, đóng gói' }).click();
    await page.getByText('Đã đưa đợt vào hàng đợi xử lý; trang này tự cập nhật.').waitFor();
    await row('0000001').getByText('Đã chuyển PDF/A').waitFor({ timeout: 120_000 });
    // Document 2 has 1 of the catalogue's 4 pages: it waits for a person as well.
    await row('0000002').getByText('Chờ xem xét').waitFor();
    expect(await row('0000002').textContent()).toContain('DP-SCAN-PAGE-COUNT');
    await page.screenshot({ path: join(SHOTS, 'digitisation.png') });

    await page.goto(`${server!.url}#/xem-xet-so-hoa`);
    await page.getByRole('heading', { level: 1, name: 'Xem xét bản quét' }).waitFor();
    const image = page.getByRole('img', { name: `Trang 1 của tài liệu ${CODE}.0000003` });
    await image.waitFor();
    await expect
      .poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth), { timeout: 30_000 })
      .toBeGreaterThan(100);
    await page.screenshot({ path: join(SHOTS, 'digitisation-review.png') });
    const card = (doc: string) =>
      page.locator('section.review-card', { has: page.getByRole('heading', { name: new RegExp(`${CODE}.${doc}`) }) });
    await card('0000003').getByLabel('Ghi chú').fill('Trang trắng, không phải tài liệu');
    await card('0000003').getByRole('button', { name: 'Không chấp nhận' }).click();
    await page.getByText(`Đã ghi quyết định cho ${CODE}.0000003.`).waitFor();
    await card('0000002').getByLabel('Ghi chú').fill('Bản quét văn bản đủ đọc; các trang còn lại quét bổ sung đợt sau');
    await card('0000002').getByRole('button', { name: 'Chấp nhận', exact: true }).click();
    await page.getByText(`Đã ghi quyết định cho ${CODE}.0000002.`).waitFor();
    await page.getByText('Không có tài liệu nào chờ xem xét.').waitFor();

    await page.goto(`${server!.url}#/so-hoa`);
    await page.getByRole('link', { name: 'Đợt số hóa thử nghiệm' }).click();
    await page.getByRole('button', { name: 'Chạy: chuyển PDF/A, nhận dạng chữ, đóng gói' }).click();
    await page.locator('.state', { hasText: 'Đã lưu bản sao' }).first().waitFor({ timeout: 120_000 });
    const copies = await duphong(['copies', CODE, '--json', '--home', home]);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);

    // A batch nobody will finish is closed with a reason, on its page.
    await page.goto(`${server!.url}#/so-hoa`);
    await page.getByText('Lập đợt số hóa').click();
    await page.getByLabel('Hoặc các mã hồ sơ (cách nhau bởi dấu phẩy)').fill(CODE);
    await page.getByLabel('Tên đợt').fill('Đợt quét bổ sung');
    await page.getByRole('button', { name: 'Lập đợt' }).click();
    await page.getByRole('link', { name: 'Đợt quét bổ sung' }).click();
    await page.getByText('Đóng đợt không làm tiếp').click();
    const close = page.getByRole('button', { name: 'Đóng đợt', exact: true });
    expect(await close.isDisabled()).toBe(true); // no reason yet
    await page.getByLabel('Lý do').fill('Không còn trang nào cần quét bổ sung');
    await close.click();
    await page.getByRole('status').filter({ hasText: 'Đã đóng đợt.' }).waitFor();
    await page.locator('.state', { hasText: BATCH_STATE_LABELS.rejected.vi }).first().waitFor();
  });
});
