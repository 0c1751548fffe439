import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duphong } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/**
 * The catalogue issue's acceptance through the real CLI: the sample mục lục imports, shows up in
 * search with folded queries, and a yearly backup list is drafted, approved and exported.
 */
describe('CLI contract: catalog import → search → backup list', () => {
  const tmp = tempDir('duphong-catalogue-e2e-');
  const home = join(tmp.path, 'home');
  const run = (args: string[]) => duphong([...args, '--home', home, '--json']);
  beforeAll(async () => {
    expect((await run(['init'])).code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it('refuses files attached to a unit that did not exist at their dates (the new Lào Cai, formed 01/07/2025)', async () => {
    const refused = await run(['catalog', 'import', join(FIXTURES, 'catalog/muc-luc-mau.xlsx'), '--unit', 'province-2025-lao-cai']);
    expect(refused.code).toBe(3);
    expect(refused.json).toMatchObject({ written: false });
    const unitFinding = refused.json.findings.find((f: { code: string }) => f.code === 'DP-UNIT-NOT-IN-FORCE');
    expect(unitFinding).toMatchObject({ severity: 'error', field: expect.stringMatching(/Date$/) });
    expect(unitFinding.row).toBeGreaterThan(0);
    expect((await run(['search', 'ta phin'])).json.total).toBe(0); // nothing half-imported
  });

  it('imports the sample mục lục (several fonds), dry run first; a second import changes nothing', async () => {
    const dry = await run(['catalog', 'import', join(FIXTURES, 'catalog/muc-luc-mau.xlsx'), '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.json).toMatchObject({ dryRun: true, written: false });
    expect((await run(['search', 'quyet dinh'])).json.total).toBe(0);
    // The fonds belong to the old province of Lào Cai (until 30/06/2025), as the files' dates say.
    const real = await run(['catalog', 'import', join(FIXTURES, 'catalog/muc-luc-mau.xlsx'), '--unit', 'province-lao-cai']);
    expect(real.code, real.stderr).toBe(0);
    expect(real.json.files).toBeGreaterThanOrEqual(300);
    expect(real.json.fondsCodes).toEqual(expect.arrayContaining(['H15.01', 'H15.03', 'P_SNV_QN']));
    const again = await run(['catalog', 'import', join(FIXTURES, 'catalog/muc-luc-mau.xlsx'), '--unit', 'province-lao-cai']);
    expect(again.json.counts).toMatchObject({ created: 0, updated: 0 });
  });

  it('finds records by folded and accented queries alike', async () => {
    const folded = await run(['search', 'ta phin']);
    expect(folded.code).toBe(0);
    expect(folded.json.total).toBeGreaterThan(0);
    expect(folded.json.hits[0].title).toMatch(/Tả Phìn/);
    const accented = await run(['search', 'Tả Phìn']);
    expect(accented.json.total).toBe(folded.json.total);
    expect(accented.json.hits[0].score).toBe(3);
    const scoped = await run(['search', 'bat xat', '--fonds', 'H15.03']);
    expect(scoped.json.hits.every((h: { fondsCode: string }) => h.fondsCode === 'H15.03')).toBe(true);
  });

  it('drafts, submits, approves and exports the yearly backup list', async () => {
    const target = (await run(['search', 'ta phin', '--fonds', 'H15.01'])).json.hits[0].code as string;
    const recognised = await run([
      'backup-list',
      'recognize',
      `file:${target}`,
      '--decision',
      '12/QĐ-SNV',
      '--date',
      '05/03/2026',
      '--issuer',
      'Sở Nội vụ tỉnh Lào Cai',
    ]);
    expect(recognised.code, recognised.stderr).toBe(0);
    const created = await run(['backup-list', 'create', '--unit', 'province-2025-lao-cai', '--year', '2026', '--by', 'Nguyễn Thị Lan']);
    expect(created.code, created.stderr).toBe(0);
    const id = created.json.list.id as string;
    expect((await run(['backup-list', 'add', id, target, '--by', 'Nguyễn Thị Lan'])).code).toBe(0);
    expect((await run(['backup-list', 'submit', id, '--by', 'Nguyễn Thị Lan'])).code).toBe(0);
    const approved = await run(['backup-list', 'approve', id, '--by', 'Trần Văn Minh', '--decision', '45/QĐ-SNV', '--date', '10/03/2026']);
    expect(approved.code, approved.stderr).toBe(0);
    expect(approved.json.list.status).toBe('approved');
    for (const format of ['xlsx', 'docx']) {
      const out = join(tmp.path, `danh-muc.${format}`);
      const exported = await run([
        'backup-list',
        'export',
        id,
        '--format',
        format,
        '--out',
        out,
        '--unit-name',
        'Trung tâm Lưu trữ lịch sử tỉnh Lào Cai',
      ]);
      expect(exported.code, exported.stderr).toBe(0);
      expect(existsSync(out)).toBe(true);
    }
    // An approved list is frozen.
    const late = await run(['backup-list', 'add', id, target, '--by', 'Nguyễn Thị Lan']);
    expect(late.code).not.toBe(0);
  });
});
