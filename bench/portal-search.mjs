#!/usr/bin/env node
// `node bench/portal-search.mjs [--records 1000000] [--queries 500] [--cap 1000] [--keep-data] [--reuse]`
// The national portal's search (decision 0027) on PostgreSQL: seeds N harvested records from
// 34 provinces and ministries with one INSERT … SELECT generate_series (titles built from the
// search bench's Vietnamese vocabulary, `words` folded the way the harvester folds them), then
// runs a mix of queries through `catalogue.portal.search` — total (exact up to --cap), province
// and fonds facets and a page of 20, as GET /api/portal/search asks — and, on the same table and
// data in the same run, the bare full-text query: `to_tsvector('simple', words) @@ q` with a GIN
// index on that expression (added by the bench), exact count(*) and top 20 by ts_rank. Reports p50/p95/p99 and the ratios; writes bench/results/<date>-portal-search.json.
// The bare query reads every match: it runs on every 5th query. `--keep-data` keeps the schema and
// `--reuse` runs the queries on a kept one of the same size (seeding 1M takes minutes). Needs `npm run build`. PostgreSQL: DUPHONG_BENCH_PG_URL (default DUPHONG_TEST_PG_URL, else local).
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { foldVietnamese, parseQuery } from '@duphong/core';
import { REPO } from './lib/duphong.mjs';
import { machineInfo } from './lib/sys.mjs';
import { lowerIsBetter, printTable, writeResults } from './lib/report.mjs';
import { AGENCIES, PLACES, pick, rng, SUBJECTS, TYPES } from './lib/search-data.mjs';

const argv = process.argv.slice(2);
const opt = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);
const RECORDS = Number(opt('--records', '1000000'));
const QUERIES = Number(opt('--queries', '500'));
const CAP = Number(opt('--cap', '1000'));
const PG_URL = process.env.DUPHONG_BENCH_PG_URL ?? process.env.DUPHONG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const SCHEMA = 'duphong_bench_portal';
const FONDS = 3000;
const BASELINE_EVERY = 5;
const PROVINCES = [...PLACES.filter((p) => !p.includes(' ') || p.split(' ').length <= 3)]
  .slice(0, 30)
  .concat(['Bộ Nội vụ', 'Bộ Quốc phòng', 'Bộ Công an', 'Bộ Ngoại giao']);

const t0 = Date.now();
const log = (msg) => process.stderr.write(`[${((Date.now() - t0) / 1000).toFixed(0).padStart(5)} s] ${msg}\n`);
const dist = (rel) => join(REPO, 'packages/server/dist/adapters/catalogue', rel);

const types = TYPES.map((t) => t[1]);
/** One statement: row i's title from the vocabulary by cheap hashes of i; its words folded the same way. */
async function seed(client) {
  const arr = (xs) => xs;
  const started = performance.now();
  // The migration's GIN index is built once after the load (as a restore would), not row by row.
  const { rows: idx } = await client.query(`select indexdef from pg_indexes where schemaname = $1 and indexname = 'portal_records_terms'`, [
    SCHEMA,
  ]);
  await client.query('drop index portal_records_terms');
  await client.query(
    `insert into portal_records (peer_id, oai_id, file_code, title, dates, fonds_code, fonds_name, unit, province, access, url, datestamp, words)
     select 'peer-' || (i % $5), 'oai:peer-' || (i % $5) || ':H' || i, 'H' || (i % $5) || '.' || (i % $6) || '.' || i,
       t.title, (1960 + i % 60) || '-01-01/' || (1960 + i % 60) || '-12-31', 'P' || lpad((i % $6)::text, 4, '0'),
       'Phông lưu trữ số ' || (i % $6), 'unit-' || (i % $5), ($4::text[])[1 + i % $5],
       case when i % 20 = 0 then '03' when i % 20 = 1 then '02' else '01' end,
       'https://peer-' || (i % $5) || '.example/#/ho-so/H' || i, '2026-12-01T00:00:00Z',
       t.words || ' h' || (i % $5) || ' ' || (i % $6) || ' ' || i || ' ' || ($7::text[])[1 + i % $5]
     from generate_series(1, $8) as i,
     lateral (select
       ($1::text[])[1 + (i * 7) % cardinality($1::text[])] || ' ' || ($2::text[])[1 + (i * 13) % cardinality($2::text[])] || ' về ' ||
         ($3::text[])[1 + (i * 31) % cardinality($3::text[])] || ' năm ' || (1960 + i % 60) as title,
       ($9::text[])[1 + (i * 7) % cardinality($9::text[])] || ' ' || ($10::text[])[1 + (i * 13) % cardinality($10::text[])] || ' ve ' ||
         ($11::text[])[1 + (i * 31) % cardinality($11::text[])] || ' nam ' || (1960 + i % 60) as words) t`,
    [
      arr(types),
      arr(AGENCIES),
      arr(SUBJECTS),
      PROVINCES,
      PROVINCES.length,
      FONDS,
      PROVINCES.map(foldVietnamese),
      RECORDS,
      types.map(foldVietnamese),
      AGENCIES.map(foldVietnamese),
      SUBJECTS.map(foldVietnamese),
    ],
  );
  await client.query(`set maintenance_work_mem = '512MB'`);
  await client.query(idx[0].indexdef);
  const seeded = (performance.now() - started) / 1000;
  await baselineIndex(client);
  return seeded;
}

/** The baseline's own index: the bare full-text query over the same words (an expression index). */
async function baselineIndex(client) {
  await client.query(`create index portal_bench_tsv on portal_records using gin (to_tsvector('simple', words))`);
  await client.query('vacuum analyze portal_records');
}

/** Folded, accented, prefix, phrase, rare; a third with a province or fonds facet chosen. */
function makeQueries(n) {
  const r = rng(11);
  const makers = [
    ['folded', () => `${foldVietnamese(pick(r, types))} ${foldVietnamese(pick(r, SUBJECTS).split(' ').slice(0, 2).join(' '))}`],
    ['accented', () => `${pick(r, types)} ${pick(r, AGENCIES)}`],
    ['prefix', () => `${pick(r, SUBJECTS).split(' ')[0]} ${foldVietnamese(pick(r, AGENCIES)).split(' ').at(-1).slice(0, 3)}`],
    ['phrase', () => `"${pick(r, SUBJECTS)}"`],
    ['one word', () => foldVietnamese(pick(r, types)).split(' ')[0]],
    ['rare', () => `${pick(r, SUBJECTS)} nam ${1960 + Math.floor(r() * 60)}`],
  ];
  return Array.from({ length: n }, () => {
    const [kind, make] = pick(r, makers);
    const q = { kind, text: make() };
    const f = r();
    if (f < 0.2) return { ...q, kind: `${kind}+province`, province: pick(r, PROVINCES) };
    if (f < 0.33) return { ...q, kind: `${kind}+fonds`, fonds: `P${String(Math.floor(r() * FONDS)).padStart(4, '0')}` };
    return q;
  });
}

/** The bare full-text query on the same GIN index: exact count and the top 20 by ts_rank. */
async function bare(client, tsq) {
  const tsv = `to_tsvector('simple', words)`;
  await client.query(`select count(*) from portal_records where access = '01' and ${tsv} @@ to_tsquery('simple', $1)`, [tsq]);
  await client.query(
    `select id, title from portal_records where access = '01' and ${tsv} @@ to_tsquery('simple', $1) order by ts_rank(${tsv}, to_tsquery('simple', $1)) desc limit 20`,
    [tsq],
  );
}

const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

async function main() {
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const kept = argv.includes('--reuse')
    ? await admin.query(`select count(*)::int as n from ${SCHEMA}.portal_records`).then(
        (r) => r.rows[0].n === RECORDS,
        () => false,
      )
    : false;
  if (!kept) await admin.query(`drop schema if exists ${SCHEMA} cascade`);
  const { openPostgresCatalogue } = await import(dist('postgres.js'));
  const { tsQueryText } = await import(dist('portal-match.js'));
  const catalogue = await openPostgresCatalogue(PG_URL, { schema: SCHEMA, max: 2 });
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  await client.query(`set search_path to ${SCHEMA}, public`);
  try {
    let seconds = Number.NaN;
    if (kept) {
      // A run stopped before its baseline index existed leaves the table without it.
      const has = await client.query(`select 1 from pg_indexes where schemaname = $1 and indexname = 'portal_bench_tsv'`, [SCHEMA]);
      if (has.rowCount === 0) await baselineIndex(client);
      log(`reusing ${RECORDS} portal records`);
    } else {
      log(`seeding ${RECORDS} portal records`);
      seconds = await seed(client);
      log(`seeded in ${seconds.toFixed(1)} s`);
    }
    const queries = makeQueries(QUERIES);
    const ask = (q) =>
      catalogue.portal.search({
        query: parseQuery(q.text),
        levels: ['01'],
        ...(q.province && { province: q.province }),
        ...(q.fonds && { fonds: q.fonds }),
        limit: 20,
        offset: 0,
        countCap: CAP,
      });
    for (const q of queries.slice(0, 30)) await ask(q); // warm the cache
    const times = [];
    const byKind = {};
    let capped = 0;
    for (const q of queries) {
      const started = performance.now();
      const result = await ask(q);
      const ms = performance.now() - started;
      if (result.totalCapped) capped += 1;
      times.push(ms);
      (byKind[q.kind] ??= []).push(ms);
    }
    const baseline = [];
    for (const q of queries.filter((_, i) => i % BASELINE_EVERY === 0)) {
      const parsed = parseQuery(q.text);
      if (parsed.elements.length === 0) continue;
      const started = performance.now();
      await bare(client, tsQueryText(parsed));
      baseline.push(performance.now() - started);
    }
    for (const [kind, xs] of Object.entries(byKind).sort())
      log(
        `  ${kind.padEnd(18)} n=${String(xs.length).padStart(3)} p50 ${percentile(xs, 50).toFixed(1)} ms  p95 ${percentile(xs, 95).toFixed(1)} ms`,
      );
    const label = `PostgreSQL, ${RECORDS.toLocaleString('en')} records`;
    const results = [50, 95, 99].map((p) =>
      lowerIsBetter(
        `portal search: p${p} latency, ${QUERIES} mixed queries with province and fonds facets, public (${label})`,
        percentile(times, p),
        'ms',
        `bare to_tsvector('simple', words) @@ tsquery, its GIN index: exact count(*) + top 20 by ts_rank, no facets (every ${BASELINE_EVERY}th query)`,
        percentile(baseline, p),
      ),
    );
    printTable(results, [
      `total exact up to ${CAP}, then "${CAP}+" (facets over those ${CAP}): ${capped} of ${QUERIES} queries were capped`,
      Number.isNaN(seconds)
        ? `reused ${RECORDS} records seeded by an earlier run`
        : `seeded ${RECORDS} records with one INSERT … SELECT in ${seconds.toFixed(1)} s`,
    ]);
    const file = writeResults(join(REPO, 'bench/results'), 'portal-search', machineInfo(join(REPO, 'bench')), results);
    log(`wrote ${file}`);
  } finally {
    await client.end();
    await catalogue.close();
    if (!argv.includes('--keep-data')) await admin.query(`drop schema if exists ${SCHEMA} cascade`);
    await admin.end();
  }
}

await main();
