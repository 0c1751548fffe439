#!/usr/bin/env node
// `npm run bench [-- --quick]`: every DuPhong benchmark, one after another — the pipeline (ingest,
// audit, export, memory), catalog import, search, CLI start-up and the fault campaign — each writing its own bench/results/*.json.
// Quick sizes: pipeline --quick, 10,000 rows, 20,000 documents; full: 100,000 rows, 1,000,000 documents.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = argv.includes('--only') ? argv[argv.indexOf('--only') + 1] : undefined;
const dir = fileURLToPath(new URL('.', import.meta.url));
const passOn = argv.filter((a, i) => a !== '--only' && argv[i - 1] !== '--only');
const runs = [
  ['pipeline', ['run.mjs', ...passOn]],
  ['catalog-import', ['catalog-import.mjs', '--rows', quick ? '10000' : '100000']],
  ['search', ['search.mjs', '--docs', quick ? '20000' : '1000000', '--engine', 'both']],
  ['startup', ['startup.mjs', '--runs', quick ? '7' : '21']],
  ['campaign', ['campaign.mjs', ...(quick ? ['--quick'] : [])]],
  ['digitise', ['digitise.mjs', '--pages', quick ? '24' : '120']],
  ['large-scan', ['large-scan.mjs', '--pages', quick ? '20' : '80']],
  ['report-statistics', ['report-statistics.mjs', '--files', quick ? '1000' : '20000']],
  ['handover', ['handover.mjs', ...(quick ? ['--quick'] : [])]],
];

let failed = 0;
for (const [name, args] of runs) {
  if (only !== undefined && only !== name) continue;
  process.stderr.write(`\n=== bench: ${name} (${args.join(' ')}) ===\n`);
  const r = spawnSync(process.execPath, [`${dir}${args[0]}`, ...args.slice(1)], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    process.stderr.write(`bench ${name} failed (exit ${r.status})\n`);
  }
}
process.exit(failed === 0 ? 0 : 1);
