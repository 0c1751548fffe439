#!/usr/bin/env node
// `npm run bench -- --only startup [--runs N]`: CLI start-up against an empty `node -e 0`, on an
// initialised home with one ingested object. Each command is spawned N times (spawnSync, median of
// wall time); ratio = baseline / DuPhong, so the aim "≤ 3× node -e 0" is ratio ≥ 0.33.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerIsBetter, printTable, writeResults } from './lib/report.mjs';
import { machineInfo, median } from './lib/sys.mjs';

const argv = process.argv.slice(2);
const runs = argv.includes('--runs') ? Number(argv[argv.indexOf('--runs') + 1]) : 15;
const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'packages/server/bin/duphong.js');
const CODE = 'H15.01.1.2001.1';

const work = mkdtempSync(join(tmpdir(), 'duphong-startup-'));
const home = join(work, 'home');
const env = { ...process.env, DUPHONG_HOME: '' };

function cli(args) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`duphong ${args.join(' ')} → exit ${r.status}\n${r.stderr}`);
}

/** Median wall time in ms of N runs (after one warm-up run that fills the page cache). */
function timeIt(cmd, args) {
  const once = () => {
    const t = process.hrtime.bigint();
    const r = spawnSync(cmd, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} → exit ${r.status}`);
    return Number(process.hrtime.bigint() - t) / 1e6;
  };
  once();
  return median(Array.from({ length: runs }, once));
}

try {
  cli(['init']);
  const folder = join(work, 'object');
  mkdirSync(folder);
  writeFileSync(join(folder, 'van-ban.txt'), 'Quyết định thành lập\n');
  cli(['ingest', folder, '--file', CODE, '--title', 'Hồ sơ thử khởi động', '--json']);

  const node = timeIt(process.execPath, ['-e', '0']);
  const results = [
    ['duphong copies CODE --json', ['copies', CODE, '--json']],
    ['duphong --help', ['--help']],
    ['duphong search x --json', ['search', 'x', '--json']],
    ['duphong site list --json', ['site', 'list', '--json']],
  ].map(([metric, args]) =>
    lowerIsBetter(`start-up: ${metric}`, timeIt(process.execPath, [BIN, ...args, '--home', home]), 'ms', 'node -e 0', node),
  );
  printTable(results, [`median of ${runs} runs each; aim: ratio ≥ 0.33 (≤ 3× node -e 0)`]);
  process.stdout.write(`${writeResults(join(REPO, 'bench/results'), 'startup', machineInfo(work), results)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
