import { integrityError, requestError } from '../errors.js';
import { runTool, type RunToolOptions } from './run-tool.js';

/** What poppler's pdfinfo says of a PDF that opens. */
export interface PdfFacts {
  pages: number;
  encrypted: boolean;
}

/**
 * Open a PDF with pdfinfo before OCR: one that cannot be opened (damaged, truncated, not a PDF,
 * no pages) or is encrypted is refused here with a typed error rather than by an ocrmypdf traceback.
 */
export async function readPdfFacts(path: string, options: RunToolOptions = {}): Promise<PdfFacts> {
  const run = await runTool('pdfinfo', [path], options);
  if (run.code !== 0) {
    if (/Incorrect password/i.test(run.stderrTail)) throw encryptedError(run.stderrTail);
    throw badPdfError(run.stderrTail);
  }
  const pages = Number(/^Pages:\s+(\d+)/m.exec(run.stdout)?.[1] ?? 0);
  const encrypted = /^Encrypted:\s+yes/m.test(run.stdout);
  if (pages === 0) throw badPdfError('no pages');
  return { pages, encrypted };
}

export const encryptedError = (detail: string) =>
  requestError(
    'DP-OCR-ENCRYPTED',
    'Tệp PDF được mã hóa (có mật khẩu hoặc hạn chế quyền) nên không thể nhận dạng chữ và chuyển sang PDF/A. Hãy dùng bản không mã hóa.',
    `The PDF is encrypted; remove the encryption first. ${tail(detail)}`,
  );

export const badPdfError = (detail: string) =>
  requestError(
    'DP-OCR-BAD-INPUT',
    'Tệp đầu vào hỏng hoặc không phải PDF/ảnh hợp lệ nên không chuyển được sang PDF/A.',
    `The input is damaged or not a valid PDF or image. ${tail(detail)}`,
  );

/** The PDF/A identification in the document's XMP (pdfaid:part and pdfaid:conformance), or null. */
export async function readPdfaId(path: string, options: RunToolOptions = {}): Promise<{ part: string; conformance: string } | null> {
  const run = await runTool('pdfinfo', ['-meta', path], options);
  if (run.code !== 0)
    throw integrityError('DP-OCR-NOT-PDFA', 'Không đọc được tệp PDF/A vừa tạo.', `Cannot read the PDF/A made. ${tail(run.stderrTail)}`);
  return parsePdfaId(run.stdout);
}

/** pdfaid as attributes (pdfaid:part="2") or as elements (<pdfaid:part>2</pdfaid:part>). */
export function parsePdfaId(xmp: string): { part: string; conformance: string } | null {
  const field = (name: string) =>
    new RegExp(`pdfaid:${name}\\s*=\\s*["']([^"']*)["']`).exec(xmp)?.[1] ??
    new RegExp(`<pdfaid:${name}>\\s*([^<\\s]*)\\s*</pdfaid:${name}>`).exec(xmp)?.[1];
  const part = field('part');
  if (part === undefined) return null;
  return { part, conformance: (field('conformance') ?? '').toUpperCase() };
}

/** The last lines of a tool's complaint, for the English/detail part of an error only. */
export function tail(text: string, lines = 6): string {
  return text.trim().split('\n').slice(-lines).join('\n');
}
