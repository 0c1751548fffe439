import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { openSqliteCatalogue } from '../packages/server/src/adapters/catalogue/sqlite.js';
import { SEED, seedSelection } from '../packages/server/src/testing/selection-seed.js';

// Selection and Sites & policy in a real browser: a backup list drafted, proposed, submitted and
// approved; a site's medium edited until the policy is met; an audit run and its result shown.

const SHOTS = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));

describe('selection and sites pages in a real browser', () => {
  const tmp = tempDir('duphong-selection-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const catalogue = await openSqliteCatalogue(join(home, 'catalogue.sqlite'));
    await seedSelection(catalogue);
    await catalogue.close();
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

  it('drafts, proposes, submits and approves a backup list, in Vietnamese throughout', async () => {
    await page.goto(server!.url);
    await page.getByRole('link', { name: 'Lựa chọn dự phòng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lựa chọn tài liệu lưu trữ dự phòng' }).waitFor();
    await page.getByText('Chưa có danh mục nào.').waitFor();
    await page.getByLabel('Mã đơn vị', { exact: true }).fill('15');
    await page.getByLabel('Năm', { exact: true }).fill('2026');
    await page.getByRole('button', { name: 'Tạo danh mục' }).click();
    await page.getByRole('heading', { level: 1, name: /DM-15-2026-1/ }).waitFor();
    expect(await page.locator('h1 .badge').textContent()).toBe('Nháp');
    await page.getByText('Danh mục chưa có mục nào.').waitFor();

    await page.getByRole('button', { name: 'Đề xuất hồ sơ đủ điều kiện' }).click();
    await page.getByText('Đã thêm 3 mục.').waitFor();
    await page.getByText(/H15\.1991\.02 mờ chữ, không còn đọc được/).waitFor();
    expect(await page.locator('table tbody tr th code').allTextContents()).toEqual(
      expect.arrayContaining([SEED.rotting, SEED.unreadable, SEED.recognised]),
    );

    await page.getByRole('button', { name: 'Trình duyệt' }).click();
    await page.locator('h1 .badge', { hasText: 'Đã trình' }).waitFor();
    await page.getByLabel('Số quyết định').fill('45/QĐ-SNV');
    await page.getByLabel('Ngày quyết định (DD/MM/YYYY)').fill('31/02/2026');
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.getByText(/31\/02\/2026.*không tồn tại/).waitFor();
    await page.getByLabel('Ngày quyết định (DD/MM/YYYY)').fill('05/03/2026');
    await page.getByRole('button', { name: 'Phê duyệt' }).click();
    await page.locator('h1 .badge', { hasText: 'Đã duyệt' }).waitFor();
    const steps = await page.locator('table').last().locator('tbody tr td:nth-child(2)').allTextContents();
    expect(steps).toEqual(['tạo', 'sửa', 'trình', 'phê duyệt']);
    expect(await page.content()).not.toMatch(/\b(draft|submitted|approved|approve)\b(?![-\w])/);
    expect(await page.getByRole('link', { name: 'Tải biểu mẫu XLSX' }).getAttribute('href')).toBe(
      '/api/backup-lists/DM-15-2026-1/export?format=xlsx',
    );
    await page.screenshot({ path: join(SHOTS, 'selection.png') });

    await page.getByRole('link', { name: '← Danh mục dự phòng' }).click();
    await page.getByRole('link', { name: 'DM-15-2026-1' }).waitFor();
    await page.locator('table').first().locator('.badge', { hasText: 'Đã duyệt' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Kiểm tra và dấu hiệu hư hỏng' }).waitFor();
    await page.getByText('Hồ sơ về việc tái lập tỉnh Lào Cai').waitFor();
  });

  it('says the policy is unmet, meets it once a site moves to tape, and runs an audit showing its result', async () => {
    await page.getByRole('link', { name: 'Site và chính sách' }).click();
    await page.getByRole('heading', { level: 1, name: 'Site lưu trữ và chính sách nhân bản' }).waitFor();
    await page.getByText('Chính sách CHƯA được đáp ứng').waitFor();
    await page.getByText(/Các site chỉ dùng 1\/2 loại phương tiện/).waitFor();
    await page.locator('tbody tr').nth(2).waitFor();
    expect(await page.locator('tbody tr').count()).toBe(3);
    await page.getByText('0 B').first().waitFor();

    await page.getByRole('button', { name: 'Sửa nam' }).click();
    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: 'Lưu' }) });
    await row.getByLabel('Phương tiện').selectOption('tape');
    await row.getByLabel('Mô tả').fill('Kho băng từ phía Nam');
    await row.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Kho băng từ phía Nam').waitFor();
    await page.getByText(/Chính sách đang được đáp ứng/).waitFor();

    await page.getByRole('button', { name: 'Chạy kiểm tra' }).click();
    await page.getByText(/^Kết quả: kiểm tra \d+ bản sao, 0 hỏng/).waitFor({ timeout: 30_000 });
    await page.mouse.wheel(0, -10_000);
    await page.screenshot({ path: join(SHOTS, 'sites.png') });
  });
});
