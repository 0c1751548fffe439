import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duphong } from './cli.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../packages/server/src/testing/homes.js';

function find(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      const hit = find(p, name);
      if (hit) return hit;
    } else if (entry === name) return p;
  }
  return undefined;
}

/** The acceptance sequence of issue 2, exactly as CONTRACT.md describes it, through the real CLI. */
describe('CLI contract: init → ingest → copies → corrupt → audit → lose the database → rebuild → copies', () => {
  const tmp = tempDir();
  const home = join(tmp.path, 'home');
  const code = 'H49.64.33.2001.160';
  const source = makeSourceFolder(join(tmp.path, 'Hồ sơ 160'), SAMPLE_FILES);
  beforeAll(async () => {
    const init = await duphong(['init', '--home', home, '--json']);
    expect(init.code).toBe(0);
    expect(init.json).toMatchObject({ created: true, sites: ['bac', 'trung', 'nam'] });
  });
  afterAll(() => tmp.remove());

  it('runs the whole sequence with the documented JSON and exit codes', async () => {
    const sites = await duphong(['site', 'list', '--home', home, '--json']);
    expect(sites.code).toBe(0);
    expect(sites.json.map((s: { name: string; online: boolean }) => [s.name, s.online])).toEqual([
      ['bac', true],
      ['trung', true],
      ['nam', true],
    ]);

    const ingest = await duphong(['ingest', source, '--file', code, '--title', 'Hồ sơ thành lập tỉnh', '--home', home, '--json']);
    expect(ingest.stderr).not.toMatch(/Lỗi/);
    expect(ingest.code).toBe(0);
    expect(ingest.json).toMatchObject({ version: 1, files: 4 });
    expect(ingest.json.object).toMatch(/^urn:uuid:/);

    const copies = await duphong(['copies', code, '--home', home, '--json']);
    expect(copies.code).toBe(0);
    expect(copies.json.head).toBe(1);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
    for (const c of copies.json.copies) expect(c.verifiedAt).toMatch(/\+07:00$/);

    const victim = find(join(home, 'sites', 'trung'), 'Biên bản họp.txt')!;
    writeFileSync(victim, readFileSync(victim, 'utf8').replace('Ủy ban', 'UY BAN'));

    const audit = await duphong(['audit', '--all', '--home', home, '--json']);
    expect(audit.code).toBe(0);
    expect(audit.json).toMatchObject({ checked: 3, damaged: 1, repaired: 1, unrepaired: 0 });
    expect(audit.json.findings[0]).toMatchObject({ object: ingest.json.object, site: 'trung', code: 'DP-AUDIT-DAMAGED' });
    expect(readFileSync(victim, 'utf8')).toContain('Ủy ban');

    for (const f of readdirSync(home)) if (f.startsWith('catalogue.sqlite')) rmSync(join(home, f));
    const lost = await duphong(['copies', code, '--home', home, '--json']);
    expect(lost.code).toBe(2);

    const rebuild = await duphong(['rebuild', '--from-site', 'bac', '--home', home, '--json']);
    expect(rebuild.code).toBe(0);
    expect(rebuild.json).toMatchObject({ objects: 1, files: 1, documents: 4 });
    expect(rebuild.json.events).toBeGreaterThan(0);

    const after = await duphong(['copies', code, '--home', home, '--json']);
    expect(after.code).toBe(0);
    expect(after.json.object).toBe(ingest.json.object);
    expect(after.json.copies.map((c: { site: string; status: string; version: number }) => [c.site, c.status, c.version])).toEqual([
      ['bac', 'ok', 1],
      ['nam', 'ok', 1],
      ['trung', 'ok', 1],
    ]);
  });

  it('answers bad requests with exit 2 and a Vietnamese message', async () => {
    const missing = await duphong(['ingest', join(tmp.path, 'không có'), '--file', 'X-1', '--title', 'x', '--home', home]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Không tìm thấy thư mục nguồn');
    const unknown = await duphong(['ingest', source, '--file', 'CHUA-CO', '--home', home, '--json']);
    expect(unknown.code).toBe(2);
    expect(unknown.json.error.code).toBe('DP-FILE-UNKNOWN');
    const flag = await duphong(['audit', '--bogus', '--home', home]);
    expect(flag.code).toBe(2);
    const english = await duphong(['copies', 'KHONG-CO', '--home', home, '--lang', 'en']);
    expect(english.code).toBe(2);
    expect(english.stderr).toContain('has no backup copy');
    const ocfl = await duphong(['ocfl', 'validate', join(home, 'sites', 'nam', 'ocfl'), '--json']);
    expect(ocfl.code).toBe(0);
    expect(ocfl.json.valid).toBe(true);
  });

  it('rebuilds into a brand-new home: init --no-sites, site add of the surviving storage, rebuild', async () => {
    const fresh = join(tmp.path, 'home-moi');
    expect((await duphong(['init', '--no-sites', '--home', fresh])).code).toBe(0);
    for (const site of ['bac', 'trung', 'nam'] as const) {
      const region = site;
      const added = await duphong([
        'site',
        'add',
        site,
        '--kind',
        'fs',
        '--path',
        join(home, 'sites', site),
        '--region',
        region,
        '--home',
        fresh,
      ]);
      expect(added.code, added.stderr).toBe(0);
    }
    const rebuild = await duphong(['rebuild', '--from-site', 'trung', '--home', fresh, '--json']);
    expect(rebuild.code, rebuild.stderr).toBe(0);
    expect(rebuild.json).toMatchObject({ objects: 1, files: 1, documents: 4 });
    const copies = await duphong(['copies', code, '--home', fresh, '--json']);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
  });

  it('exits 3 when damage cannot be repaired (every copy of a file damaged), and says so', async () => {
    for (const site of ['bac', 'trung', 'nam']) writeFileSync(find(join(home, 'sites', site), 'trang 01.tif')!, `hỏng ở ${site}`);
    const audit = await duphong(['audit', '--all', '--home', home, '--json']);
    expect(audit.code).toBe(3);
    expect(audit.json).toMatchObject({ checked: 3, damaged: 3, repaired: 0, unrepaired: 3 });
    const copies = await duphong(['copies', code, '--home', home, '--json']);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['damaged', 'damaged', 'damaged']);
    const human = await duphong(['audit', '--all', '--home', home]);
    expect(human.code).toBe(3);
    expect(human.stdout).toContain('chưa sửa được');
    const ocfl = await duphong(['ocfl', 'validate', join(home, 'sites', 'bac', 'ocfl'), '--json']);
    expect(ocfl.code).toBe(3);
    expect(ocfl.json.valid).toBe(false);
  });
});
