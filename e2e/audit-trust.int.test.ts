import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { duphong } from './cli.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../packages/server/src/testing/homes.js';

const SITES = ['bac', 'trung', 'nam'] as const;
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function find(dir: string, name: string): string | undefined {
  if (!existsSync(dir)) return undefined;
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      const hit = find(p, name);
      if (hit) return hit;
    } else if (entry === name) return p;
  }
  return undefined;
}

/** Issue 8 through the real CLI: forged versions and emptied sites end as valid OCFL, and rebuild tells the truth. */
describe('CLI: the audit repairs to valid OCFL and believes witnesses, not the newest copy', () => {
  const tmp = tempDir('duphong-trust-');
  const home = join(tmp.path, 'home');
  const code = 'H15.01.1998.07';
  const objectDir = (site: string) => dirname(find(join(home, 'sites', site, 'ocfl'), '0=ocfl_object_1.1')!);
  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const ingest = await duphong([
      'ingest',
      makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES),
      '--file',
      code,
      '--title',
      'Tin cậy',
      '--home',
      home,
    ]);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  afterAll(() => tmp.remove());

  async function everySiteValidAndExportable(): Promise<void> {
    for (const site of SITES) {
      const v = await duphong(['ocfl', 'validate', join(home, 'sites', site, 'ocfl'), '--json']);
      expect(v.code, `${site}: ${v.stdout}`).toBe(0);
      expect(v.json.valid).toBe(true);
    }
    const out = join(tmp.path, `aip-${Math.random().toString(36).slice(2)}`);
    const exported = await duphong(['export', 'aip', code, '--out', out, '--home', home]);
    expect(exported.code, exported.stderr).toBe(0);
  }

  it('an emptied site gets its storage root and object back; ocfl validate passes everywhere; export works', async () => {
    for (const entry of readdirSync(join(home, 'sites', 'nam'))) rmSync(join(home, 'sites', 'nam', entry), { recursive: true });
    expect((await duphong(['ocfl', 'validate', join(home, 'sites', 'nam', 'ocfl')])).code).not.toBe(0);
    const audit = await duphong(['audit', '--all', '--home', home, '--json']);
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.json).toMatchObject({ checked: 3, damaged: 1, repaired: 1, unrepaired: 0 });
    await everySiteValidAndExportable();
  });

  it('a forged, well-formed v2 on one site is quarantined with an incident; the genuine v1 stays everywhere', async () => {
    const dir = objectDir('bac');
    const inventory = JSON.parse(readFileSync(join(dir, 'inventory.json'), 'utf8'));
    const forged = 'giả mạo';
    const contentPath = 'v2/content/representations/rep1/data/Biên bản họp.txt';
    mkdirSync(dirname(join(dir, contentPath)), { recursive: true });
    writeFileSync(join(dir, contentPath), forged);
    inventory.manifest[sha(forged)] = [contentPath];
    inventory.versions.v2 = {
      ...inventory.versions.v1,
      message: 'giả mạo',
      state: { [sha(forged)]: ['representations/rep1/data/Biên bản họp.txt'] },
    };
    inventory.head = 'v2';
    const bytes = Buffer.from(JSON.stringify(inventory, null, 2));
    for (const at of ['', 'v2/']) {
      writeFileSync(join(dir, `${at}inventory.json`), bytes);
      writeFileSync(join(dir, `${at}inventory.json.sha256`), `${sha(bytes)}  inventory.json\n`);
    }
    // Before the audit the forgery is valid OCFL on its own: only the witnesses can tell.
    expect((await duphong(['ocfl', 'validate', join(home, 'sites', 'bac', 'ocfl')])).code).toBe(0);

    const audit = await duphong(['audit', '--all', '--home', home, '--json']);
    expect(audit.code, audit.stderr).toBe(0);
    expect(audit.json.findings.map((f: { site: string; code: string }) => [f.site, f.code])).toContainEqual([
      'bac',
      'DP-AUDIT-UNKNOWN-VERSION',
    ]);
    for (const site of SITES) expect(JSON.parse(readFileSync(join(objectDir(site), 'inventory.json'), 'utf8')).head, site).toBe('v1');
    expect(find(join(home, 'sites', 'bac', 'quarantine'), 'Biên bản họp.txt')).toMatch(/v2\/content\//);
    const copies = await duphong(['copies', code, '--home', home, '--json']);
    expect(copies.json.head).toBe(1);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
    await everySiteValidAndExportable();
  });

  it('rebuild refuses a site with no storage root (exit 3, in Vietnamese) and finds every object on a repaired one', async () => {
    for (const f of readdirSync(home)) if (f.startsWith('catalogue.sqlite')) rmSync(join(home, f));
    for (const entry of readdirSync(join(home, 'sites', 'trung'))) rmSync(join(home, 'sites', 'trung', entry), { recursive: true });
    const empty = await duphong(['rebuild', '--from-site', 'trung', '--home', home, '--json']);
    expect(empty.code).toBe(3);
    expect(empty.stderr).toContain('không có gốc lưu trữ OCFL');
    expect(empty.stderr).toContain('DP-REBUILD-NO-STORAGE-ROOT');

    const rebuilt = await duphong(['rebuild', '--from-site', 'nam', '--home', home, '--json']); // nam was emptied and repaired above
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.json).toMatchObject({ objects: 1, files: 1, documents: 4 });
  });
});
