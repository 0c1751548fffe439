// `duphong catalog import|export` through the built CLI (`npm run build` first), on SQLite.
import { spawnSync } from 'node:child_process';
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openContext } from '../app/context.js';
import { initHome } from '../cli/commands/init.js';
import { tempDir } from '../testing/homes.js';
import { BIN, FIXTURES, duphong, expectedFindings } from '../testing/catalog-cli.js';

const tmp = tempDir('catalog-cli-');
afterAll(() => tmp.remove());
let n = 0;
let home: string;
beforeEach(async () => {
  home = join(tmp.path, `home${++n}`);
  await initHome(home, false);
});

async function catalogue<T>(fn: (c: Awaited<ReturnType<typeof openContext>>['catalogue']) => Promise<T>): Promise<T> {
  const ctx = await openContext(home);
  try {
    return await fn(ctx.catalogue);
  } finally {
    await ctx.close();
  }
}

const SAMPLE = join(FIXTURES, 'muc-luc-mau.xlsx');
const BAD = join(FIXTURES, 'bad/muc-luc-loi.xlsx');
const key = (f: { sheet?: string; row: number; column: string; code: string }) => `${f.sheet ?? ''} ${f.row} ${f.column} ${f.code}`;

describe('duphong catalog import', () => {
  it('groups 144 identical warnings into one line with a count and the first rows; --json keeps all 144', () => {
    const csv = join(tmp.path, `nam-lech-${n}.csv`);
    const rows = Array.from(
      { length: 144 },
      (_, i) => `H15.08.1999.${String(i + 1).padStart(3, '0')},Hồ sơ số ${i + 1},01/02/2001,03/04/2001,Vĩnh viễn`,
    );
    writeFileSync(csv, ['Mã hồ sơ,Tiêu đề hồ sơ,Ngày bắt đầu,Ngày kết thúc,Thời hạn bảo quản', ...rows, ''].join('\n'));
    const human = spawnSync(process.execPath, [BIN, 'catalog', 'import', csv, '--fonds', 'H15.08', '--dry-run', '--home', home], {
      encoding: 'utf8',
    });
    expect(human.status).toBe(0);
    const lines = human.stderr.split('\n').filter((l) => l.includes('DP-IMPORT-CODE-YEAR'));
    expect(lines).toEqual([
      '  CẢNH BÁO DP-IMPORT-CODE-YEAR cột A (144 dòng: 2, 3, 4, 5, 6, …) năm trong mã hồ sơ nằm ngoài thời gian của hồ sơ',
    ]);
    const json = duphong(home, 'catalog', 'import', csv, '--fonds', 'H15.08', '--dry-run');
    expect(json.json.findings.filter((f: { code: string }) => f.code === 'DP-IMPORT-CODE-YEAR')).toHaveLength(144);
  });

  it('imports a three-fonds workbook (merged headers, dates in five forms, labels), then re-import changes nothing', async () => {
    const first = duphong(home, 'catalog', 'import', SAMPLE);
    expect(first.code).toBe(0);
    expect(first.json).toMatchObject({
      fonds: 3,
      files: 310,
      documents: 30,
      errors: 0,
      written: true,
      counts: { created: 340, updated: 0, unchanged: 0 },
    });
    expect(first.json.fondsCodes).toEqual(['H15.01', 'H15.03', 'P_SNV_QN']);
    // the notes sheet has no header (warning), the documents' "Tờ số" is kept as a legacy column,
    // every file's "Hộp số" goes to its holding
    expect(first.json.findings.map((f: { code: string }) => f.code).sort()).toEqual(['DP-IMPORT-COLUMN-UNKNOWN', 'DP-IMPORT-NO-HEADER']);
    expect(first.json.holdingCounts).toEqual({ created: 310, updated: 0, unchanged: 0 });
    const again = duphong(home, 'catalog', 'import', SAMPLE);
    expect(again.json.counts).toEqual({ created: 0, updated: 0, unchanged: 340 });
    expect(again.json.fondsCounts).toEqual({ created: 0, updated: 0, unchanged: 3 });
    expect(again.json.holdingCounts).toEqual({ created: 0, updated: 0, unchanged: 310 });

    await catalogue(async (c) => {
      expect(await c.records.getFonds('H15.03')).toMatchObject({ name: 'ỦY BAN NHÂN DÂN HUYỆN BÁT XÁT', legacy: { 'Mục lục số': '02' } });
      expect(await c.records.countFiles({ fondsCode: 'P_SNV_QN' })).toBe(100);
      const files = await c.records.listFiles({ fondsCode: 'H15.01' });
      const forms = new Set(files.map((f) => f.fields.startDate!.replace(/\d/g, '9')));
      expect([...forms].sort()).toEqual(['99/99/9999', '99/9999', '9999']);
      const holdings = new Map((await c.records.listHoldings('H15.01')).map((h) => [h.fileCode, h]));
      for (const f of files) {
        expect(f.fields.maintenance).toMatch(/^0[1-7]$/);
        expect(f.fields.language).toMatch(/^\d\d(,\d\d)*$/);
        expect(f.legacy['Hộp số']).toBeUndefined();
        expect(holdings.get(f.code)).toMatchObject({
          id: `file:${f.code}`,
          fondsCode: 'H15.01',
          medium: 'paper',
          box: expect.stringMatching(/^Hộp \d+$/),
        });
        expect(f.title).toBe(f.fields.title);
      }
      const withDocs = [];
      for (const f of files) if ((await c.records.countDocuments({ fileCode: f.code })) > 0) withDocs.push(f.code);
      expect(withDocs).toHaveLength(5);
      const docs = await c.records.listDocuments(withDocs[0]!);
      expect(docs.map((d) => d.ordinal)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(docs[0]).toMatchObject({ id: `${withDocs[0]}.0000001`, fields: { codeNumber: '7', codeNotation: 'UBND-VP', typeName: '02' } });
    });
  });

  it('reads Windows-1258 CSV (combining tone marks → NFC) and UTF-8 with BOM, `;` and a date-range column', async () => {
    const legacy = duphong(home, 'catalog', 'import', join(FIXTURES, 'muc-luc-1258.csv'));
    expect(legacy.code).toBe(0);
    expect(legacy.json).toMatchObject({ files: 60, errors: 0 });
    expect(legacy.json.findings.map((f: { code: string }) => f.code)).toContain('DP-IMPORT-ENCODING');
    const bom = duphong(home, 'catalog', 'import', join(FIXTURES, 'muc-luc-utf8-bom.csv'));
    expect(bom.json).toMatchObject({ files: 50, errors: 0, fondsCodes: ['P_SNV_QN'] });
    await catalogue(async (c) => {
      const [f] = await c.records.listFiles({ fondsCode: 'H15.03', limit: 1 });
      expect(f!.title.startsWith('Hồ sơ về việc')).toBe(true);
      expect(f!.title).toBe(f!.title.normalize('NFC'));
      expect((await c.records.getFonds('H15.03'))!.name).toBe('Ủy ban nhân dân huyện Bát Xát');
      const [g] = await c.records.listFiles({ fondsCode: 'P_SNV_QN', limit: 1 });
      expect(g!.fields.startDate).toMatch(/\d/);
      expect(g!.fields.endDate).toMatch(/\d/);
    });
  });

  it('bad workbook: every expected finding at its cell, exit 3 and nothing written; --dry-run likewise; --allow-partial writes the good rows', async () => {
    const bad = duphong(home, 'catalog', 'import', BAD);
    expect(bad.code).toBe(3);
    expect(bad.json.written).toBe(false);
    expect(bad.json.findings.map(key).sort()).toEqual(expectedFindings(join(FIXTURES, 'bad/expected-findings.tsv')));
    for (const f of bad.json.findings)
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['row', 'column', 'value', 'code', 'message']));
    await catalogue(async (c) => {
      expect(await c.records.countFiles()).toBe(0);
      expect(await c.records.listFonds()).toEqual([]);
    });
    const dry = duphong(home, 'catalog', 'import', BAD, '--dry-run');
    expect(dry.code).toBe(3);
    expect(dry.json).toMatchObject({ dryRun: true, written: false, rejected: 6 });
    const partial = duphong(home, 'catalog', 'import', BAD, '--allow-partial');
    expect(partial.code).toBe(0);
    expect(partial.json).toMatchObject({ written: true, rejected: 6, files: 2, counts: { created: 2 } });
    await catalogue(async (c) => expect(await c.records.countFiles()).toBe(2));
  });

  it('dry run of a good sheet reports the counts and writes nothing', async () => {
    const dry = duphong(home, 'catalog', 'import', join(FIXTURES, 'muc-luc-utf8-bom.csv'), '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.json).toMatchObject({ dryRun: true, written: false, files: 50, counts: { created: 50 } });
    await catalogue(async (c) => expect(await c.records.countFiles()).toBe(0));
  });

  it('--fonds and --map for a sheet the synonyms do not know; refuses oversize files and other formats (exit 2)', async () => {
    const csv = join(tmp.path, 'la.csv');
    writeFileSync(csv, 'Ký hiệu,Nội dung hồ sơ,Năm\nNEW.2001.1,Hồ sơ lạ,2001\n');
    const mapped = duphong(
      home,
      'catalog',
      'import',
      csv,
      '--fonds',
      'NEW',
      '--map',
      'Ký hiệu=fileCode,Nội dung hồ sơ=title,Năm=startDate',
    );
    expect(mapped.code).toBe(0);
    expect(mapped.json.findings.map((f: { code: string }) => f.code)).toEqual(
      expect.arrayContaining(['DP-IMPORT-FONDS-UNKNOWN', 'DP-IMPORT-COLUMN-MISSING']),
    );
    await catalogue(async (c) =>
      expect(await c.records.getFile('NEW.2001.1')).toMatchObject({ fondsCode: 'NEW', title: 'Hồ sơ lạ', fields: { startDate: '2001' } }),
    );
    expect(duphong(home, 'catalog', 'import', csv).code).toBe(3); // no header without --map
    expect(duphong(home, 'catalog', 'import', SAMPLE, '--max-size', '0.01').code).toBe(2);
    const odt = join(tmp.path, 'x.ods');
    copyFileSync(csv, odt);
    expect(duphong(home, 'catalog', 'import', odt).code).toBe(2);
    expect(duphong(home, 'catalog', 'import', join(tmp.path, 'missing.xlsx')).code).toBe(2);
  });
});

describe('duphong catalog export', () => {
  it('round trip: export (xlsx with documents, csv) → import → nothing changes', async () => {
    expect(duphong(home, 'catalog', 'import', SAMPLE).code).toBe(0);
    const xlsx = join(tmp.path, `h15-01-${n}.xlsx`);
    const csv = join(tmp.path, `h15-03-${n}.csv`);
    expect(duphong(home, 'catalog', 'export', '--fonds', 'H15.01', '--out', xlsx).json).toMatchObject({ files: 120, documents: 30 });
    expect(duphong(home, 'catalog', 'export', '--fonds', 'H15.03', '--out', csv).json).toMatchObject({ files: 90, documents: 0 });
    const back = duphong(home, 'catalog', 'import', xlsx);
    expect(back.code).toBe(0);
    expect(back.json.counts).toEqual({ created: 0, updated: 0, unchanged: 150 });
    expect(back.json.fondsCounts).toEqual({ created: 0, updated: 0, unchanged: 1 });
    const backCsv = duphong(home, 'catalog', 'import', csv);
    expect(backCsv.json.counts).toEqual({ created: 0, updated: 0, unchanged: 90 });
    expect(backCsv.json.errors).toBe(0);
    expect(duphong(home, 'catalog', 'export', '--fonds', 'KHONG-CO', '--out', csv).code).toBe(2);
  });
});
