#!/usr/bin/env node
// `node bench/report-statistics.mjs [--files 4000]`: the statistics list per fonds and the yearly
// figures over a catalogue of N files, each with a backup object on every site, written and checked
// once more (2 PREMIS events per copy). DuPhong reads each object's events (the witness) and judges the
// copies as of a day; the baseline is the least a database can do for the same answer — one query
// reading every relevant event of the catalogue — timed in the same run on the same SQLite file.
// Writes bench/results/<yyyy-mm-dd>-report-statistics.json. Needs `npm run build`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import { REPO } from './lib/duphong.mjs';
import { machineInfo, median } from './lib/sys.mjs';
import { lowerIsBetter, printTable, writeResults } from './lib/report.mjs';

const argv = process.argv.slice(2);
const FILES = Number(argv.includes('--files') ? argv[argv.indexOf('--files') + 1] : '4000');
const RUNS = 3;
const dist = (rel) => join(REPO, 'packages/server/dist', rel);
const { initHome } = await import(dist('cli/commands/init.js'));
const { openContext } = await import(dist('app/context.js'));
const { statisticsList } = await import(dist('usecases/fonds-statistics.js'));
const { computeYearFigures } = await import(dist('usecases/report-figures.js'));

const dir = mkdtempSync(join(tmpdir(), 'duphong-bench-stats-'));
const home = join(dir, 'home');
try {
  await initHome(home, true);
  const ctx = await openContext(home);
  const c = ctx.catalogue;
  const units = ['province-lao-cai', 'province-yen-bai', 'province-ha-giang', 'province-tuyen-quang'];
  const at = (d) => `${d}T09:00:00.000+07:00`;
  const sites = (await c.listSites()).map((s) => s.name);
  process.stderr.write(`filling ${FILES} files, ${FILES * sites.length * 2} events…\n`);
  await c.transaction(async (tx) => {
    for (const [i, unitId] of units.entries())
      await tx.records.putFonds({
        code: `P${i}`,
        name: `Phông ${i}`,
        kind: 'fonds',
        status: 'closed',
        unitId,
        fields: {},
        legacy: {},
        createdAt: at('2024-01-01'),
        updatedAt: at('2024-01-01'),
      });
    for (let n = 0; n < FILES; n++) {
      const code = `HS.${String(n).padStart(6, '0')}`;
      await tx.records.putFile({
        code,
        fondsCode: `P${n % units.length}`,
        title: code,
        fields: { numberOfPage: '40', maintenance: '01' },
        legacy: {},
        createdAt: at('2024-01-02'),
        updatedAt: at('2024-01-02'),
      });
      const id = `urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
      await tx.putObject({ id, fileCode: code, head: 1, createdAt: at('2024-02-01'), updatedAt: at('2024-02-01') });
      for (const site of sites)
        for (const [k, day] of ['2024-02-01', '2024-11-01'].entries())
          await tx.addEvent({
            id: `${id}-${site}-${k}`,
            objectId: id,
            site,
            type: 'fixity check',
            dateTime: at(day),
            outcome: 'success',
            detail: '',
            agent: 'bench',
          });
    }
  });
  const time = async (fn) => {
    const t = [];
    for (let r = 0; r < RUNS; r++) {
      const s = performance.now();
      await fn();
      t.push(performance.now() - s);
    }
    return median(t) / 1000;
  };
  const stats = await time(async () => {
    const s = await statisticsList(ctx, undefined, { at: '2024-12-31' });
    if (s.totals.files !== FILES || s.totals.copiesVerified !== FILES * sites.length)
      throw new Error(`wrong totals ${JSON.stringify(s.totals)}`);
  });
  const figures = await time(() => computeYearFigures(ctx, units, 2024));
  await ctx.close();
  const db = new Database(join(home, 'catalogue.sqlite'), { readonly: true });
  const scan = await time(() => {
    const rows = db
      .prepare(
        `select object_id, site, type, outcome, max(date_time) as last from premis_events where type in ('fixity check', 'replication') and date_time <= ? group by object_id, site`,
      )
      .all(at('2024-12-31'));
    if (rows.length !== FILES * sites.length) throw new Error(`scan saw ${rows.length}`);
  });
  db.close();
  const results = [
    lowerIsBetter(`statistics per fonds, ${FILES} files`, stats, 's', 'one SQL scan of the events', scan),
    lowerIsBetter(`yearly figures, ${FILES} files`, figures, 's', 'one SQL scan of the events', scan),
  ];
  printTable(results, [`${((stats / FILES) * 1000).toFixed(3)} ms per file: one events query per object (decision 0024)`]);
  const file = writeResults(join(REPO, 'bench/results'), 'report-statistics', machineInfo(dir), results);
  process.stderr.write(`wrote ${file}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
