#!/usr/bin/env node
// `npm run bench -- --only large-scan [--pages N]`: a multi-page TIFF of N A4 300 dpi colour pages
// (80 ≈ 2 GB; half of each page noise, so it compresses about 2:1 like a real colour scan) made into
// the PDF ocrmypdf reads: DuPhong's page-by-page path (packages/server/src/digitisation/images-to-pdf.ts)
// against `img2pdf` alone, and `cp` of the TIFF as the disk's limit, in the same run. Peak memory
// (max RSS of the process tree, GNU time) and seconds; lower is better, ratio = baseline / DuPhong.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lowerIsBetter, printTable, writeResults } from './lib/report.mjs';
import { machineInfo } from './lib/sys.mjs';

const argv = process.argv.slice(2);
const PAGES = argv.includes('--pages') ? Number(argv[argv.indexOf('--pages') + 1]) : 80;
const REPO = fileURLToPath(new URL('..', import.meta.url));
const PYTHON = '/usr/bin/python3';
const TIME = '/usr/bin/time';
for (const tool of [PYTHON, TIME])
  if (!existsSync(tool)) throw new Error(`${tool} is missing (Debian packages python3-img2pdf via ocrmypdf, time)`);

const MAKE_TIFF = `
import os, sys
from PIL import Image
w, h = 2480, 3508
def page(i):
    im = Image.new('RGB', (w, h), 'white')
    im.paste(Image.frombytes('RGB', (w, h // 2), os.urandom(w * (h // 2) * 3)), (0, 0))
    return im
page(0).save(sys.argv[1], save_all=True, append_images=(page(i) for i in range(1, int(sys.argv[2]))), dpi=(300, 300), compression=None)
`;

/** Run under GNU time: seconds and the peak RSS (MB) of the process tree. */
function measured(cmd, args) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(TIME, ['-f', '%M', cmd, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err = (err + d).slice(-4000)));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`${cmd} ${args.join(' ')} → ${code}\n${err}`));
      const kb = Number(err.trim().split('\n').pop());
      resolve({ seconds: Number(process.hrtime.bigint() - started) / 1e9, mb: kb / 1024 });
    });
  });
}

const work = mkdtempSync(join(tmpdir(), 'dp-bench-large-scan-'));
try {
  const tiff = join(work, 'ho-so.tif');
  process.stderr.write(`making a ${PAGES}-page TIFF…\n`);
  await measured(PYTHON, ['-c', MAKE_TIFF, tiff, String(PAGES)]);
  const size = statSync(tiff).size;
  const copy = await measured('cp', [tiff, join(work, 'ban-sao.tif')]);
  rmSync(join(work, 'ban-sao.tif'));
  const img2pdf = await measured(PYTHON, ['-m', 'img2pdf', '--pillow-limit-break', '-o', join(work, 'img2pdf.pdf'), '--', tiff]);
  rmSync(join(work, 'img2pdf.pdf'));
  mkdirSync(join(work, 'duphong'));
  const driver = `
    const { imagesToPdf } = await import(${JSON.stringify(join(REPO, 'packages/server/dist/digitisation/images-to-pdf.js'))});
    await imagesToPdf(${JSON.stringify(PYTHON)}, [${JSON.stringify(tiff)}], undefined, ${JSON.stringify(join(work, 'duphong'))}, {});
  `;
  const ours = await measured(process.execPath, ['--input-type=module', '-e', driver]);
  const results = [
    lowerIsBetter('peak memory, TIFF → PDF', ours.mb, 'MB', 'img2pdf', img2pdf.mb),
    lowerIsBetter('time, TIFF → PDF', ours.seconds, 's', 'img2pdf', img2pdf.seconds),
    lowerIsBetter('time, TIFF → PDF vs copying it', ours.seconds, 's', 'cp', copy.seconds),
  ];
  printTable(results, [
    `${PAGES} pages, ${(size / 2 ** 30).toFixed(2)} GB TIFF; DuPhong's memory does not grow with the document (one page at a time)`,
  ]);
  process.stdout.write(`${writeResults(join(REPO, 'bench/results'), 'large-scan', machineInfo(work), results)}\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
