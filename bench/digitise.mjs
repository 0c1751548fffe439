#!/usr/bin/env node
// `npm run bench -- --only digitise [--pages N]`: pages per minute through DuPhong's whole
// digitisation intake (receive, quality control, OCR + PDF/A, packaging, three verified copies)
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
  for (let d = 1; d * PER_DOC <= PAGES; d++) {
    const pages = await generateDocumentPages({
      seed: d,
      pages: PER_DOC,
      dir: join(work, 'gen', String(d)),
      dpi: 200,
      format: 'png',
      bodyLines: 12,
    });
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

  // DuPhong: the whole intake of the same scans into three verified copies.
  const home = join(work, 'home');
  await exec(process.execPath, [BIN, 'init', '--home', home]);
  const ctx = await openContext(home);
  const now = new Date().toISOString();
  await ctx.catalogue.records.putFile({
    code: CODE,
    fondsCode: null,
    title: 'Hồ sơ đo hiệu năng số hóa',
    fields: { arrangedDate: '2026-01-01', arrangedBy: 'bench' },
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  await ctx.close();
  t = process.hrtime.bigint();
  await exec(process.execPath, [BIN, 'digitize', scans, '--file', CODE, '--home', home]);
  const duphongS = Number(process.hrtime.bigint() - t) / 1e9;

  const perMinute = (s) => (pages * 60) / s;
  const results = [
    higherIsBetter(
      `digitise: ${pages} pages, scans → 3 verified PDF/A copies`,
      perMinute(duphongS),
      'pages/min',
      'img2pdf + ocrmypdf',
      perMinute(baselineS),
    ),
  ];
  printTable(results, [
    `${documents.length} documents of ${PER_DOC} pages, A4 200 dpi PNG, ${cores} at once; DuPhong ${duphongS.toFixed(1)} s, baseline ${baselineS.toFixed(1)} s`,
    `overhead ${(((duphongS - baselineS) / baselineS) * 100).toFixed(1)} % (aim ≤ 5 %: ratio ≥ 0.95)`,
  ]);
  process.stdout.write(`${writeResults(join(REPO, 'bench/results'), 'digitise', machineInfo(work), results)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
