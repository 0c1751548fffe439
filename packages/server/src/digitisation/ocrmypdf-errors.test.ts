import { describe, expect, it } from 'vitest';
import { OCRMYPDF_EXIT, ocrmypdfError } from './ocrmypdf-errors.js';

describe('ocrmypdfError', () => {
  const stderr = 'Traceback (most recent call last):\n  File "x.py"\nPriorOcrFoundError: page already has text! - aborting';

  it('gives each exit code its DP-OCR code and kind', () => {
    const cases: Array<[number | null, string, string]> = [
      [OCRMYPDF_EXIT.inputFile, 'DP-OCR-BAD-INPUT', 'request'],
      [OCRMYPDF_EXIT.alreadyDoneOcr, 'DP-OCR-HAS-TEXT', 'request'],
      [OCRMYPDF_EXIT.encryptedPdf, 'DP-OCR-ENCRYPTED', 'request'],
      [OCRMYPDF_EXIT.missingDependency, 'DP-OCR-TOOLS-MISSING', 'unavailable'],
      [OCRMYPDF_EXIT.pdfaConversionFailed, 'DP-OCR-NOT-PDFA', 'integrity'],
      [OCRMYPDF_EXIT.invalidOutputPdf, 'DP-OCR-NOT-PDFA', 'integrity'],
      [OCRMYPDF_EXIT.childProcessError, 'DP-OCR-ENGINE-FAILED', 'unavailable'],
      [OCRMYPDF_EXIT.fileAccessError, 'DP-OCR-FILE-ACCESS', 'unavailable'],
      [OCRMYPDF_EXIT.invalidConfig, 'DP-OCR-TOOL-VERSION', 'unavailable'],
      [OCRMYPDF_EXIT.otherError, 'DP-OCR-FAILED', 'unavailable'],
      [null, 'DP-OCR-FAILED', 'unavailable'],
    ];
    for (const [exit, code, kind] of cases)
      expect([exit, ocrmypdfError(exit, stderr).code, ocrmypdfError(exit, stderr).kind]).toEqual([exit, code, kind]);
    expect(ocrmypdfError(OCRMYPDF_EXIT.alreadyDoneOcr, stderr).refusal).toBe('conflict');
  });

  it('keeps ocrmypdf’s English in the English part only', () => {
    for (const exit of Object.values(OCRMYPDF_EXIT)) {
      const e = ocrmypdfError(exit, stderr);
      expect(e.vi).not.toMatch(/Traceback|PriorOcrFoundError|ocrmypdf exit/);
      expect(e.en).toContain('PriorOcrFoundError');
    }
  });

  it('tells an unknown option (argparse exits 2 too) from a bad input', () => {
    expect(ocrmypdfError(2, 'usage: ocrmypdf ...\nocrmypdf: error: unrecognized arguments: --pdfa-image-compression').code).toBe(
      'DP-OCR-TOOL-VERSION',
    );
    expect(ocrmypdfError(2, 'UnsupportedImageFormatError').code).toBe('DP-OCR-BAD-INPUT');
  });
});
