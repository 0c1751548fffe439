import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { integrityError, requestError } from '../errors.js';
import { hocrMeanConfidence } from './hocr-confidence.js';
import { requireOcrTools } from './ocr-tools.js';
import { abortedError, ocrmypdfError } from './ocrmypdf-errors.js';
import { encryptedError, readPdfaId, readPdfFacts } from './pdf-info.js';
import { runTool, type RunToolOptions } from './run-tool.js';
import { checkTextLayer } from './text-layer.js';
import { imagesToPdf } from './images-to-pdf.js';

export interface ConvertInput {
  /** Page images in reading order (a multi-page TIFF gives all its pages). */
  images?: string[];
  /** Or one PDF. */
  pdf?: string;
  /** Dots per inch for images whose files carry no density. */
  dpi?: number;
}

export interface ConvertedPage {
  page: number;
  /** The OCR text of the page (NFC). */
  text: string;
  /** 0..100 mean word confidence from Tesseract's hOCR; null for a page without words or not OCRed. */
  confidence: number | null;
}

export interface ConvertResult {
  pdf: string;
  pages: ConvertedPage[];
  software: { ocrmypdf: string; tesseract: string; ghostscript?: string };
  /** Read back from the output's XMP: '2B'. */
  pdfa: string;
}

export interface ConvertOptions {
  /** Scratch space (the PDF made from images, ocrmypdf's temporary files); a subfolder is made and removed. */
  workDir: string;
  /** Tesseract language(s), default 'vie' ('vie+eng' for mixed text). */
  language?: string;
  signal?: AbortSignal;
  /**
   * A PDF whose pages already have text: 'refuse' (default) answers DP-OCR-HAS-TEXT, so the caller
   * keeps a born-digital or already-OCRed PDF as it is; 'redo-ocr' replaces an earlier invisible OCR
   * layer with a new one (ocrmypdf --redo-ocr). There is no "skip the pages with text": Ghostscript
   * 10.0's PDF/A pass garbles the Vietnamese of a text layer it has already converted once
   * (docs/digitisation-ocr.md), and the text-layer check below would refuse the result anyway.
   */
  existingText?: 'refuse' | 'redo-ocr';
  /** Scans larger than this (bytes, all pages) are made into a PDF page by page (images-to-pdf.ts). */
  pagewiseAbove?: number;
}

/**
 * Scans → two-layer PDF/A-2b (the page image plus an invisible OCR text layer, TT05 Art. 8), as
 * the national sample made it: img2pdf then OCRmyPDF + Tesseract. Nothing is re-encoded lossily;
 * the output is checked to be PDF/A-2B and to have every page before it appears at `out`.
 */
export async function convertToPdfa(input: ConvertInput, out: string, options: ConvertOptions): Promise<ConvertResult> {
  const language = options.language ?? 'vie';
  const { signal } = options;
  const hasImages = input.images !== undefined && input.images.length > 0;
  if (hasImages === (input.pdf !== undefined))
    throw requestError('DP-OCR-INPUT', 'Cần đúng một đầu vào: danh sách ảnh quét hoặc một tệp PDF.', 'Give either page images or one PDF.');
  const tools = await requireOcrTools(language);
  await mkdir(options.workDir, { recursive: true });
  const work = await mkdtemp(join(options.workDir, 'pdfa-'));
  const partial = join(dirname(out), `.${basename(out)}.${randomUUID().slice(0, 8)}.partial`);
  const run: RunToolOptions = signal ? { signal } : {};
  try {
    const source = hasImages
      ? await imagesToPdf(tools.python, input.images ?? [], input.dpi, work, {
          ...run,
          ...(options.pagewiseAbove !== undefined && { pagewiseAbove: options.pagewiseAbove }),
        })
      : resolve(input.pdf as string);
    const before = await readPdfFacts(source, run);
    if (before.encrypted) throw encryptedError('pdfinfo: Encrypted: yes');
    // Tesseract writes each page's hOCR beside its text (the sandwich renderer keeps them with -k): confidence
    const hocrConfig = join(work, 'hocr.cfg');
    await writeFile(hocrConfig, 'tessedit_create_hocr 1\n');
    const sidecar = join(work, 'sidecar.txt');
    const args = [
      ...['-q', '-l', language, '--output-type', 'pdfa-2', '--optimize', '0', '--pdfa-image-compression', 'lossless'],
      ...['--jobs', '1', '-k', '--tesseract-config', hocrConfig, '--sidecar', sidecar],
      ...(options.existingText === 'redo-ocr' ? ['--redo-ocr'] : []),
      '--',
      source,
      partial,
    ];
    await mkdir(dirname(out), { recursive: true });
    const ocr = await runTool('ocrmypdf', args, { ...run, env: { ...process.env, OMP_THREAD_LIMIT: '1', TMPDIR: work } });
    if (ocr.aborted || signal?.aborted) throw abortedError(signal);
    if (ocr.missing) throw ocrmypdfError(3, ocr.stderrTail);
    if (ocr.code !== 0) throw ocrmypdfError(ocr.code, ocr.stderrTail);

    const id = await readPdfaId(partial, run);
    const pdfa = id ? `${id.part}${id.conformance}` : 'none';
    if (pdfa !== '2B')
      throw integrityError(
        'DP-OCR-NOT-PDFA',
        `Tệp tạo ra không phải PDF/A-2b (XMP ghi: ${pdfa}); không lưu tệp này.`,
        `The output is not PDF/A-2b (its XMP says ${pdfa}); not kept.`,
      );
    const after = await readPdfFacts(partial, run);
    const texts = splitSidecar(await readFile(sidecar, 'utf8'), before.pages);
    if (after.pages !== before.pages || texts === null)
      throw integrityError(
        'DP-OCR-PAGES',
        `Số trang sau khi chuyển (${after.pages}) hoặc số trang có chữ nhận dạng không khớp với ${before.pages} trang ban đầu.`,
        `Page count after OCR (${after.pages}) or of the OCR text does not match the ${before.pages} pages given.`,
      );
    await checkTextLayer(partial, texts, run);
    const confidences = await readConfidences(work, before.pages);
    const pages: ConvertedPage[] = texts.map((text, i) => ({
      page: i + 1,
      text: text.normalize('NFC').trimEnd(),
      confidence: confidences[i] ?? null,
    }));
    if (signal?.aborted) throw abortedError(signal);
    await rename(partial, out);
    return {
      pdf: out,
      pages,
      software: { ocrmypdf: tools.ocrmypdf, tesseract: tools.tesseract, ghostscript: tools.ghostscript },
      pdfa,
    };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** Page texts from ocrmypdf's sidecar (a form feed between pages), or null if the count is wrong. */
export function splitSidecar(sidecar: string, pages: number): string[] | null {
  const texts = sidecar.split('\f');
  if (texts.length === pages + 1 && (texts[pages] ?? '').trim() === '') texts.pop();
  return texts.length === pages ? texts : null;
}

/** Mean word confidence per page from the hOCR files ocrmypdf kept (000001_ocr_tess.hocr …). */
async function readConfidences(work: string, pages: number): Promise<(number | null)[]> {
  const out: (number | null)[] = new Array<number | null>(pages).fill(null);
  const kept = (await readdir(work)).find((name) => name.startsWith('ocrmypdf.io.'));
  if (!kept) return out;
  for (const name of await readdir(join(work, kept))) {
    const match = /^(\d{6})_ocr_tess\.hocr$/.exec(name);
    const page = match ? Number(match[1]) : 0;
    if (page >= 1 && page <= pages) out[page - 1] = hocrMeanConfidence(await readFile(join(work, kept, name), 'utf8'));
  }
  return out;
}
