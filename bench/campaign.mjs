#!/usr/bin/env node
// `node bench/campaign.mjs [--rounds 20] [--seed N] [--quick]` (or `npm run bench -- --only campaign`):
// the randomised campaign of e2e/campaign/ run longer than in `npm test` — concurrent CLI processes
// and in-process tasks ingesting, replicating, auditing and rebuilding while a fault injector
// damages and forges the sites and kills writers at the journal's fault points. It runs through
// vitest (the campaign drives use cases in-process from TypeScript) and keeps going after a
// violation, so the figures count every round. Writes bench/results/<yyyy-mm-dd>-campaign.json.
// Needs `npm run build`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from './lib/duphong.mjs';
import { machineInfo } from './lib/sys.mjs';
import { printTable, writeResults } from './lib/report.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const ROUNDS = Number(opt('--rounds', argv.includes('--quick') ? '6' : '20'));
const SEED = Number(opt('--seed', '20261264'));

const dir = mkdtempSync(join(tmpdir(), 'duphong-bench-campaign-'));
const summaryFile = join(dir, 'summary.json');
const traceFile = join(tmpdir(), `duphong-campaign-trace-${SEED}.txt`);
rmSync(traceFile, { force: true });
const started = process.hrtime.bigint();
const r = spawnSync(process.execPath, [join(REPO, 'node_modules/vitest/vitest.mjs'), 'run', 'e2e/campaign.int.test.ts'], {
  cwd: REPO,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    DUPHONG_CAMPAIGN_SEED: String(SEED),
    DUPHONG_CAMPAIGN_ROUNDS: String(ROUNDS),
    DUPHONG_CAMPAIGN_KEEP_GOING: '1',
    DUPHONG_CAMPAIGN_SUMMARY: summaryFile,
    DUPHONG_CAMPAIGN_TRACE: traceFile,
  },
});
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
let s;
try {
  s = JSON.parse(readFileSync(summaryFile, 'utf8'));
} catch {
  process.stderr.write(`campaign did not finish (vitest exit ${r.status}); see the output above\n`);
  process.exit(1);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// Counts, in the CONTRACT's metric format. Baselines: the plan (rounds run) and the target (0 violations);
// ratio 1 means every round held every invariant.
const clean = s.rounds - s.violatingRounds;
const r2 = (x) => Number(x.toFixed(2));
const results = [
  {
    metric: 'campaign rounds holding every invariant',
    value: clean,
    unit: 'rounds',
    baseline: { name: 'rounds run', value: s.rounds },
    ratio: s.rounds ? r2(clean / s.rounds) : 0,
  },
  {
    metric: 'campaign operations',
    value: s.operations,
    unit: 'operations',
    baseline: { name: 'faults injected', value: s.faults },
    ratio: s.faults ? r2(s.operations / s.faults) : 0,
  },
  {
    metric: 'campaign faults injected',
    value: s.faults,
    unit: 'faults',
    baseline: { name: 'writers killed', value: s.kills },
    ratio: s.kills ? r2(s.faults / s.kills) : 0,
  },
  {
    metric: 'campaign commits reported',
    value: s.commits,
    unit: 'versions',
    baseline: { name: 'operations', value: s.operations },
    ratio: s.operations ? r2(s.commits / s.operations) : 0,
  },
  {
    metric: 'campaign invariant violations',
    value: s.violations.length,
    unit: 'violations',
    baseline: { name: 'target', value: 0 },
    ratio: s.violations.length === 0 ? 1 : 0,
  },
  {
    metric: 'campaign wall time',
    value: r2(seconds),
    unit: 's',
    baseline: { name: 'per round', value: r2(seconds / Math.max(1, s.rounds)) },
    ratio: Math.max(1, s.rounds),
  },
];
const machine = machineInfo(tmpdir());
const file = writeResults(join(REPO, 'bench/results'), 'campaign', machine, results);
printTable(results, [
  `seed ${s.seed}: ${s.rounds} rounds, ${s.operations} operations, ${s.faults} faults, ${s.kills} kills, ${s.violations.length} violations in ${s.violatingRounds} rounds`,
  ...s.violations.slice(0, 20).map((v) => `round ${v.round} (${v.invariant}) ${v.detail.slice(0, 300)}`),
  `trace: ${traceFile}`,
  `written: ${file}`,
]);
