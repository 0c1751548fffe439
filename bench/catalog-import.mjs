#!/usr/bin/env node
// `node bench/catalog-import.mjs [--rows 100000] [--keep-data]`: `duphong catalog import` of a generated mục lục
// (CSV and XLSX, one fonds, dates and codes as archivists write them) through the real CLI, against
// sqlite3's own `.import` of the same CSV measured in the same run. Also the re-import (every row
// unchanged) and peak RSS at 1/10 of the rows, to show memory does not grow with the sheet.
// Writes bench/results/<yyyy-mm-dd>-catalog-import.json.
import { createWriteStream, mkdirSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { FILE_HEADER_TOP, FONDS, fileCells, fileRow, fileTexts, rng } from '../fixtures/catalog/rows.mjs';
import * as dp from './lib/duphong.mjs';
import { have, machineInfo, mustSucceed, run } from './lib/sys.mjs';
import { higherIsBetter, lowerIsBetter, printTable, writeResults } from './lib/report.mjs';

const argv = process.argv.slice(2);
const at = argv.indexOf('--rows');
const ROWS = at >= 0 ? Math.max(1000, Number(argv[at + 1]) || 100_000) : 100_000;
const SMALL = Math.max(1000, Math.round(ROWS / 10));
const DATA = join(dp.REPO, 'bench/data/catalog');
const BIN = join(dp.REPO, 'packages/server/bin/duphong.js');
const fonds = FONDS[0];
const header = FILE_HEADER_TOP.map((h, i) => (i === 3 ? 'Thời gian bắt đầu' : i === 4 ? 'Thời gian kết thúc' : h));
const quote = (v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

async function writeCsv(path, n) {
  const out = createWriteStream(path);
  const r = rng(42);
  out.write(`PHÔNG: ${fonds.name} (Mã phông: ${fonds.code})\n\n${header.join(',')}\n`);
  for (let i = 0; i < n; i++) {
    if (
      !out.write(
        `${fileTexts(fileRow(r, fonds, i))
          .map(quote)
          .join(',')}\n`,
      )
    )
      await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

async function writeXlsx(path, n) {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: false });
  const ws = wb.addWorksheet('Mục lục');
  ws.addRow([`PHÔNG: ${fonds.name} (Mã phông: ${fonds.code})`]).commit();
  ws.addRow(header).commit();
  const r = rng(42);
  for (let i = 0; i < n; i++) ws.addRow(fileCells(fileRow(r, fonds, i))).commit();
  ws.commit();
  await wb.commit();
}

async function importRun(home, file) {
  const r = mustSucceed(
    `duphong catalog import ${file}`,
    await run(process.execPath, [BIN, 'catalog', 'import', file, '--home', home, '--json']),
  );
  const json = JSON.parse(r.stdout);
  if (json.errors !== 0) throw new Error(`import reported ${json.errors} errors: ${JSON.stringify(json.findings.slice(0, 3))}`);
  return { ...r, json, rowsPerSec: json.rows / (r.ms / 1000), rssMiB: r.peakRssKiB / 1024 };
}

async function freshHome(name) {
  const home = join(DATA, name);
  rmSync(home, { recursive: true, force: true });
  mustSucceed('duphong init', await run(process.execPath, [BIN, 'init', '--no-sites', '--home', home]));
  return home;
}

async function sqliteImport(csv) {
  const db = join(DATA, 'baseline.sqlite');
  rmSync(db, { force: true });
  // the same rows into a table with a primary key on the file code, in one transaction (sqlite3's .import)
  const script = `CREATE TABLE files(stt, code PRIMARY KEY, title, start, end, maintenance, mode, language, format, total, sheets, pages, box, note);\n.mode csv\n.import --skip 3 ${csv} files\nSELECT count(*) FROM files;\n`;
  const r = mustSucceed('sqlite3 .import', await run('sqlite3', [db], { stdin: script }));
  return { ms: r.ms, rows: Number(r.stdout.trim().split('\n').pop()) };
}

mkdirSync(DATA, { recursive: true });
if (!have('sqlite3')) throw new Error('sqlite3 is needed for the baseline (apt-get install sqlite3)');
process.stderr.write(`generating ${ROWS} rows (CSV, XLSX) and ${SMALL} rows (CSV)…\n`);
const csv = join(DATA, `muc-luc-${ROWS}.csv`);
const xlsx = join(DATA, `muc-luc-${ROWS}.xlsx`);
const csvSmall = join(DATA, `muc-luc-${SMALL}.csv`);
const xlsxSmall = join(DATA, `muc-luc-${SMALL}.xlsx`);
await writeCsv(csv, ROWS);
await writeCsv(csvSmall, SMALL);
await writeXlsx(xlsx, ROWS);
await writeXlsx(xlsxSmall, SMALL);

const base = await sqliteImport(csv);
const baseRate = base.rows / (base.ms / 1000);
const small = await importRun(await freshHome('home-small'), csvSmall);
const homeCsv = await freshHome('home-csv');
const first = await importRun(homeCsv, csv);
const again = await importRun(homeCsv, csv);
if (again.json.counts.unchanged !== ROWS) throw new Error(`re-import changed rows: ${JSON.stringify(again.json.counts)}`);
const fromXlsx = await importRun(await freshHome('home-xlsx'), xlsx);
// memory: the same imports with V8's heap capped at 64 MiB, small sheet vs big sheet
const CAP = 64;
const capped = {
  csvSmall: await importRun(await freshHome('home-cap-1'), csvSmall, CAP),
  csv: await importRun(await freshHome('home-cap-2'), csv, CAP),
  xlsxSmall: await importRun(await freshHome('home-cap-3'), xlsxSmall, CAP),
  xlsx: await importRun(await freshHome('home-cap-4'), xlsx, CAP),
};

const results = [
  higherIsBetter(`catalog import CSV, ${ROWS} rows (new)`, first.rowsPerSec, 'rows/s', 'sqlite3 .import of the CSV', baseRate),
  higherIsBetter(`catalog re-import CSV, ${ROWS} rows (unchanged)`, again.rowsPerSec, 'rows/s', 'sqlite3 .import of the CSV', baseRate),
  higherIsBetter(`catalog import XLSX, ${ROWS} rows (new)`, fromXlsx.rowsPerSec, 'rows/s', 'sqlite3 .import of the CSV', baseRate),
  lowerIsBetter(
    `catalog import CSV ${ROWS} rows, peak RSS (${CAP} MiB heap cap)`,
    capped.csv.rssMiB,
    'MiB',
    `same, ${SMALL} rows`,
    capped.csvSmall.rssMiB,
  ),
  lowerIsBetter(
    `catalog import XLSX ${ROWS} rows, peak RSS (${CAP} MiB heap cap)`,
    capped.xlsx.rssMiB,
    'MiB',
    `same, ${SMALL} rows`,
    capped.xlsxSmall.rssMiB,
  ),
];
const size = (p) => `${(statSync(p).size / 2 ** 20).toFixed(1)} MiB`;
printTable(results, [
  `CSV ${size(csv)}, XLSX ${size(xlsx)}; sqlite3 ${base.rows} rows in ${(base.ms / 1000).toFixed(2)} s`,
  `peak RSS without a heap cap (V8 collects lazily): CSV ${first.rssMiB.toFixed(0)} MiB (${SMALL} rows: ${small.rssMiB.toFixed(0)} MiB), XLSX ${fromXlsx.rssMiB.toFixed(0)} MiB`,
  `DuPhong wall time: CSV ${(first.ms / 1000).toFixed(1)} s, re-import ${(again.ms / 1000).toFixed(1)} s, XLSX ${(fromXlsx.ms / 1000).toFixed(1)} s (CLI start included)`,
]);
const file = writeResults(join(dp.REPO, 'bench/results'), 'catalog-import', machineInfo(DATA), results);
process.stdout.write(`wrote ${file}\n`);
// generated sheets and homes are ~0.5 GB: gone unless asked to keep them
if (!argv.includes('--keep-data')) rmSync(DATA, { recursive: true, force: true });
