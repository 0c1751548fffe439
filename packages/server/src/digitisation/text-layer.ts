import { integrityError } from '../errors.js';
import { tail } from './pdf-info.js';
import { runTool, type RunToolOptions } from './run-tool.js';

const squeeze = (text: string) => text.normalize('NFC').replace(/\s+/gu, '');

/**
 * How far two texts' characters differ, counted without order (O(n), no Levenshtein here):
 * the sum over characters of |count in a − count in b|, over a's length. pdftotext drops a
 * glyph drawn on top of another (a speck read as "l"), a few per noisy page; a garbled font
 * map changes every letter with a diacritic, around half of Vietnamese text.
 */
export function characterDrift(a: string, b: string): number {
  const counts = new Map<string, number>();
  for (const c of a) counts.set(c, (counts.get(c) ?? 0) + 1);
  for (const c of b) counts.set(c, (counts.get(c) ?? 0) - 1);
  let diff = 0;
  for (const n of counts.values()) diff += Math.abs(n);
  return diff / Math.max([...a].length, 1);
}

/** Largest drift between the OCR text and the text layer a page may have (measured: < 1 % on noisy scans). */
const TEXT_LAYER_DRIFT_MAX = 0.05;

/**
 * The text a reader's search gets from the PDF/A (poppler's pdftotext) must be what Tesseract read,
 * page by page, spaces aside: a text layer garbled on the way (a font without its Unicode map)
 * would pass the PDF/A check and still make the document unfindable.
 */
export async function checkTextLayer(pdf: string, texts: readonly string[], run: RunToolOptions): Promise<void> {
  const r = await runTool('pdftotext', ['-enc', 'UTF-8', pdf, '-'], run);
  const layer = r.stdout.split('\f');
  const bad = texts.flatMap((text, i) =>
    r.code === 0 && characterDrift(squeeze(text), squeeze(layer[i] ?? '')) <= TEXT_LAYER_DRIFT_MAX ? [] : [i + 1],
  );
  if (bad.length > 0) {
    const [ocr, pdf] = [squeeze(texts[(bad[0] as number) - 1] ?? ''), squeeze(layer[(bad[0] as number) - 1] ?? '')];
    let at = 0;
    while (at < ocr.length && ocr[at] === pdf[at]) at++;
    const where = `page ${bad[0]}: OCR "…${ocr.slice(Math.max(0, at - 20), at + 20)}…" vs PDF "…${pdf.slice(Math.max(0, at - 20), at + 20)}…"`;
    throw integrityError(
      'DP-OCR-TEXT-LAYER',
      `Lớp chữ trong tệp PDF/A không khớp với chữ nhận dạng được ở trang ${bad.slice(0, 10).join(', ')}; không lưu tệp này.`,
      `The PDF/A's text layer differs from the OCR text on page(s) ${bad.slice(0, 10).join(', ')}; not kept. ${where} ${tail(r.stderrTail)}`,
    );
  }
}
