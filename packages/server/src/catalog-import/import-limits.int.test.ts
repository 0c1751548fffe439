// A ~30 MB cell in a CSV and in an XLSX (inline and shared string): the import refuses its row with
// DP-IMPORT-CELL-TOO-LONG and its peak memory, measured inside the CLI's own process, stays small
// (before the limits a 5 MB cell took 527–616 MB and a 22-million-character one 2.3 GB).
import { spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { initHome } from '../cli/commands/init.js';
import { tempDir } from '../testing/homes.js';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const SERVER = resolve(import.meta.dirname, '../..');
/** Generous: the import of these files peaks at 135–165 MB on the 2-core CI machine. */
const MAX_RSS_MB = 400;
const UNIT = 'Hồ sơ lưu trữ '; // 14 characters, 20 bytes of UTF-8
const CELL_MB = 30;
const REPEAT = Math.ceil((CELL_MB * 1024 * 1024) / Buffer.byteLength(UNIT));

const tmp = tempDir('catalog-limits-');
const home = join(tmp.path, 'home');
beforeAll(() => initHome(home, false));
afterAll(() => tmp.remove());

/** The CLI in a child process, which reports its own peak RSS (kB) on exit. */
function importWithPeak(file: string, ...extra: string[]) {
  const hook = 'data:text/javascript,process.on("exit",()=>process.stderr.write("\\nPEAK_RSS_KB="+process.resourceUsage().maxRSS+"\\n"))';
  const r = spawnSync(process.execPath, ['--import', hook, BIN, 'catalog', 'import', file, ...extra, '--home', home, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, DUPHONG_HOME: '' },
  });
  const peak = /PEAK_RSS_KB=(\d+)/.exec(r.stderr);
  return { code: r.status, json: JSON.parse(r.stdout), peakMb: peak ? Number(peak[1]) / 1024 : Infinity, stderr: r.stderr };
}

function expectRefusedBigRow(r: ReturnType<typeof importWithPeak>, sheet?: string) {
  expect(r.code, r.stderr).toBe(3); // all or nothing: an error in any row and nothing is written
  expect(r.json).toMatchObject({ rows: 3, rejected: 1, written: false, files: 2 });
  const long = r.json.findings.filter((f: { code: string }) => f.code.endsWith('-TOO-LONG'));
  expect(long[0]).toMatchObject({ row: 4, column: 'B', code: 'DP-IMPORT-CELL-TOO-LONG', field: 'title', ...(sheet && { sheet }) });
  expect(long[0].value).toBe(`${UNIT.repeat(6).slice(0, 80)}…`); // the finding shows the beginning only
  expect(r.peakMb).toBeLessThan(MAX_RSS_MB);
}

describe('size limits keep memory bounded', () => {
  it(`CSV with a ${CELL_MB} MB cell`, async () => {
    const file = join(tmp.path, 'big.csv');
    const out = createWriteStream(file);
    out.write('Mã phông: H15.07\nMã hồ sơ,Tiêu đề hồ sơ,Thời gian\nH15.07.2001.1,Hồ sơ một,2001\nH15.07.2001.2,"');
    const block = UNIT.repeat(10_000);
    for (let i = 0; i < REPEAT / 10_000; i++) if (!out.write(block)) await once(out, 'drain');
    out.end('",2001\nH15.07.2001.3,Hồ sơ ba,2001\n');
    await once(out, 'finish');
    const r = importWithPeak(file);
    expectRefusedBigRow(r);
    // the cell is also longer than a row may be: both are said
    expect(r.json.findings.map((f: { code: string }) => f.code)).toContain('DP-IMPORT-ROW-TOO-LONG');
  });

  for (const shared of [false, true]) {
    it(`XLSX with a ${CELL_MB} MB cell (${shared ? 'shared' : 'inline'} string)`, () => {
      const file = join(tmp.path, `big-${shared}.xlsx`);
      // written by a child: the 30 MB string and exceljs's writer stay out of the test worker
      const script = `
        import { createRequire } from 'node:module';
        const ExcelJS = createRequire(${JSON.stringify(join(SERVER, 'package.json'))})('exceljs');
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: ${JSON.stringify(file)}, useSharedStrings: ${shared} });
        const ws = wb.addWorksheet('Mục lục');
        for (const row of [['Mã phông: H15.07'], ['Mã hồ sơ', 'Tiêu đề hồ sơ', 'Thời gian'], ['H15.07.2001.1', 'Hồ sơ một', '2001'],
          ['H15.07.2001.2', ${JSON.stringify(UNIT)}.repeat(${REPEAT}), '2001'], ['H15.07.2001.3', 'Hồ sơ ba', '2001']]) ws.addRow(row).commit();
        ws.commit();
        await wb.commit();`;
      const made = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
      expect(made.status, made.stderr).toBe(0);
      expectRefusedBigRow(importWithPeak(file), 'Mục lục');
    });
  }
});
