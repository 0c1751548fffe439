import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrors } from '../../../core/src/digitisation/cer.js';
import { generateDocumentPages, type GeneratedPage, type GenerateOptions } from '../testing/scan-generator.js';
import { convertToPdfa, type ConvertResult } from './convert-pdfa.js';
import { requireOcrTools } from './ocr-tools.js';
import { runTool } from './run-tool.js';

/**
 * OCR quality on generated Vietnamese scans (docs/digitisation-ocr.md records the figures).
 * 20 pages of OCR in all: the suite runs on 2 cores in CI.
 */
// Measured 2026-12-04 (tesseract 5.3.0 vie): clean 0.12 % at 200 dpi, 0.22 % at 300 dpi; noise
// 3.2 %, skew 2° 0.19 %, greyscale 0.20 %, 100 dpi 0.26 %. The limits keep a margin of 3–5×.
const CLEAN_CER_MAX = 0.01;
const DEGRADED_CER_MAX: Record<string, number> = { noise: 0.1, skew: 0.01, grayscale: 0.01, 'low-resolution': 0.02 };

interface Run {
  pages: GeneratedPage[];
  result: ConvertResult;
}

let root: string;
const runs = new Map<string, Run>();

async function convert(label: string, parts: Omit<GenerateOptions, 'dir'>[]): Promise<Run> {
  const pages: GeneratedPage[] = [];
  for (const [i, part] of parts.entries()) pages.push(...(await generateDocumentPages({ ...part, dir: join(root, label), name: `p${i}` })));
  const result = await convertToPdfa({ images: pages.map((p) => p.path) }, join(root, `${label}.pdf`), { workDir: join(root, 'work') });
  const run = { pages, result };
  runs.set(label, run);
  return run;
}

function cer(run: Run): number {
  let errors = 0;
  let length = 0;
  for (const [i, page] of run.pages.entries()) {
    const c = characterErrors(page.text, run.result.pages[i]?.text ?? '');
    errors += c.errors;
    length += c.length;
  }
  return errors / Math.max(length, 1);
}

async function pdfimagesList(pdf: string): Promise<string[][]> {
  const r = await runTool('pdfimages', ['-list', pdf]);
  return r.stdout
    .split('\n')
    .slice(2)
    .filter((l) => l.trim() !== '')
    .map((l) => l.trim().split(/\s+/));
}

describe('two-layer PDF/A-2b with Vietnamese OCR', () => {
  beforeAll(async () => {
    await requireOcrTools('vie');
    root = await mkdtemp(join(tmpdir(), 'dp-ocr-quality-'));
    await convert('clean-200', [
      { seed: 11, pages: 4, dpi: 200, format: 'png' },
      { seed: 12, pages: 2, dpi: 200, format: 'jpeg', paper: 'A5' },
      { seed: 13, pages: 2, dpi: 200, format: 'tiff' },
    ]);
    await convert('clean-300', [
      { seed: 21, pages: 2, dpi: 300, format: 'png' },
      { seed: 22, pages: 2, dpi: 300, format: 'jpeg' },
    ]);
    await convert('degraded', [
      { seed: 31, pages: 2, variant: 'noise' },
      { seed: 32, pages: 2, variant: 'skew', skewDegrees: 2 },
      { seed: 33, pages: 2, variant: 'grayscale' },
      { seed: 34, pages: 1, variant: 'low-resolution' },
      { seed: 35, pages: 1, variant: 'blank' },
    ]);
  }, 600_000);
  afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  it('reads clean pages at 200 and 300 dpi with a low character error rate', () => {
    const figures: Record<string, string> = {};
    for (const label of ['clean-200', 'clean-300']) {
      const run = runs.get(label) as Run;
      figures[label] = (cer(run) * 100).toFixed(2);
      expect(cer(run)).toBeLessThan(CLEAN_CER_MAX);
    }
    const degraded = runs.get('degraded') as Run;
    for (const variant of ['noise', 'skew', 'grayscale', 'low-resolution']) {
      const sub = degraded.pages.map((p, i) => ({ p, r: degraded.result.pages[i] })).filter(({ p }) => p.variant === variant);
      const c = cer({
        pages: sub.map((s) => s.p),
        result: { ...degraded.result, pages: sub.map((s) => s.r as ConvertResult['pages'][number]) },
      });
      figures[variant] = (c * 100).toFixed(2);
      expect(c, variant).toBeLessThan(DEGRADED_CER_MAX[variant] as number);
    }
    console.info('CER % per variant', figures);
  });

  it('makes PDF/A-2B with one text per page and a confidence for every page with words', async () => {
    for (const [label, run] of runs) {
      expect(run.result.pdfa, label).toBe('2B');
      expect(run.result.pages.map((p) => p.page)).toEqual(run.pages.map((p) => p.page).map((_, i) => i + 1));
      for (const [i, page] of run.result.pages.entries()) {
        if (run.pages[i]?.variant === 'blank') {
          expect(page.text.replace(/\W/gu, '')).toBe('');
          expect(page.confidence).toBeNull();
        } else expect(page.confidence, `${label} page ${i + 1}`).toBeGreaterThan(50);
      }
      const info = await runTool('pdfinfo', ['-meta', run.result.pdf]);
      expect(info.stdout).toMatch(/pdfaid:part="2"|<pdfaid:part>2</);
    }
    expect((runs.get('clean-200') as Run).result.software.tesseract).toMatch(/^\d/);
  });

  it('keeps every image as scanned: JPEG bytes untouched, PNG and TIFF pixels identical', async () => {
    const run = runs.get('clean-200') as Run;
    const list = await pdfimagesList(run.result.pdf);
    expect(list).toHaveLength(run.pages.length);
    const extracted = join(root, 'extracted');
    await mkdir(extracted, { recursive: true });
    await runTool('pdfimages', ['-all', run.result.pdf, join(extracted, 'img')]);
    const files = (await readdir(extracted)).sort();
    for (const [i, page] of run.pages.entries()) {
      const [, , , width, height, , , , enc] = list[i] as string[];
      expect([Number(width), Number(height)]).toEqual([page.width, page.height]);
      expect(enc).toBe(page.format === 'jpeg' ? 'jpeg' : 'image'); // DCT stays DCT, Flate stays lossless
      const file = join(extracted, files[i] as string);
      if (page.format === 'jpeg') {
        // the scan's bytes as they were; Ghostscript only appends a second end-of-image marker
        const [got, sent] = await Promise.all([readFile(file), readFile(page.path)]);
        expect(got.subarray(0, sent.length).equals(sent), `page ${i + 1} JPEG bytes`).toBe(true);
        expect(['', 'ffd9']).toContain(got.subarray(sent.length).toString('hex'));
      } else {
        const [a, b] = await Promise.all([sharp(file).raw().toBuffer(), sharp(page.path).raw().toBuffer()]);
        expect(a.equals(b), `page ${i + 1} pixels`).toBe(true);
      }
    }
  });
});
