// Three regions on loopback (issue 12): the national centre, a province and a ministry, each a real
// `duphong serve` with its own home and sites, linked as docs/national.md tells operators. The
// province hands a fonds over to the centre, and the centre is killed mid-handover and comes back;
// the centre publishes a code-list version and both subordinates pull it; the centre's portal
// harvests both by OAI-PMH and finds a public record of each, linking back to the holding instance.
import { cpSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { ADMIN } from './browser.js';
import { duphong } from './cli.js';
import { link, prepareInstance, start, stop, type Instance } from './national-instances.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const SIP_DIR = join(FIXTURES, 'tt05/sip-hoso-sample');
const PDFS = join(SIP_DIR, readdirSync(SIP_DIR)[0]!, 'representations/rep1/data');
const HANDED = ['H15.01.2011.028', 'H15.01.2012.012', 'H15.01.1995.016'];

async function cli(home: string, ...args: string[]) {
  const r = await duphong([...args, '--home', home, '--json']);
  return { ...r, why: `duphong ${args.join(' ')} → ${r.code}\n${r.stdout.slice(0, 3000)}\n${r.stderr.slice(0, 3000)}` };
}

async function signIn(i: Instance): Promise<Record<string, string>> {
  const res = await fetch(`${i.url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  });
  expect(res.status).toBe(200);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie: (res.headers.get('set-cookie') ?? '').split(';')[0]!, 'x-csrf-token': csrfToken };
}

describe('three regions on loopback: centre, province, ministry', () => {
  const tmp = tempDir('duphong-three-regions-');
  let centre: Instance;
  let province: Instance;
  let ministry: Instance;

  beforeAll(async () => {
    centre = await prepareInstance(tmp.path, { id: 'trung-uong', name: 'Cục Văn thư và Lưu trữ nhà nước', unit: 'national' });
    province = await prepareInstance(tmp.path, { id: 'tinh-lao-cai', name: 'Lưu trữ lịch sử tỉnh Lào Cai', unit: 'province-2025-lao-cai' });
    ministry = await prepareInstance(tmp.path, { id: 'bo-noi-vu', name: 'Lưu trữ Bộ Nội vụ', unit: 'ministry-noi-vu' });
    // Subordinates call the centre (handover, code lists, drift); the centre calls them (harvest).
    for (const sub of [province, ministry]) {
      await link(sub, centre, {
        role: 'archivist',
        actions: ['handovers.receive', 'handovers.read', 'codelists.read', 'codelists.report'],
      });
      await link(centre, sub, { role: 'archivist', actions: ['catalogue.read'], harvest: true });
      expect((await cli(sub.home, 'national', 'set', '--upstream', centre.id)).code).toBe(0);
    }
    // The province's catalogue and the backup copies of three public files of fonds H15.01.
    const imported = await cli(
      province.home,
      'catalog',
      'import',
      join(FIXTURES, 'catalog/muc-luc-mau.xlsx'),
      '--unit',
      'province-lao-cai',
    );
    expect(imported.code, imported.why).toBe(0);
    for (const code of HANDED) {
      const folder = join(tmp.path, `scan-${code}`);
      mkdirSync(folder);
      for (const pdf of readdirSync(PDFS)) cpSync(join(PDFS, pdf), join(folder, pdf.replace('H49.64.33.2001.160', code)));
      const ingested = await cli(province.home, 'ingest', folder, '--file', code);
      expect(ingested.code, ingested.why).toBe(0);
    }
    // The ministry holds the TT05 sample file (public, level 01).
    const sip = await cli(ministry.home, 'ingest', join(FIXTURES, 'tt05/sip-hoso-sample.zip'));
    expect(sip.code, sip.why).toBe(0);
    for (const i of [province, ministry]) await start(i);
  });
  afterAll(async () => {
    for (const i of [centre, province, ministry]) if (i) await stop(i);
    tmp.remove();
  });

  it('the province hands fonds H15.01 over; the centre dies mid-handover and nothing is sent twice or lost', async () => {
    // The centre is killed (SIGKILL) right after accepting the 2nd object, before answering.
    await start(centre, { DUPHONG_FAULT_POINT: 'handover:item-accepted:2' });
    const exited = new Promise((r) => centre.served!.child.on('exit', (_c, signal) => r(signal)));
    const first = await cli(province.home, 'handover', 'send', '--fonds', 'H15.01', '--to', centre.id);
    expect(await exited).toBe('SIGKILL');
    expect(first.code, first.why).toBe(4);

    await start(centre);
    const again = await cli(province.home, 'handover', 'send', '--fonds', 'H15.01', '--to', centre.id);
    expect(again.code, again.why).toBe(0);
    expect(again.json).toMatchObject({ objects: 3, accepted: 3, refused: 0, receipt: { signedBy: centre.id } });
    // The first run delivered 2 (the 2nd one accepted just before the kill); the second sends the rest only.
    expect(again.json.sent + again.json.skipped).toBe(3);
    expect(again.json.sent).toBeLessThanOrEqual(2);
    const rerun = await cli(province.home, 'handover', 'send', '--fonds', 'H15.01', '--to', centre.id);
    expect(rerun.json).toMatchObject({ sent: 0, accepted: 3 });

    // On the centre: each file once, as version 1, with three verified copies.
    for (const code of HANDED) {
      const copies = await cli(centre.home, 'copies', code);
      expect(copies.code, copies.why).toBe(0);
      expect(copies.json.head).toBe(1);
      expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
    }
    const audit = await cli(centre.home, 'audit', '--all');
    expect(audit.code, audit.why).toBe(0);
  });

  it('the centre publishes a code-list version; the province and the ministry pull it', async () => {
    const admin = await signIn(centre);
    const list = (await (await fetch(`${centre.url}/api/code-lists/confidenceLevel`, { headers: admin })).json()) as {
      version: { version: number; items: Array<{ code: string; labelVi: string }> };
    };
    const res = await fetch(`${centre.url}/api/code-lists/confidenceLevel/versions`, {
      method: 'POST',
      headers: { ...admin, 'content-type': 'application/json' },
      body: JSON.stringify({
        validFrom: '2026-12-01',
        items: [...list.version.items, { code: '04', labelVi: 'Bản sao số hóa có chứng thực' }],
      }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    for (const sub of [province, ministry]) {
      const pulled = await cli(sub.home, 'codelist', 'pull');
      expect(pulled.code, pulled.why).toBe(0);
      const local = (await (await fetch(`${sub.url}/api/code-lists/confidenceLevel`, { headers: await signIn(sub) })).json()) as {
        version: { items: Array<{ code: string }> };
      };
      expect(local.version.items.map((i) => i.code)).toContain('04');
    }
  });

  it('the national portal harvests both by OAI-PMH and finds a public record of each', async () => {
    const harvested = await cli(centre.home, 'harvest');
    expect(harvested.code, harvested.why).toBe(0);
    const search = async (q: string) => {
      const res = await fetch(`${centre.url}/api/portal/search?q=${encodeURIComponent(q)}`);
      expect(res.status).toBe(200);
      return (await res.json()) as { total: number; hits: Array<{ fileCode: string; url: string; access: { code: string } }> };
    };
    const fromProvince = await search('thanh lap xa Ta Phin');
    const tp = fromProvince.hits.find((h) => h.fileCode === 'H15.01.2011.028');
    expect(tp?.url).toBe(`${province.url}/#/ho-so/H15.01.2011.028`);
    const fromMinistry = await search('ke hoach khoa hoc va cong nghe 2001');
    expect(fromMinistry.hits.find((h) => h.fileCode === 'H49.64.33.2001.160')?.url).toBe(`${ministry.url}/#/ho-so/H49.64.33.2001.160`);
    // Anonymous visitors see public records only, though the centre's harvester saw every level.
    const all = await search('ho so');
    expect(all.hits.every((h) => h.access.code === '01')).toBe(true);
  });
});
