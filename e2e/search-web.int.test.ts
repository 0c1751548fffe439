import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { SCREENSHOTS, addUser, launchChromium, signInPage, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

// The search page in a real browser: folded Vietnamese queries, facets, access levels.

describe('search page in a real browser', () => {
  const tmp = tempDir('duphong-search-web-');
  const home = join(tmp.path, 'home');
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  const put = async (path: string, body: unknown) => {
    const res = await fetch(new URL(path, server!.url), {
      method: 'PUT',
      headers: { 'content-type': 'application/json', ...server!.admin },
      body: JSON.stringify(body),
    });
    expect(res.status, await res.clone().text()).toBe(200);
  };

  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    server = await startServe(home);
    await put('/api/fonds/P_DN', { name: 'Phông UBND thành phố Đà Nẵng', kind: 'fonds', status: 'closed' });
    await put('/api/files/H48.2001.01', {
      title: 'Hồ sơ về việc quy hoạch thành phố Đà Nẵng',
      fondsCode: 'P_DN',
      fields: { mode: '01', startDate: '02/01/2001' },
    });
    await put('/api/files/H48.2001.02', {
      title: 'Quyết định thành lập quận Hải Châu, Đà Nẵng',
      fondsCode: 'P_DN',
      fields: { mode: '02', startDate: '12/05/2001' },
    });
    await put('/api/files/H48.2001.03', {
      title: 'Hồ sơ mật về địa giới Đà Nẵng',
      fondsCode: 'P_DN',
      fields: { mode: '03', startDate: '01/06/2001' },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
    // A reader: level 03 is above what a reader may see.
    const reader = { username: 'docgia', password: 'mật-khẩu-độc-giả-thử' };
    await addUser(home, reader.username, 'reader', reader.password);
    await signInPage(page, server!, reader);
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    tmp.remove();
  });

  it('finds "Đà Nẵng" typed without accents; a secret file is not shown', async () => {
    await page.goto(server!.url);
    await page.getByRole('link', { name: 'Tìm kiếm' }).click();
    await page.getByLabel('Từ khóa').fill('da nang');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByText('Số kết quả: 2').waitFor();
    const hits = await page.locator('ol.hits li').allTextContents();
    expect(hits.join('\n')).toContain('H48.2001.01');
    expect(hits.join('\n')).toContain('H48.2001.02');
    expect(hits.join('\n')).not.toContain('H48.2001.03'); // level 03 is above what a reader may see
    // The matched words are marked in the title, accents and all.
    expect(await page.locator('ol.hits li').first().locator('mark').allTextContents()).toEqual(['Đà', 'Nẵng']);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'search.png'), fullPage: true });
  });

  it('narrows by a facet', async () => {
    await page.getByRole('checkbox', { name: /^02/ }).check();
    await page.getByText('Số kết quả: 1').waitFor();
    expect(await page.locator('ol.hits li').allTextContents()).toEqual([expect.stringContaining('H48.2001.02')]);
  });
});
