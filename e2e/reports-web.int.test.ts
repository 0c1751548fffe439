import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { duphong } from './cli.js';
import { ADMIN, launchChromium, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

/*
 * Plans and reports in a real browser: the Ministry's administrator (all units) reads the roll-up
 * of an imported appendix on #/bao-cao, filters it, and downloads the DOCX appendix; an archivist
 * of Yên Bái records the province's results report with a declared figure and sees it beside the
 * computed one.
 */
const DOCS_SCREENSHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const TABLE = fileURLToPath(new URL('../fixtures/plans/phu-luc-2023-2024.xlsx', import.meta.url));
const PLAN = fileURLToPath(new URL('../fixtures/plans/ke-hoach-lao-cai.json', import.meta.url));
const VIEWPORT = { width: 1366, height: 768 };
const PASSWORD = 'Mật-khẩu-đủ-dài-2026';

describe('plans and reports in a real browser', () => {
  const tmp = tempDir('duphong-reports-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let admin: BrowserContext;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    expect((await duphong(['plan', 'import', TABLE, '--home', home])).code).toBe(0);
    expect((await duphong(['plan', 'add', PLAN, '--home', home])).code).toBe(0);
    const add = await duphong([
      'user',
      'add',
      'snv-yb',
      '--role',
      'archivist',
      '--unit',
      'province-yen-bai',
      '--password',
      PASSWORD,
      '--home',
      home,
    ]);
    expect(add.code, add.stderr).toBe(0);
    server = await startServe(home);
    browser = await launchChromium();
    admin = await browser.newContext({ viewport: VIEWPORT, locale: 'vi-VN', acceptDownloads: true });
    await admin.request.post(new URL('/api/session', server.url).href, { data: ADMIN });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('shows the roll-up with its counts, filters it, and downloads the DOCX appendix', async () => {
    const page = await admin.newPage();
    await page.goto(new URL('#/bao-cao', server!.url).href);
    await page.getByRole('heading', { name: 'Kế hoạch và báo cáo lưu trữ dự phòng' }).waitFor();
    await page.getByLabel('Từ năm').selectOption('2023');
    await page.getByLabel('Đến năm').selectOption('2024');
    // The realistic appendix (fixtures/plans/README.md), counted by hand in plan-rollup-national.int.test.ts.
    await page.getByText('Năm 2023: 45 đơn vị có kế hoạch, 43 có báo cáo, 1 báo không có tài liệu.').waitFor();
    const yenBai = page.locator('tr[data-unit="province-yen-bai"]');
    await expect.poll(() => yenBai.textContent()).toContain('Không có tài liệu thuộc diện lập bản sao');
    const total = await page.locator('.rollup-table tbody tr').count();
    expect(total).toBeGreaterThan(80); // every ministry and province of 2023–2024
    mkdirSync(DOCS_SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'reports-web.png') });
    await page.getByLabel('Hiển thị').selectOption('late');
    await expect.poll(() => page.locator('.rollup-table tbody tr').count()).toBe(10); // the 10 late reports, one unit each
    await page.getByLabel('Hiển thị').selectOption('all');
    await page.getByLabel('Lọc theo tên').fill('lào');
    await expect.poll(() => page.locator('.rollup-table tbody tr').count()).toBe(1);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'DOCX' }).click()]);
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(download.suggestedFilename()).toBe('tong-hop-ke-hoach-bao-cao-2023-2024.docx');
  });

  it("shows a plan's phases against this year and lets its tasks be marked", async () => {
    const page = await admin.newPage();
    await page.goto(new URL('#/bao-cao', server!.url).href);
    const plan = page.locator('article[data-plan="province-lao-cai:245-KH-UBND:2023-11-14"]');
    await plan.getByText('0/3 nhiệm vụ đã hoàn thành', { exact: false }).waitFor();
    await plan.getByRole('img', { name: /Giai đoạn 1 2023–2026/ }).waitFor();
    await plan.getByLabel('Rà soát, lựa chọn tài liệu có giá trị đặc biệt, tài liệu có nguy cơ hư hỏng').selectOption('done');
    await plan.getByText('1/3 nhiệm vụ đã hoàn thành', { exact: false }).waitFor();
    await plan.getByRole('heading', { name: /Kế hoạch 245\/KH-UBND/ }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'reports-plan-web.png') });
    const shown = await duphong(['plan', 'show', 'province-lao-cai:245-KH-UBND:2023-11-14', '--json', '--home', home]);
    expect(JSON.parse(shown.stdout).tasks[0].status).toBe('done');
    await page.close();
  });

  it('lets a province record its report, with a declared figure beside the computed one', async () => {
    const archivist = await browser!.newContext({ viewport: VIEWPORT, locale: 'vi-VN' });
    await archivist.request.post(new URL('/api/session', server!.url).href, { data: { username: 'snv-yb', password: PASSWORD } });
    const page = await archivist.newPage();
    await page.goto(new URL('#/bao-cao', server!.url).href);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Báo cáo của đơn vị' }) });
    await section.getByLabel('Năm').fill('2024');
    await section.getByText('Ghi báo cáo kết quả').click();
    await section.getByLabel('Số, ký hiệu (ví dụ 201/BC-SNV)').fill('91/BC-SNV');
    await section.getByLabel('Ngày văn bản (DD/MM/YYYY)').fill('31/02/2024');
    await section.getByRole('button', { name: 'Ghi' }).click();
    await section.getByText('Ngày phải theo dạng DD/MM/YYYY.').waitFor();
    await section.getByLabel('Ngày văn bản (DD/MM/YYYY)').fill('12/12/2024');
    await section.getByLabel('Lượt công chức được tập huấn').fill('6');
    await section.getByLabel('Trang tài liệu được số hóa').fill('1.200');
    await section.getByRole('button', { name: 'Ghi' }).click();
    await section.getByText('Đã ghi báo cáo.').waitFor();
    await section.getByText('Đã báo cáo đúng hạn — hạn 15/12/2024').waitFor();
    const pages = section.locator('tr[data-figure="pagesDigitised"]');
    await expect.poll(() => pages.textContent()).toMatch(/0\s*1\.200\s*lệch/);
    await section.getByText('Ghi báo cáo kết quả').click(); // fold the form away
    await section.getByRole('heading', { name: 'Báo cáo của đơn vị' }).evaluate((h) => h.scrollIntoView());
    await page.screenshot({ path: join(DOCS_SCREENSHOTS, 'reports-unit-web.png') });
    // The national roll-up is not for a province: the page shows its own units instead (none under Yên Bái here).
    await expect.poll(() => page.locator('.rollup-table tbody tr').count()).toBe(0);
    await archivist.close();
  });
});
