#!/usr/bin/env node
// `npm run bench -- --only digitise [--pages N]`: pages per minute through DuPhong's whole
// digitisation workflow (batch from an approved list, receive, quality control, OCR + PDF/A,
// packaging, three verified copies; then the text searched)
// against `img2pdf` + `ocrmypdf` alone on the same pages with the same flags and the same
// parallelism (one process per document, as many as cores), in the same run. ratio = baseline
// time / DuPhong time: the aim is ≤ 5 % overhead, i.e. ratio ≥ 0.95.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { higherIsBetter, printTable, writeResults } from './lib/report.mjs';
import { machineInfo } from './lib/sys.mjs';
import { loadScanGenerator } from './lib/scan-generator.mjs';

const argv = process.argv.slice(2);
const PAGES = argv.includes('--pages') ? Number(argv[argv.indexOf('--pages') + 1]) : 60;
const PER_DOC = 3;
const REPO = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(REPO, 'packages/server/bin/duphong.js');
const { generateDocumentPages } = await loadScanGenerator();
const { openContext } = await import(join(REPO, 'packages/server/dist/app/context.js'));
const { foldVietnamese } = await import(join(REPO, 'packages/core/dist/index.js'));
const CODE = 'BENCH.2026.001';
const cores = availableParallelism();

function exec(cmd, args, env = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, DUPHONG_HOME: '', ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(' ')} → ${code}\n${err}`))));
  });
}

function capture(cmd, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, DUPHONG_HOME: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`${args.join(' ')} → ${code}\n${err}`))));
  });
}

async function pool(items, n, fn) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, items.length) }, async () => {
      while (next < items.length) await fn(items[next++]);
    }),
  );
}

const work = mkdtempSync(join(tmpdir(), 'duphong-bench-digitise-'));
try {
  // The same scans for both: A4 pages at 200 dpi, half a page of Vietnamese text each.
  const scans = join(work, 'scans');
  mkdirSync(scans);
  const documents = [];
  let phrase = '';
  for (let d = 1; d * PER_DOC <= PAGES; d++) {
    const pages = await generateDocumentPages({
      seed: d,
      pages: PER_DOC,
      dir: join(work, 'gen', String(d)),
      dpi: 200,
      format: 'png',
      bodyLines: 12,
    });
    // A phrase of a body line of the first page, without accents, to search for at the end.
    if (d === 1) phrase = foldVietnamese(pages[0].text.split('\n')[4].split(' ').slice(0, 4).join(' '));
    const doc = `${CODE}.${String(d).padStart(7, '0')}`;
    documents.push(
      pages.map((p, i) => {
        const target = join(scans, `${doc}.${String(i + 1).padStart(4, '0')}.png`);
        copyFileSync(p.path, target);
        return target;
      }),
    );
  }
  const pages = documents.length * PER_DOC;

  // Baseline: img2pdf + ocrmypdf per document, `cores` at once.
  const base = join(work, 'baseline');
  mkdirSync(base);
  let t = process.hrtime.bigint();
  await pool(
    documents.map((d, i) => [d, i]),
    cores,
    async ([images, i]) => {
      const joined = join(base, `${i}.in.pdf`);
      await exec('/usr/bin/python3', ['-m', 'img2pdf', ...images, '-o', joined]);
      await exec(
        'ocrmypdf',
        [
          '-q',
          '-l',
          'vie',
          '--output-type',
          'pdfa-2',
          '--optimize',
          '0',
          '--pdfa-image-compression',
          'lossless',
          '--jobs',
          '1',
          joined,
          join(base, `${i}.pdf`),
        ],
        { OMP_THREAD_LIMIT: '1' },
      );
    },
  );
  const baselineS = Number(process.hrtime.bigint() - t) / 1e9;

  // DuPhong: the whole workflow on the same scans — an approved backup list, a batch drawn from it,
  // the scans received, checked, converted, packaged into three verified copies — then a phrase of
  // a page found by search without accents.
  const home = join(work, 'home');
  const cli = (args) => exec(process.execPath, [BIN, ...args, '--home', home]);
  await cli(['init']);
  const ctx = await openContext(home);
  const now = new Date().toISOString();
  await ctx.catalogue.records.putFonds({
    code: 'BENCH',
    name: 'Phông đo hiệu năng',
    kind: 'fonds',
    status: 'open',
    unitId: 'province-2025-lao-cai',
    fields: {},
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  await ctx.catalogue.records.putFile({
    code: CODE,
    fondsCode: 'BENCH',
    title: 'Hồ sơ đo hiệu năng số hóa',
    fields: { maintenance: '01', mode: '01', arrangedDate: '2026-01-01', arrangedBy: 'bench' },
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  await ctx.close();
  await cli(['backup-list', 'recognize', CODE, '--decision', '01/QĐ-BENCH', '--date', '01/01/2026', '--issuer', 'Sở Nội vụ']);
  await cli(['backup-list', 'create', '--unit', 'province-2025-lao-cai', '--year', '2026', '--by', 'bench']);
  const LIST = 'DM-province-2025-lao-cai-2026-1';
  await cli(['backup-list', 'add', LIST, CODE, '--by', 'bench']);
  await cli(['backup-list', 'submit', LIST, '--by', 'bench']);
  await cli(['backup-list', 'approve', LIST, '--by', 'bench', '--decision', '02/QĐ-BENCH', '--date', '02/01/2026']);
  t = process.hrtime.bigint();
  const created = await capture(process.execPath, [BIN, 'digitize', 'batch', 'create', '--list', LIST, '--json', '--home', home]);
  const batch = JSON.parse(created).batch.id;
  await cli(['digitize', 'receive', batch, scans, '--no-review']);
  const receiveS = Number(process.hrtime.bigint() - t) / 1e9;
  await cli(['digitize', 'run', batch, '--no-review']);
  const duphongS = Number(process.hrtime.bigint() - t) / 1e9;
  const copies = JSON.parse(await capture(process.execPath, [BIN, 'copies', CODE, '--json', '--home', home]));
  const found = JSON.parse(await capture(process.execPath, [BIN, 'search', phrase, '--json', '--home', home]));
  if (copies.copies.filter((c) => c.status === 'ok').length !== 3) throw new Error(`copies not verified: ${JSON.stringify(copies)}`);
  if (!found.hits.some((h) => h.code.startsWith(CODE))) throw new Error(`"${phrase}" not found by search`);

  const perMinute = (s) => (pages * 60) / s;
  const results = [
    higherIsBetter(
      `digitise: ${pages} pages, approved list → 3 verified PDF/A copies`,
      perMinute(duphongS),
      'pages/min',
      'img2pdf + ocrmypdf',
      perMinute(baselineS),
    ),
  ];
  printTable(results, [
    `${documents.length} documents of ${PER_DOC} pages, A4 200 dpi PNG, ${cores} at once; DuPhong ${duphongS.toFixed(1)} s (receiving and quality control ${receiveS.toFixed(1)} s), baseline ${baselineS.toFixed(1)} s`,
    `overhead ${(((duphongS - baselineS) / baselineS) * 100).toFixed(1)} % (aim ≤ 5 %: ratio ≥ 0.95)`,
  ]);
  process.stdout.write(`${writeResults(join(REPO, 'bench/results'), 'digitise', machineInfo(work), results)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
