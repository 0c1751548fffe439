// Results: {metric, value, unit, baseline:{name, value}, ratio}, a table on stdout, a JSON file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const round = (x, digits = 3) => Number(x.toPrecision(digits + 1));

/** Throughput-like metric (higher is better): ratio = ours / baseline. */
export function higherIsBetter(metric, value, unit, baselineName, baselineValue) {
  return {
    metric,
    value: round(value),
    unit,
    baseline: { name: baselineName, value: round(baselineValue) },
    ratio: round(value / baselineValue),
  };
}

/** Time/size-like metric (lower is better): ratio = baseline / ours. */
export function lowerIsBetter(metric, value, unit, baselineName, baselineValue) {
  return {
    metric,
    value: round(value),
    unit,
    baseline: { name: baselineName, value: round(baselineValue) },
    ratio: round(baselineValue / value),
  };
}

export function printTable(results, notes = []) {
  const rows = [
    ['metric', 'DuPhong', 'baseline', 'value', 'ratio'],
    ...results.map((r) => [
      r.metric,
      `${r.value} ${r.unit}`,
      r.baseline.name,
      `${r.baseline.value} ${r.unit}`,
      `${r.ratio.toFixed(2)}${r.ratio >= 1 ? '' : ' ▼'}`,
    ]),
  ];
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => [...row[i]].length)));
  const line = (row) => `| ${row.map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length)).join(' | ')} |`;
  const out = [line(rows[0]), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.slice(1).map(line)];
  process.stdout.write(`${out.join('\n')}\n`);
  for (const n of notes) process.stdout.write(`  ${n}\n`);
}

/** bench/results/<yyyy-mm-dd>-<name>.json (local date), exactly {machine:{cpus, node, disk}, results}. */
export function writeResults(dir, name, machine, results) {
  mkdirSync(dir, { recursive: true });
  const d = new Date();
  const date = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const file = join(dir, `${date}-${name}.json`);
  writeFileSync(file, `${JSON.stringify({ machine: { cpus: machine.cpus, node: machine.node, disk: machine.disk }, results }, null, 2)}\n`);
  return file;
}
