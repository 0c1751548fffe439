import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { duphong } from './cli.js';
import { SCREENSHOTS, launchChromium, startServe, stopServe, type Served } from './browser.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

/*
 * The national portal end to end: a province's OAI-PMH answers (a fixture server on loopback)
 * harvested by `duphong harvest`, then searched anonymously on #/cong-tra-cuu in a real browser.
 */
const PROVINCE = 'tinh-lao-cai';
const record = (base: string, code: string, title: string, access: string, fonds: string) => `<record><header>
  <identifier>oai:${PROVINCE}:${encodeURIComponent(code)}</identifier><datestamp>2026-12-01T01:00:00Z</datestamp>
  <setSpec>fonds:${fonds}</setSpec></header><metadata>
  <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <dc:title>${title}</dc:title><dc:identifier>${code}</dc:identifier><dc:identifier>${base}/#/ho-so/${encodeURIComponent(code)}</dc:identifier>
  <dc:date>1975-04-30/1976-07-02</dc:date><dc:publisher>Sở Nội vụ tỉnh Lào Cai</dc:publisher><dc:source>Phông UBND tỉnh Lào Cai</dc:source>
  <dc:relation>fonds:${fonds}</dc:relation><dc:rights>urn:duphong:access:${access}</dc:rights><dc:rights>x</dc:rights>
  </oai_dc:dc></metadata></record>`;

describe('national portal page in a real browser', () => {
  const tmp = tempDir('duphong-portal-web-');
  const home = join(tmp.path, 'home');
  let oai: Server;
  let base = '';
  let server: Served | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    oai = createServer((req, res) => {
      const body = `<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
        <responseDate>2026-12-05T07:00:00Z</responseDate><request>${base}/oai</request><ListRecords>
        ${record(base, 'LC.1975.01', 'Hồ sơ về việc thành lập tỉnh Hoàng Liên Sơn', '01', 'P01')}
        ${record(base, 'LC.1975.02', 'Tài liệu về giao thông Hà Nội – Lào Cai', '01', 'P02')}
        ${record(base, 'LC.1975.03', 'Hồ sơ mật về Hà Nội', '03', 'P01')}
        </ListRecords></OAI-PMH>`;
      res.writeHead(req.url?.startsWith('/oai?') ? 200 : 404, { 'content-type': 'text/xml; charset=utf-8' });
      res.end(body);
    });
    await new Promise<void>((r) => oai.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(oai.address() as { port: number }).port}`;
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const file = join(home, 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    config.national = {
      instanceId: 'trung-uong',
      peers: [{ id: PROVINCE, name: 'Lào Cai', url: base, publicKeys: [`${'B'.repeat(43)}=`], harvest: true }],
    };
    writeFileSync(file, JSON.stringify(config));
    const harvest = await duphong(['harvest', '--home', home, '--json']);
    expect(harvest.code, harvest.stderr).toBe(0);
    expect(harvest.json.peers[0]).toMatchObject({ peer: PROVINCE, status: 'ok', records: 3, refused: 0 });
    const status = await duphong(['harvest', '--status', '--home', home]);
    expect(status.stdout).toContain('tinh-lao-cai');
    server = await startServe(home);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    expect(await stopServe(server), server?.output()).toBe(0);
    await new Promise((r) => oai.close(r));
    tmp.remove();
  });

  it('finds "Hà Nội" typed without accents, anonymously, public records only, linking to the holding instance', async () => {
    await page.goto(new URL('#/cong-tra-cuu', server!.url).toString());
    await page.getByRole('heading', { name: 'Cổng tra cứu tài liệu lưu trữ' }).waitFor();
    await page.getByLabel('Từ khóa').fill('ha noi');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByText('Tìm thấy 1 hồ sơ').waitFor();
    const link = page.locator('ol.portal-hits a');
    expect(await link.allTextContents()).toEqual(['Tài liệu về giao thông Hà Nội – Lào Cai']);
    expect(await link.getAttribute('href')).toBe(`${base}/#/ho-so/LC.1975.02`);
    expect(await page.locator('ol.portal-hits').textContent()).toContain('30/04/1975 – 02/07/1976');
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: join(SCREENSHOTS, 'portal.png') });
  });

  it('narrows by a fonds facet', async () => {
    await page.getByLabel('Từ khóa').fill('');
    await page.getByRole('button', { name: 'Tìm' }).click();
    await page.getByText('Tìm thấy 2 hồ sơ').waitFor();
    await page.getByRole('checkbox', { name: /P01/ }).check();
    await page.getByText('Tìm thấy 1 hồ sơ').waitFor();
    expect(await page.locator('ol.portal-hits a').allTextContents()).toEqual(['Hồ sơ về việc thành lập tỉnh Hoàng Liên Sơn']);
  });
});
