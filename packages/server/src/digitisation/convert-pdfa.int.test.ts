import { existsSync } from 'node:fs';
import { copyFile, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { characterErrorRate } from '../../../core/src/digitisation/cer.js';
import { DuphongError } from '../errors.js';
import { generateDocumentPages, type GeneratedPage } from '../testing/scan-generator.js';
import { convertToPdfa } from './convert-pdfa.js';
import { requireOcrTools } from './ocr-tools.js';
import { runTool } from './run-tool.js';

/** What convertToPdfa refuses and how; three pages of OCR in all. */
let root: string;
let python: string;
let page: GeneratedPage;
let imagePdf: string;

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (e: unknown) => e as DuphongError,
  );

/** Run a few lines of Python (pikepdf comes with ocrmypdf) with arguments, never a shell. */
async function python3(script: string, ...args: string[]): Promise<void> {
  const r = await runTool(python, ['-c', script, ...args]);
  if (r.code !== 0) throw new Error(r.stderrTail);
}

/** No output and no half-written file beside it. */
async function nothingAt(out: string): Promise<void> {
  expect(existsSync(out)).toBe(false);
  const names = await readdir(join(out, '..')).catch(() => []);
  expect(names.filter((n) => n.endsWith('.partial'))).toEqual([]);
}

describe('convertToPdfa refusals', () => {
  beforeAll(async () => {
    python = (await requireOcrTools('vie')).python;
    root = await mkdtemp(join(tmpdir(), 'dp-ocr-convert-'));
    [page] = (await generateDocumentPages({ seed: 5, pages: 1, dir: join(root, 'scan'), paper: 'A5', bodyLines: 4 })) as [GeneratedPage];
    imagePdf = join(root, 'image-only.pdf');
    const r = await runTool(python, ['-m', 'img2pdf', '-o', imagePdf, '--', page.path]);
    expect(r.code).toBe(0);
  });
  afterAll(() => (root ? rm(root, { recursive: true, force: true }) : undefined));

  it('refuses an encrypted PDF, with or without a password to open it', async () => {
    for (const [name, user] of [
      ['user.pdf', 'u'],
      ['owner.pdf', ''],
    ] as const) {
      const encrypted = join(root, name);
      await python3(
        'import sys, pikepdf\np = pikepdf.open(sys.argv[1])\np.save(sys.argv[2], encryption=pikepdf.Encryption(owner="o", user=sys.argv[3], R=6))',
        imagePdf,
        encrypted,
        user,
      );
      const out = join(root, 'out', `${name}`);
      const e = await failure(convertToPdfa({ pdf: encrypted }, out, { workDir: join(root, 'work') }));
      expect(e).toBeInstanceOf(DuphongError);
      expect([e.code, e.kind]).toEqual(['DP-OCR-ENCRYPTED', 'request']);
      expect(e.vi).toContain('mã hóa');
      await nothingAt(out);
    }
  });

  it('refuses a damaged PDF and a file that is no image, in Vietnamese only', async () => {
    const truncated = join(root, 'truncated.pdf');
    await copyFile(imagePdf, truncated);
    await truncate(truncated, 3000);
    const notImage = join(root, 'not-an-image.png');
    await writeFile(notImage, 'này không phải ảnh');
    for (const input of [{ pdf: truncated }, { images: [notImage] }]) {
      const out = join(root, 'out', 'damaged.pdf');
      const e = await failure(convertToPdfa(input, out, { workDir: join(root, 'work') }));
      expect(e.code).toBe('DP-OCR-BAD-INPUT');
      expect(e.vi).toMatch(/^Tệp đầu vào hỏng/);
      expect(e.vi).not.toMatch(/Error|Traceback|pdfinfo|img2pdf/);
      await nothingAt(out);
    }
  });

  it('asks for the dpi of scans that do not say theirs, and uses it when given', async () => {
    const [bareScan] = (await generateDocumentPages({
      seed: 5,
      pages: 1,
      dir: join(root, 'bare'),
      paper: 'A5',
      bodyLines: 4,
      density: false,
    })) as [GeneratedPage];
    const bare = bareScan.path;
    expect((await readFile(bare)).includes('pHYs')).toBe(false); // sharp would say 72: its default, not the file's
    const e = await failure(convertToPdfa({ images: [bare] }, join(root, 'out', 'bare.pdf'), { workDir: join(root, 'work') }));
    expect(e.code).toBe('DP-OCR-NO-DENSITY');
    const mixed = await failure(
      convertToPdfa({ images: [bare, page.path], dpi: 200 }, join(root, 'out', 'mixed.pdf'), { workDir: join(root, 'work') }),
    );
    expect(mixed.code).toBe('DP-OCR-MIXED-DENSITY');
    const given = await convertToPdfa({ images: [bare], dpi: 200 }, join(root, 'out', 'given.pdf'), { workDir: join(root, 'work') });
    const info = await runTool('pdfinfo', [given.pdf]);
    expect(info.stdout).toMatch(/Page size:\s+419\.\d+ x 595\.\d+ pts/); // A5 at 200 dpi, not img2pdf's 96
  });

  it('keeps a PDF that already has text unless asked to redo its OCR layer', async () => {
    const ocred = join(root, 'ocred.pdf');
    const first = await convertToPdfa({ pdf: imagePdf }, ocred, { workDir: join(root, 'work') });
    expect(characterErrorRate(page.text, first.pages[0]?.text ?? '')).toBeLessThan(0.02);

    const refused = await failure(convertToPdfa({ pdf: ocred }, join(root, 'out', 'again.pdf'), { workDir: join(root, 'work') }));
    expect([refused.code, refused.refusal]).toEqual(['DP-OCR-HAS-TEXT', 'conflict']);
    expect(refused.vi).toContain('đã có lớp chữ');
    await nothingAt(join(root, 'out', 'again.pdf'));

    // an earlier OCR layer replaced by a new one, on request
    const redone = await convertToPdfa({ pdf: ocred }, join(root, 'out', 'redone.pdf'), {
      workDir: join(root, 'work'),
      existingText: 'redo-ocr',
    });
    expect(redone.pdfa).toBe('2B');
    expect(redone.pages[0]?.confidence).toBeGreaterThan(50);
    expect(characterErrorRate(page.text, redone.pages[0]?.text ?? '')).toBeLessThan(0.02);
    const layer = await runTool('pdftotext', ['-enc', 'UTF-8', redone.pdf, '-']);
    expect(characterErrorRate(page.text, layer.stdout)).toBeLessThan(0.02); // what a search finds, in Vietnamese
  });

  it('stops ocrmypdf and its children when aborted, leaving nothing behind', async () => {
    const controller = new AbortController();
    const work = join(root, 'work-abort');
    const out = join(root, 'out', 'aborted.pdf');
    // abort once ocrmypdf has made its temporary folder: it is running then
    const watch = setInterval(() => {
      void readdir(work, { recursive: true }).then(
        (names) => names.some((n) => n.includes('ocrmypdf.io.')) && controller.abort(new Error('test stop')),
        () => undefined,
      );
    }, 20);
    const e = await failure(convertToPdfa({ images: [page.path] }, out, { workDir: work, signal: controller.signal })).finally(() =>
      clearInterval(watch),
    );
    expect(e.code).toBe('DP-OCR-ABORTED');
    await nothingAt(out);
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses two inputs or none', async () => {
    const e = await failure(
      convertToPdfa({ images: [page.path], pdf: imagePdf }, join(root, 'out', 'x.pdf'), { workDir: join(root, 'work') }),
    );
    expect(e.code).toBe('DP-OCR-INPUT');
    expect((await failure(convertToPdfa({ images: [] }, join(root, 'out', 'x.pdf'), { workDir: join(root, 'work') }))).code).toBe(
      'DP-OCR-INPUT',
    );
  });
});
