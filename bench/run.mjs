#!/usr/bin/env node
// `npm run bench [-- --quick] [--reps N] [--keep-data] [--name NAME] [--timeout SECONDS]`: DuPhong's ingest/audit pipeline
// through its real CLI against shell, rclone and openssl baselines run on the same data, in the
// same run. Prints a table; writes bench/results/<yyyy-mm-dd>-pipeline[-quick].json. See bench/README.md.
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ensureFileSet, remove, removeSet } from './lib/data.mjs';
import * as dp from './lib/duphong.mjs';
import * as base from './lib/baselines.mjs';
import { bytesUnder, countUnder, dropCaches, have, limits, machineInfo, median, timedSync, warm } from './lib/sys.mjs';
import { higherIsBetter, lowerIsBetter, printTable, writeResults } from './lib/report.mjs';

const argv = process.argv.slice(2);
const QUICK = argv.includes('--quick');
const KEEP_DATA = argv.includes('--keep-data');
const repsAt = argv.indexOf('--reps');
const REPS = repsAt >= 0 ? Math.max(1, Number(argv[repsAt + 1]) || 1) : 1;

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const PLAN = QUICK
  ? {
      large: { count: 3, size: 128 * MiB, label: '3×128 MiB' },
      small: { count: 1000, size: 200_000, label: '1,000×200 KB' },
      memBig: { size: 512 * MiB, label: '512 MiB' },
    }
  : {
      large: { count: 3, size: 1 * GiB, label: '3×1 GiB' },
      small: { count: 5000, size: 200_000, label: '5,000×200 KB' },
      memBig: { size: 4 * GiB, label: '4 GiB' },
    };
const MEM_SMALL = { size: 64 * MiB, label: '64 MiB' };
const nameAt = argv.indexOf('--name');
const NAME = nameAt >= 0 ? argv[nameAt + 1] : QUICK ? 'pipeline-quick' : 'pipeline';
const timeoutAt = argv.indexOf('--timeout');
limits.timeoutMs = 1000 * (timeoutAt >= 0 ? Number(argv[timeoutAt + 1]) : QUICK ? 300 : 1800);

const DATA = join(dp.REPO, 'bench/data');
const SRC = join(DATA, 'src');
const WORK = join(DATA, 'work');
const RESULTS = join(dp.REPO, 'bench/results');

const t0 = Date.now();
const details = [];
const log = (msg) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(4)} s] ${msg}\n`);
const s = (ms) => `${(ms / 1000).toFixed(2)} s`;
const MB = (bytes, ms) => bytes / 1e6 / (ms / 1000);

async function preflight() {
  const missing = ['rclone', 'openssl'].filter((tool) => !have(tool));
  if (missing.length > 0) {
    process.stderr.write(
      `\nBENCH CANNOT RUN: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed, and the baselines need ${missing.length > 1 ? 'them' : 'it'}.\n` +
        `Install the Debian packages with: sudo bash scripts/install-system-deps.sh\n\n`,
    );
    process.exit(2);
  }
  await dp.checkBuilt();
}

/**
 * Run each contender REPS times, interleaved (A B C A B C …). Before every timed run: prepare
 * (untimed), sync + drop the page cache, read the inputs once (untimed), so all contenders start
 * from the same cache state: inputs cached, nothing dirty. After it: a timed `sync`, then verify.
 */
async function compare(contenders, warmDirs) {
  const seen = new Map(contenders.map((c) => [c.name, { ms: [], syncMs: [], peakRssKiB: 0 }]));
  for (let rep = 1; rep <= REPS; rep++) {
    for (const c of contenders) {
      await c.prepare?.();
      dropCaches();
      warm(warmDirs);
      const r = await c.go();
      const syncMs = timedSync();
      await c.verify?.(r);
      const m = seen.get(c.name);
      m.ms.push(r.ms);
      m.syncMs.push(syncMs);
      m.peakRssKiB = Math.max(m.peakRssKiB, r.peakRssKiB);
      log(`  ${c.name}: ${s(r.ms)} (+ sync ${s(syncMs)}), peak RSS ${(r.peakRssKiB / 1024).toFixed(0)} MiB`);
      await c.cleanup?.();
    }
  }
  const out = {};
  for (const [name, m] of seen) out[name] = { ms: median(m.ms), syncMs: median(m.syncMs), peakRssKiB: m.peakRssKiB };
  return out;
}

/** Ingest one file set with DuPhong and both baselines; the DuPhong home is kept (for the audit). */
async function ingestScenario(set, code, home) {
  const dests = ['d1', 'd2', 'd3'].map((d) => join(WORK, `dest-${code}`, d));
  const destsOk = () => {
    const got = bytesUnder(join(WORK, `dest-${code}`));
    if (got !== 3 * set.bytes) throw new Error(`baseline copied ${got} bytes, expected ${3 * set.bytes}`);
  };
  return compare(
    [
      {
        name: 'DuPhong',
        prepare: async () => {
          remove(home);
          await dp.init(home);
        },
        go: () => dp.ingest(home, set.dir, code, `Benchmark ${code}`),
        verify: async (r) => {
          if (r.json?.files !== set.files || r.json?.bytes !== set.bytes)
            throw new Error(`ingest ${code}: unexpected result ${JSON.stringify(r.json)}`);
          await dp.expectCopiesOk(home, code);
        },
      },
      {
        name: 'shell',
        prepare: () => remove(join(WORK, `dest-${code}`)),
        go: () => base.shellCopyHash(set.dir, dests),
        verify: destsOk,
        cleanup: () => remove(join(WORK, `dest-${code}`)),
      },
      {
        name: 'rclone',
        prepare: () => remove(join(WORK, `dest-${code}`)),
        go: () => base.rcloneCopyCheck(set.dir, dests, WORK),
        verify: destsOk,
        cleanup: () => remove(join(WORK, `dest-${code}`)),
      },
    ],
    [set.dir],
  );
}

function ingestRows(label, unit, amount, t) {
  const rate = (ms) => amount / (ms / 1000);
  const value = unit === 'MB/s' ? (ms) => amount / 1e6 / (ms / 1000) : rate;
  const ours = t.DuPhong;
  return [
    higherIsBetter(`ingest ${label} → 3 sites`, value(ours.ms), unit, base.SHELL_NAME, value(t.shell.ms)),
    higherIsBetter(`ingest ${label} → 3 sites`, value(ours.ms), unit, base.RCLONE_NAME, value(t.rclone.ms)),
    higherIsBetter(
      `ingest ${label} → 3 sites, + sync`,
      value(ours.ms + ours.syncMs),
      unit,
      `${base.SHELL_NAME} + sync`,
      value(t.shell.ms + t.shell.syncMs),
    ),
    higherIsBetter(
      `ingest ${label} → 3 sites, + sync`,
      value(ours.ms + ours.syncMs),
      unit,
      `${base.RCLONE_NAME} + sync`,
      value(t.rclone.ms + t.rclone.syncMs),
    ),
  ];
}

async function auditScenario(label, home, objects) {
  const sites = join(home, 'sites');
  const bytes = bytesUnder(sites, '*/content/*');
  const files = countUnder(sites, '*/content/*');
  log(`audit ${label}: ${files} stored content files, ${(bytes / 1e6).toFixed(0)} MB over all copies`);
  const t = await compare(
    [
      {
        name: 'DuPhong',
        go: () => dp.audit(home),
        verify: (r) => {
          const j = r.json;
          if (j?.checked !== 3 * objects || j.damaged !== 0)
            throw new Error(`audit ${label}: unexpected ${JSON.stringify(j).slice(0, 500)}`);
        },
      },
      { name: 'openssl', go: () => base.opensslAudit(sites) },
    ],
    [sites],
  );
  return [
    higherIsBetter(
      `audit --all, ${label} (3 copies, ${(bytes / 1e9).toFixed(2)} GB)`,
      MB(bytes, t.DuPhong.ms),
      'MB/s',
      base.OPENSSL_AUDIT_NAME,
      MB(bytes, t.openssl.ms),
    ),
  ];
}

/** Export the head version as a TT05 AIP zip (re-hashing every file on the way) against zip -0 of one copy. */
async function exportScenario(label, home, code, bytes) {
  const content = findDir(join(home, 'sites', 'bac'), 'content');
  const out = join(WORK, 'export');
  const t = await compare(
    [
      {
        name: 'DuPhong',
        prepare: () => remove(out),
        go: () => dp.exportAip(home, code, out),
        verify: (r) => {
          if (!(r.json?.bytes >= bytes)) throw new Error(`export ${code}: unexpected ${JSON.stringify(r.json)}`);
        },
        cleanup: () => remove(out),
      },
      {
        name: 'zip',
        prepare: () => remove(out),
        go: () => {
          mkdirSync(out, { recursive: true });
          return base.zipStore(content, join(out, 'baseline.zip'));
        },
        cleanup: () => remove(out),
      },
    ],
    [content],
  );
  details.push(
    `export aip ${label}: DuPhong peak RSS ${(t.DuPhong.peakRssKiB / 1024).toFixed(0)} MiB, zip ${(t.zip.peakRssKiB / 1024).toFixed(0)} MiB`,
  );
  return [
    higherIsBetter(
      `export aip ${label} (zip, SHA-256 verified)`,
      MB(bytes, t.DuPhong.ms),
      'MB/s',
      base.ZIP_STORE_NAME,
      MB(bytes, t.zip.ms),
    ),
  ];
}

/** The first folder named `name` under `root` (the object's v1/content). */
function findDir(root, name) {
  for (const entry of readdirSync(root, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const path = join(root, entry.name);
    if (entry.name === name) return path;
    const found = findDir(path, name);
    if (found) return found;
  }
  return undefined;
}

async function startupScenario(home, code) {
  // Warm, then 5 interleaved invocations each; no cache dropping (this is the fixed cost per command).
  await dp.copies(home, code);
  await base.nodeEmpty();
  const ours = [];
  const floor = [];
  for (let i = 0; i < 5; i++) {
    ours.push((await dp.copies(home, code)).ms);
    floor.push((await base.nodeEmpty()).ms);
  }
  return lowerIsBetter(
    'CLI fixed cost: `copies CODE` (start-up + open catalogue)',
    median(ours),
    'ms',
    base.NODE_EMPTY_NAME,
    median(floor),
  );
}

async function memoryScenario() {
  const peaks = {};
  for (const [key, spec] of [
    ['small', MEM_SMALL],
    ['big', PLAN.memBig],
  ]) {
    const set = await ensureFileSet(join(SRC, `mem-${key}`), 1, spec.size);
    const home = join(WORK, `dp-mem-${key}`);
    remove(home);
    await dp.init(home);
    dropCaches();
    warm([set.dir]);
    const r = await dp.ingest(home, set.dir, `MEM-${key.toUpperCase()}`, `Memory ${spec.label}`);
    peaks[key] = r.peakRssKiB / 1024;
    log(`  ingest 1×${spec.label}: ${s(r.ms)} (${MB(set.bytes, r.ms).toFixed(0)} MB/s), peak RSS ${peaks[key].toFixed(1)} MiB`);
    remove(home);
    if (key === 'big') removeSet(set.dir);
  }
  const growth = peaks.big / peaks.small;
  return [
    lowerIsBetter(`peak RSS, ingest 1×${PLAN.memBig.label} file`, peaks.big, 'MiB', `same CLI, 1×${MEM_SMALL.label} file`, peaks.small),
    lowerIsBetter(`memory growth: peak RSS(${PLAN.memBig.label}) / peak RSS(${MEM_SMALL.label})`, growth, '×', 'flat memory (1.0)', 1),
  ];
}

async function main() {
  await preflight();
  const machine = machineInfo(dp.REPO);
  log(
    `DuPhong pipeline bench (${QUICK ? 'quick' : 'full'}, ${REPS} rep${REPS > 1 ? 's' : ''}) on ${machine.cpus} CPUs (${machine.extra.cpuModel}), ${machine.extra.ramGiB} GiB RAM, ${machine.disk}, Node ${machine.node}`,
  );
  log(`${machine.extra.openssl}; ${machine.extra.rclone}`);
  mkdirSync(WORK, { recursive: true });
  const results = [];
  try {
    log(`generating random data under ${DATA} …`);
    const large = await ensureFileSet(join(SRC, 'large'), PLAN.large.count, PLAN.large.size);
    const small = await ensureFileSet(join(SRC, 'small'), PLAN.small.count, PLAN.small.size);

    const largeHome = join(WORK, 'dp-large');
    log(`ingest ${PLAN.large.label}:`);
    const tl = await ingestScenario(large, 'LARGE', largeHome);
    results.push(...ingestRows(PLAN.large.label, 'MB/s', large.bytes, tl));

    const smallHome = join(WORK, 'dp-small');
    log(`ingest ${PLAN.small.label}:`);
    const ts = await ingestScenario(small, 'SMALL', smallHome);
    results.push(...ingestRows(PLAN.small.label, 'files/s', small.files, ts));

    log('audit:');
    results.push(...(await auditScenario(PLAN.large.label, largeHome, 1)));
    results.push(...(await auditScenario(PLAN.small.label, smallHome, 1)));

    log('export aip:');
    results.push(...(await exportScenario(PLAN.large.label, largeHome, 'LARGE', large.bytes)));

    log('CLI fixed cost:');
    const startup = await startupScenario(smallHome, 'SMALL');
    results.push(startup);
    remove(largeHome, smallHome);

    log('memory:');
    results.push(...(await memoryScenario()));

    for (const [label, t] of [
      [PLAN.large.label, tl],
      [PLAN.small.label, ts],
    ])
      details.push(
        `ingest ${label}: ` +
          Object.entries(t)
            .map(([n, m]) => `${n} ${s(m.ms)} + sync ${s(m.syncMs)} (peak RSS ${(m.peakRssKiB / 1024).toFixed(0)} MiB)`)
            .join('; '),
      );
  } finally {
    remove(WORK);
    if (!KEEP_DATA) remove(DATA);
    else removeSet(join(SRC, 'large'));
  }

  process.stdout.write(`\nDuPhong pipeline bench — ${QUICK ? 'quick' : 'full'} — ${new Date().toISOString()}\n`);
  process.stdout.write(
    `${machine.cpus} CPUs (${machine.extra.cpuModel}), ${machine.extra.ramGiB} GiB RAM, disk ${machine.disk}, Node ${machine.node}, ${machine.extra.openssl}, ${machine.extra.rclone}\n\n`,
  );
  printTable(results, [
    'All times are wall-clock of whole invocations, process start included (Node start-up and module loading for DuPhong; bash, cp, openssl, rclone processes for the baselines).',
    `Page cache: before every timed run: sync + drop_caches, then the inputs are read once, untimed (every contender starts with its inputs cached, nothing dirty); ${REPS} run(s) each, interleaved, median.`,
    '"+ sync" rows add the `sync` run right after each contender: cp and rclone leave their writes dirty in the page cache, DuPhong makes every copy durable (syncfs) before it counts.',
    'MB = 10^6 bytes. ratio > 1: DuPhong better (throughput: ours/baseline; time, memory: baseline/ours). ▼ = DuPhong worse.',
    `Target: ingest of small files ≥ 200 files/s; audit ≥ 0.9× openssl; memory growth ≈ 1.0.`,
    ...details,
  ]);
  const file = writeResults(RESULTS, NAME, machine, results);
  process.stdout.write(`\nresults: ${file}\n`);
}

main().catch((error) => {
  process.stderr.write(`\nbench failed: ${error.stack ?? error}\n`);
  process.exit(1);
});
