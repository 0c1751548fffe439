#!/usr/bin/env node
// `node bench/search.mjs [--docs 1000000] [--engine sqlite|postgres|both] [--queries 500] [--keep-data]`
// Search over the archival description: loads a generated catalogue of N documents through
// `catalogue.records` (in transactions), then runs mixed queries through `catalogue.search` and
// reports p50/p95/p99 per engine against a plain LIKE '%…%' scan over search_text on the same
// table, in the same run. Writes bench/results/<yyyy-mm-dd>-search.json. Needs `npm run build`.
// PostgreSQL: DUPHONG_BENCH_PG_URL (default DUPHONG_TEST_PG_URL, else postgres://postgres@127.0.0.1:5432/test).
import { mkdirSync, rmSync, createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { foldVietnamese } from '@duphong/core';
import { REPO } from './lib/duphong.mjs';
import { machineInfo } from './lib/sys.mjs';
import { higherIsBetter, lowerIsBetter, printTable, writeResults } from './lib/report.mjs';
import { AGENCIES, description, PLACES, pick, rng, SUBJECTS, TYPES, FONDS_COUNT } from './lib/search-data.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const DOCS = Number(opt('--docs', '100000'));
const ENGINES = opt('--engine', 'both') === 'both' ? ['sqlite', 'postgres'] : [opt('--engine', 'both')];
const QUERIES = Number(opt('--queries', '500'));
const BASELINE_EVERY = 5; // the LIKE scan reads the whole table: run it on every 5th query
const PG_URL = process.env.DUPHONG_BENCH_PG_URL ?? process.env.DUPHONG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const PG_SCHEMA = 'duphong_bench_search';
const DATA = join(REPO, 'bench/data');
const STAFF = ['01', '02', '03'];
const PUBLIC = ['01'];

const t0 = Date.now();
const log = (msg) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${msg}\n`);
const dist = (rel) => join(REPO, 'packages/server/dist/adapters/catalogue', rel);

/** ~500 queries: folded, accented, prefix, phrase, and each of those with filters; public or staff. */
function makeQueries(n) {
  const r = rng(7);
  const firstWords = (s, k) => s.split(' ').slice(0, k).join(' ');
  const makers = [
    ['folded', () => `${foldVietnamese(pick(r, TYPES)[1])} ${foldVietnamese(pick(r, PLACES))}`],
    ['accented', () => `${pick(r, TYPES)[1]} ${pick(r, AGENCIES)}`],
    ['accented', () => `${pick(r, SUBJECTS)} ${pick(r, PLACES)}`],
    ['prefix', () => `${firstWords(pick(r, SUBJECTS), 1)} ${pick(r, PLACES).split(' ')[0].slice(0, 3)}`],
    ['phrase', () => `"${pick(r, SUBJECTS)}" ${foldVietnamese(pick(r, PLACES))}`],
  ];
  const filters = [
    () => ({ fondsCode: `P${String(1 + Math.floor(r() * FONDS_COUNT)).padStart(3, '0')}` }),
    () => {
      const from = 1975 + Math.floor(r() * 45);
      return { yearFrom: from, yearTo: from + 5 };
    },
    () => ({ typeNames: [pick(r, TYPES)[0]] }),
    () => ({ modes: ['01'] }),
  ];
  return Array.from({ length: n }, () => {
    const [kind, make] = pick(r, makers);
    const q = { kind, text: make(), allowedModes: r() < 0.4 ? PUBLIC : STAFF, filters: {} };
    if (r() < 0.35) {
      q.kind += '+filter';
      q.filters = pick(r, filters)();
    }
    return q;
  });
}

async function openEngine(engine) {
  if (engine === 'sqlite') {
    mkdirSync(DATA, { recursive: true });
    const file = join(DATA, `search-${DOCS}.sqlite`);
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
    const { openSqliteCatalogue } = await import(dist('sqlite.js'));
    return { catalogue: await openSqliteCatalogue(file), cleanup: () => argv.includes('--keep-data') || rmSync(file, { force: true }) };
  }
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`drop schema if exists ${PG_SCHEMA} cascade`);
  await client.end();
  const { openPostgresCatalogue } = await import(dist('postgres.js'));
  return { catalogue: await openPostgresCatalogue(PG_URL, { schema: PG_SCHEMA, max: 4 }), cleanup: () => undefined };
}

async function load(catalogue) {
  const started = performance.now();
  let rows = 0;
  let batch = [];
  const flush = async () => {
    const items = batch;
    batch = [];
    await catalogue.transaction(async (tx) => {
      for (const { kind, value } of items) {
        if (kind === 'fonds') await tx.records.putFonds(value);
        else if (kind === 'holding') await tx.records.putHolding(value);
        else if (kind === 'file') await tx.records.putFile(value);
        else await tx.records.putDocument(value);
      }
    });
  };
  for (const item of description(DOCS)) {
    batch.push(item);
    if (item.kind === 'file' || item.kind === 'document') rows += 1;
    if (batch.length === 2000) {
      await flush();
      if (rows % 100_000 < 2000) log(`  loaded ${rows} rows`);
    }
  }
  await flush();
  return { rows, seconds: (performance.now() - started) / 1000 };
}

/** The baseline for loading: the same rows written as NDJSON to a file (no index at all). */
async function exportBaseline() {
  const file = join(DATA, 'search-export.ndjson');
  mkdirSync(DATA, { recursive: true });
  const started = performance.now();
  const out = createWriteStream(file);
  let rows = 0;
  for (const item of description(DOCS)) {
    if (item.kind !== 'file' && item.kind !== 'document') continue;
    rows += 1;
    if (!out.write(`${JSON.stringify(item.value)}\n`)) await new Promise((ok) => out.once('drain', ok));
  }
  await new Promise((ok) => out.end(ok));
  const seconds = (performance.now() - started) / 1000;
  rmSync(file, { force: true });
  return { rows, seconds };
}

/** Plain LIKE scan: every folded word as '%w%' over documents.search_text, counted. No index, ranking or facets. */
async function likeScan(catalogue, text) {
  const { sql } = await import('kysely');
  const words = foldVietnamese(text).split(' ').filter(Boolean);
  const where = sql.join(
    words.map((w) => sql`search_text like ${`%${w}%`}`),
    sql` and `,
  );
  await sql`select count(*) as n from documents where ${where}`.execute(catalogue.db);
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function runEngine(engine, queries, answers) {
  log(`${engine}: loading ${DOCS} documents through catalogue.records`);
  const { catalogue, cleanup } = await openEngine(engine);
  try {
    const loaded = await load(catalogue);
    log(`${engine}: ${loaded.rows} rows in ${loaded.seconds.toFixed(1)} s (${Math.round(loaded.rows / loaded.seconds)} rows/s)`);
    if (engine === 'postgres') await (await import('kysely')).sql`analyze`.execute(catalogue.db);
    for (const q of queries.slice(0, 20)) await catalogue.search.search(q.text, { allowedModes: q.allowedModes, filters: q.filters });
    const times = [];
    const byKind = {};
    for (const [i, q] of queries.entries()) {
      const started = performance.now();
      const result = await catalogue.search.search(q.text, { allowedModes: q.allowedModes, filters: q.filters, limit: 20 });
      const ms = performance.now() - started;
      times.push(ms);
      (byKind[q.kind] ??= []).push(ms);
      const answer = `${result.total}|${result.hits.map((h) => h.code).join(',')}`;
      if (answers[i] === undefined) answers[i] = answer;
      else if (answers[i] !== answer) answers.mismatches = (answers.mismatches ?? 0) + 1;
    }
    const baseline = [];
    for (const q of queries.filter((_, i) => i % BASELINE_EVERY === 0)) {
      const started = performance.now();
      await likeScan(catalogue, q.text);
      baseline.push(performance.now() - started);
    }
    for (const [kind, xs] of Object.entries(byKind))
      log(
        `  ${engine} ${kind.padEnd(16)} n=${String(xs.length).padStart(3)} p50 ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms`,
      );
    return { engine, loaded, times, baseline };
  } finally {
    await catalogue.close();
    cleanup();
  }
}

async function main() {
  const queries = makeQueries(QUERIES);
  const answers = [];
  const results = [];
  const exported = await exportBaseline();
  for (const engine of ENGINES) {
    const run = await runEngine(engine, queries, answers);
    const label = `${engine}, ${DOCS.toLocaleString('en')} documents`;
    results.push(
      higherIsBetter(
        `search: load through catalogue.records (${label})`,
        run.loaded.rows / run.loaded.seconds,
        'rows/s',
        'NDJSON export of the same rows (no index)',
        exported.rows / exported.seconds,
      ),
    );
    for (const p of [50, 95, 99])
      results.push(
        lowerIsBetter(
          `search: p${p} latency, ${QUERIES} mixed queries with facets (${label})`,
          percentile(run.times, p),
          'ms',
          `LIKE '%…%' scan over search_text, count only (every ${BASELINE_EVERY}th query)`,
          percentile(run.baseline, p),
        ),
      );
  }
  const notes = [
    `engines agree on total and hits for every query: ${ENGINES.length < 2 ? 'n/a (one engine)' : answers.mismatches ? `NO (${answers.mismatches} differ)` : 'yes'}`,
  ];
  printTable(results, notes);
  const file = writeResults(join(REPO, 'bench/results'), 'search', machineInfo(DATA), results);
  log(`wrote ${file}`);
  if (answers.mismatches) process.exitCode = 3;
}

await main();
