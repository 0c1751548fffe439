import { mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDocumentPages } from '../testing/scan-generator.js';
import { convertToPdfa } from './convert-pdfa.js';
import { imagesToPdf } from './images-to-pdf.js';
import { measureImage } from './measure-image.js';
import { requireOcrTools } from './ocr-tools.js';
import { runTool } from './run-tool.js';
import type { DuphongError } from '../errors.js';

/**
 * The page-by-page path (a scan too big for img2pdf's all-in-memory PDF, e.g. a 2 GB multi-page
 * TIFF) must make the same PDF as img2pdf: same pages, same sizes, same pixels, JPEG bytes as they
 * were. It is forced here with a threshold of 0 bytes; bench/ measured its memory on 2 GB.
 */
let root: string;
let python: string;
let images: string[];

/** A three-frame TIFF (colour, grayscale, black and white) from three generated pages. */
const MULTI_TIFF = `
import sys
from PIL import Image
frames = [Image.open(sys.argv[2]).convert('RGB'), Image.open(sys.argv[3]).convert('L'), Image.open(sys.argv[4]).convert('1')]
frames[0].save(sys.argv[1], save_all=True, append_images=frames[1:], dpi=(200, 200), compression='tiff_lzw')
`;

/** Two-frame TIFFs that differ from the plain case: turned by their Orientation tag, 16 bits a sample, dpi on one frame only. */
const ODD_TIFFS = `
import sys, os
from PIL import Image, TiffImagePlugin
d = sys.argv[1]
turned = TiffImagePlugin.ImageFileDirectory_v2()
turned[274] = 6
a, b = Image.new('RGB', (200, 100), 'white'), Image.new('RGB', (200, 100), 'gray')
a.save(os.path.join(d, 'xoay.tif'), save_all=True, append_images=[b], dpi=(100, 100), tiffinfo=turned)
deep = [Image.new('I;16', (64, 64), 1000), Image.new('I;16', (64, 64), 2000)]
deep[0].save(os.path.join(d, '16-bit.tif'), save_all=True, append_images=deep[1:], dpi=(100, 100))
with TiffImagePlugin.AppendingTiffWriter(os.path.join(d, 'dpi-mot-trang.tif'), True) as tf:
    a.save(tf, format='TIFF', dpi=(100, 100))
    tf.newFrame()
    b.save(tf, format='TIFF')
    tf.newFrame()
`;

async function pdfImages(pdf: string, dir: string): Promise<Array<{ name: string; bytes: Buffer }>> {
  await mkdir(dir, { recursive: true });
  // -png for the lossless pages (decoded pixels), -j keeps JPEG pages as their DCT bytes
  const r = await runTool('pdfimages', ['-png', '-j', pdf, join(dir, 'p')]);
  expect(r.code).toBe(0);
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map(async (name) => ({ name, bytes: await readFile(join(dir, name)) })));
}

async function pageSizes(pdf: string): Promise<string[]> {
  const r = await runTool('pdfinfo', ['-f', '1', '-l', '99', pdf]);
  return r.stdout.split('\n').filter((l) => /^Page +\d+ size:/.test(l));
}

describe('images to PDF, page by page', () => {
  beforeAll(async () => {
    python = (await requireOcrTools('vie')).python!;
    root = await mkdtemp(join(tmpdir(), 'dp-pagewise-'));
    const tiffPages = await generateDocumentPages({
      seed: 41,
      pages: 3,
      dpi: 200,
      format: 'png',
      paper: 'A5',
      bodyLines: 3,
      dir: join(root, 'a'),
    });
    const jpeg = await generateDocumentPages({
      seed: 42,
      pages: 1,
      dpi: 200,
      format: 'jpeg',
      paper: 'A5',
      bodyLines: 3,
      dir: join(root, 'b'),
    });
    const png = await generateDocumentPages({
      seed: 43,
      pages: 1,
      dpi: 200,
      format: 'png',
      paper: 'A5',
      bodyLines: 3,
      dir: join(root, 'c'),
    });
    const tiff = join(root, 'nhieu-trang.tif');
    const made = await runTool(python, ['-c', MULTI_TIFF, tiff, ...tiffPages.map((p) => p.path)]);
    expect(made.code, made.stderrTail).toBe(0);
    images = [tiff, jpeg[0]!.path, png[0]!.path];
  }, 120_000);
  afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  it('gives the pages img2pdf gives: sizes, pixels, JPEG bytes', async () => {
    const whole = await imagesToPdf(python, images, undefined, await mkdtemp(join(root, 'whole-')), {
      pagewiseAbove: Number.MAX_SAFE_INTEGER,
    });
    const paged = await imagesToPdf(python, images, undefined, await mkdtemp(join(root, 'paged-')), { pagewiseAbove: 0 });
    const [a, b] = [await pageSizes(whole), await pageSizes(paged)];
    expect(a).toHaveLength(5);
    expect(b).toEqual(a);
    const [x, y] = [await pdfImages(whole, join(root, 'x')), await pdfImages(paged, join(root, 'y'))];
    expect(y.map((i) => i.name)).toEqual(x.map((i) => i.name));
    expect(x.map((i) => i.name.slice(-3))).toEqual(['png', 'png', 'png', 'jpg', 'png']);
    for (const [i, image] of x.entries()) expect(y[i]!.bytes.equals(image.bytes), image.name).toBe(true);
    expect(x[3]!.bytes.equals(await readFile(images[1]!))).toBe(true); // the JPEG scan's own bytes
    // qpdf finds nothing wrong with the file written by hand
    const check = await runTool(python, ['-c', 'import sys, pikepdf; print(pikepdf.open(sys.argv[1]).check())', paged]);
    expect(check.stdout.trim()).toBe('[]');
  });

  it('stays with img2pdf on turned pages, 16-bit pages and pages without density', async () => {
    const odd = join(root, 'odd');
    await mkdir(odd, { recursive: true });
    const made = await runTool(python, ['-c', ODD_TIFFS, odd]);
    expect(made.code, made.stderrTail).toBe(0);
    const both = async (file: string) => {
      const work = await mkdtemp(join(root, 'odd-'));
      const run = (pagewiseAbove: number) =>
        imagesToPdf(python, [join(odd, file)], undefined, work, { pagewiseAbove }).then(
          (pdf) => pageSizes(pdf),
          (e: DuphongError) => e.code,
        );
      return [await run(Number.MAX_SAFE_INTEGER), await run(0)];
    };
    const [turnedWhole, turnedPaged] = await both('xoay.tif'); // Orientation 6 on both frames
    expect(turnedPaged).toEqual(turnedWhole);
    expect(turnedWhole).toEqual(['Page    1 size:  144 x 72 pts', 'Page    2 size:  144 x 72 pts']);
    const [deepWhole, deepPaged] = await both('16-bit.tif');
    expect([deepWhole, deepPaged]).toEqual(['DP-OCR-BAD-INPUT', 'DP-OCR-BAD-INPUT']);
    expect(await both('dpi-mot-trang.tif')).toEqual(['DP-OCR-MIXED-DENSITY', 'DP-OCR-MIXED-DENSITY']);
  });

  it('is checked page by page by quality control', async () => {
    const pages = [];
    for await (const page of measureImage(images[0]!)) pages.push(page);
    expect(pages.map((p) => [p.page, p.colour, p.readable])).toEqual([
      [1, 'colour', true],
      [2, 'grayscale', true],
      [3, 'bilevel', true],
    ]);
  });

  it('is what ocrmypdf turns into PDF/A-2b with one text per page', async () => {
    const result = await convertToPdfa({ images: [images[0]!] }, join(root, 'out', 'tai-lieu.pdf'), {
      workDir: join(root, 'work'),
      pagewiseAbove: 0,
    });
    expect(result.pdfa).toBe('2B');
    expect(result.pages).toHaveLength(3);
    expect(result.pages[0]!.text.length).toBeGreaterThan(20);
  }, 120_000);
});
