import { conflictError, integrityError, unavailableError, type DuphongError } from '../errors.js';
import { badPdfError, encryptedError, tail } from './pdf-info.js';

/**
 * ocrmypdf's exit codes (ocrmypdf.exceptions.ExitCode, 14.x) as typed errors: the archivist reads
 * the Vietnamese; ocrmypdf's own words (English, a traceback tail) stay in the English part.
 */
export const OCRMYPDF_EXIT = {
  badArgs: 1,
  inputFile: 2,
  missingDependency: 3,
  invalidOutputPdf: 4,
  fileAccessError: 5,
  alreadyDoneOcr: 6,
  childProcessError: 7,
  encryptedPdf: 8,
  invalidConfig: 9,
  pdfaConversionFailed: 10,
  otherError: 15,
  ctrlC: 130,
} as const;

export function ocrmypdfError(code: number | null, stderrTail: string): DuphongError {
  const detail = `ocrmypdf exit ${code ?? 'killed'}: ${tail(stderrTail)}`;
  // argparse also exits 2: an option this ocrmypdf does not know is not the input's fault
  if (code === OCRMYPDF_EXIT.inputFile && /ocrmypdf: error: (unrecognized arguments|argument )/.test(stderrTail))
    code = OCRMYPDF_EXIT.badArgs;
  switch (code) {
    case OCRMYPDF_EXIT.inputFile:
      return badPdfError(detail);
    case OCRMYPDF_EXIT.encryptedPdf:
      return encryptedError(detail);
    case OCRMYPDF_EXIT.alreadyDoneOcr:
      return conflictError(
        'DP-OCR-HAS-TEXT',
        'Tệp PDF đã có lớp chữ (văn bản điện tử hoặc đã nhận dạng trước đó) nên không nhận dạng lại. ' +
          'Hãy giữ nguyên tệp, hoặc chọn chỉ nhận dạng những trang chưa có chữ.',
        `The PDF already has text. Keep it as is, or choose to OCR only the pages without text. ${detail}`,
      );
    case OCRMYPDF_EXIT.missingDependency:
      return unavailableError(
        'DP-OCR-TOOLS-MISSING',
        'Thiếu công cụ hoặc dữ liệu ngôn ngữ để nhận dạng chữ: chạy sudo bash scripts/install-system-deps.sh.',
        `A tool or language data OCR needs is missing. ${detail}`,
      );
    case OCRMYPDF_EXIT.invalidOutputPdf:
    case OCRMYPDF_EXIT.pdfaConversionFailed:
      return integrityError(
        'DP-OCR-NOT-PDFA',
        'Không tạo được tệp PDF/A-2b hợp lệ từ tài liệu này.',
        `Could not produce a valid PDF/A-2b. ${detail}`,
      );
    case OCRMYPDF_EXIT.fileAccessError:
      return unavailableError(
        'DP-OCR-FILE-ACCESS',
        'Không đọc hoặc ghi được tệp khi chuyển PDF/A (quyền truy cập, ổ đĩa).',
        `File access failed. ${detail}`,
      );
    case OCRMYPDF_EXIT.childProcessError:
      return unavailableError(
        'DP-OCR-ENGINE-FAILED',
        'Công cụ nhận dạng chữ (Tesseract) hoặc Ghostscript bị lỗi khi xử lý tài liệu.',
        `Tesseract or Ghostscript failed. ${detail}`,
      );
    case OCRMYPDF_EXIT.badArgs:
    case OCRMYPDF_EXIT.invalidConfig:
      return unavailableError(
        'DP-OCR-TOOL-VERSION',
        'Phiên bản ocrmypdf trên máy chủ không nhận tùy chọn cần dùng; cần ocrmypdf 14 trở lên.',
        `The installed ocrmypdf refused the options (needs 14 or later). ${detail}`,
      );
    default:
      return unavailableError('DP-OCR-FAILED', 'Nhận dạng chữ và chuyển sang PDF/A không thành công.', `OCR to PDF/A failed. ${detail}`);
  }
}

/** The run was stopped (its AbortSignal): the document stays to convert. */
export function abortedError(signal: AbortSignal | undefined) {
  return unavailableError('DP-OCR-ABORTED', 'Đã dừng chuyển PDF/A theo yêu cầu.', 'PDF/A conversion was stopped.', {
    cause: signal?.reason,
  });
}
