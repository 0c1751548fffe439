import { describe, expect, it } from 'vitest';
import { DEFAULT_QC_RULES, type MediaMeasure, type PdfMeasure } from './qc.js';
import { checkDocumentSet, checkMedia, checkPdf } from './qc-sets.js';

const CODE = 'G09.2024.01.001';
const n = (ordinal: number, page?: number, ext = 'tif') =>
  `${CODE}.${String(ordinal).padStart(7, '0')}${page === undefined ? '' : `.${String(page).padStart(4, '0')}`}.${ext}`;
const set = (names: string[], catalogue: Array<[number, number | null]>, pages: Array<[number, number]>) =>
  checkDocumentSet({
    fileCode: CODE,
    names,
    catalogue: catalogue.map(([ordinal, numberOfPage]) => ({ ordinal, numberOfPage })),
    pagesPerDocument: new Map(pages),
  });
const codes = (findings: Array<{ code: string; document?: number }>) =>
  findings.map((f) => `${f.code}${f.document === undefined ? '' : ` ${f.document}`}`);

describe('checkDocumentSet', () => {
  it('names, pages and the catalogue agreeing: nothing to say', () => {
    expect(
      set(
        [n(1, 1), n(1, 2), n(2), `${CODE}.pdf`],
        [
          [1, 2],
          [2, 3],
        ],
        [
          [1, 2],
          [2, 3],
        ],
      ),
    ).toEqual([]);
  });

  it('a wrong name is an error that says the rule', () => {
    const [f] = set(['scan 001.tif'], [], []);
    expect(f).toEqual({
      code: 'DP-SCAN-NAME',
      severity: 'error',
      vi: 'Tên tệp "scan 001.tif" không theo quy tắc đặt tên của TT05 Điều 8: G09.2024.01.001.NNNNNNN.tif hoặc G09.2024.01.001.NNNNNNN.PPPP.tif (số thứ tự tài liệu 7 chữ số, số trang 4 chữ số).',
      en: '"scan 001.tif" does not follow TT05 Art. 8 naming: G09.2024.01.001.NNNNNNN.tif or G09.2024.01.001.NNNNNNN.PPPP.tif (7-digit document ordinal, 4-digit page).',
      name: 'scan 001.tif',
    });
    expect(codes(set(['G09.2024.01.002.0000001.tif'], [], []))).toEqual(['DP-SCAN-NAME']);
  });

  it('page numbers with a gap, or mixed with an unnumbered file, are an error', () => {
    const [gap] = set([n(1, 1), n(1, 3)], [], []);
    expect(gap).toMatchObject({
      code: 'DP-SCAN-PAGE-GAP',
      severity: 'error',
      document: 1,
      vi: 'Tài liệu 0000001: các trang quét đánh số 1, 3; cần liên tục từ 1.',
    });
    expect(codes(set([n(1, 2)], [], []))).toEqual(['DP-SCAN-PAGE-GAP 1']);
    expect(set([n(1), n(1, 1)], [], [])[0]!.vi).toContain('lẫn tệp không số trang');
  });

  it('two files for one document or page are an error each, and not also a gap', () => {
    const found = set([n(1, 1), n(1, 1, 'png'), n(1, 2), n(2), n(2, undefined, 'TIF')], [], []);
    expect(codes(found)).toEqual(['DP-SCAN-DUPLICATE-NAME 1', 'DP-SCAN-DUPLICATE-NAME 2']);
    expect(found[0]).toMatchObject({
      severity: 'error',
      page: 1,
      vi: `Tài liệu 0000001, trang 1 có hai tệp quét: "${n(1, 1)}" và "${n(1, 1, 'png')}".`,
    });
    expect(found[1]!.vi).toBe(`Tài liệu 0000002 có hai tệp quét: "${n(2)}" và "${n(2, undefined, 'TIF')}".`);
  });

  it('against the catalogue: page count (warning), documents not described, documents without scans', () => {
    const found = set(
      [n(1), n(3)],
      [
        [1, 4],
        [2, 1],
        [5, null],
      ],
      [
        [1, 3],
        [3, 1],
        [5, 9],
      ],
    );
    expect(codes(found)).toEqual(['DP-SCAN-PAGE-COUNT 1', 'DP-SCAN-NOT-IN-CATALOGUE 3', 'DP-SCAN-MISSING 2']);
    expect(found[0]).toMatchObject({ severity: 'warning', vi: 'Tài liệu 0000001 có 3 trang quét, mục lục ghi 4 trang.' });
    expect(found[1]!.vi).toBe('Bản quét tài liệu 0000003 không có trong mục lục hồ sơ G09.2024.01.001.');
    expect(found[2]!.vi).toBe('Tài liệu 0000002 của hồ sơ G09.2024.01.001 có trong mục lục nhưng chưa có bản quét.');
    // an empty catalogue says nothing about which documents exist
    expect(set([n(3)], [], [[3, 1]])).toEqual([]);
  });

  it("a unit's severity overrides", () => {
    const found = checkDocumentSet(
      { fileCode: CODE, names: [n(1)], catalogue: [{ ordinal: 1, numberOfPage: 2 }], pagesPerDocument: new Map([[1, 1]]) },
      { ...DEFAULT_QC_RULES, severity: { 'DP-SCAN-PAGE-COUNT': 'error' } },
    );
    expect(found).toMatchObject([{ code: 'DP-SCAN-PAGE-COUNT', severity: 'error' }]);
  });
});

describe('checkPdf', () => {
  const pdf: PdfMeasure = { name: `${CODE}.pdf`, pages: 4, encrypted: false, pdfa: null, signed: false, minImageDpi: 300, readable: true };
  const ctx = { document: 1, documentType: 'map' as const };
  const pdfCodes = (m: Partial<PdfMeasure>) => checkPdf({ ...pdf, ...m }, ctx).map((f) => `${f.code} ${f.severity}`);

  it('encrypted or unreadable refuses; PDF/A and signed are kept as they are (warnings)', () => {
    expect(pdfCodes({})).toEqual([]);
    expect(pdfCodes({ encrypted: true, readable: false })).toEqual(['DP-PDF-ENCRYPTED error']);
    expect(pdfCodes({ readable: false, error: 'tệp PDF hỏng' })).toEqual(['DP-PDF-UNREADABLE error']);
    expect(pdfCodes({ pdfa: '2B', signed: true })).toEqual(['DP-PDF-ALREADY-PDFA warning', 'DP-PDF-SIGNED warning']);
    expect(checkPdf({ ...pdf, signed: true }, ctx)[0]!.vi).toBe(`Tệp "${CODE}.pdf" có chữ ký số: giữ nguyên để chữ ký còn hiệu lực.`);
  });

  it('page images under the document type’s resolution', () => {
    expect(pdfCodes({ minImageDpi: 200 })).toEqual(['DP-SCAN-LOW-DPI error']);
    expect(checkPdf({ ...pdf, minImageDpi: 200 }, ctx)[0]!.vi).toBe(
      `Tệp "${CODE}.pdf": ảnh trang có độ phân giải 200 dpi, thấp hơn mức tối thiểu 300 dpi (TT05 Điều 8).`,
    );
    expect(pdfCodes({ minImageDpi: null })).toEqual([]);
    // without a context: an administrative document, no document number
    expect(checkPdf({ ...pdf, minImageDpi: 200 })).toEqual([]);
    expect(checkPdf({ ...pdf, minImageDpi: 150 })).toMatchObject([{ code: 'DP-SCAN-LOW-DPI', name: `${CODE}.pdf` }]);
    expect(checkPdf({ ...pdf, minImageDpi: 150 })[0]).not.toHaveProperty('document');
  });
});

describe('checkMedia', () => {
  const base: MediaMeasure = {
    name: 'phim.mp4',
    kind: 'video',
    container: 'mp4',
    codec: 'h264',
    durationSec: 60,
    width: 1920,
    height: 1080,
    bitRateKbps: 1500,
    audioBitRateKbps: 128,
    sampleRate: 48000,
    readable: true,
  };
  const mediaCodes = (m: Partial<MediaMeasure>) => checkMedia({ ...base, ...m }).map((f) => `${f.code} ${f.severity}`);

  it('video at least 1,500 kbps, audio at least 128 kbps, photographs at least 200 dpi', () => {
    expect(mediaCodes({})).toEqual([]);
    expect(mediaCodes({ bitRateKbps: 1499 })).toEqual(['DP-MEDIA-LOW-BITRATE error']);
    expect(checkMedia({ ...base, bitRateKbps: 800.4 })[0]!.vi).toBe(
      'Phim "phim.mp4": tốc độ bit 800 kbps, thấp hơn mức tối thiểu 1.500 kbps (TT05).',
    );
    const audio = { kind: 'audio' as const, name: 'ghi-am.mp3', width: null, height: null };
    expect(mediaCodes({ ...audio, audioBitRateKbps: 128, bitRateKbps: 130 })).toEqual([]);
    expect(mediaCodes({ ...audio, audioBitRateKbps: 64, bitRateKbps: 65 })).toEqual(['DP-MEDIA-LOW-BITRATE error']);
    expect(mediaCodes({ ...audio, audioBitRateKbps: null, bitRateKbps: 96 })).toEqual(['DP-MEDIA-LOW-BITRATE error']);
    expect(checkMedia({ ...base, ...audio, audioBitRateKbps: 64 })[0]!.vi).toBe(
      'Ghi âm "ghi-am.mp3": tốc độ bit 64 kbps, thấp hơn mức tối thiểu 128 kbps (TT05).',
    );
    const photo = { kind: 'image' as const, name: 'anh.tif', bitRateKbps: null, audioBitRateKbps: null };
    expect(mediaCodes({ ...photo, dpi: 199 })).toEqual(['DP-MEDIA-LOW-DPI error']);
    expect(mediaCodes({ ...photo, dpi: 200 })).toEqual([]);
  });

  it('unreadable media, and thresholds from the rules', () => {
    expect(mediaCodes({ readable: false, error: 'tệp hỏng' })).toEqual(['DP-MEDIA-UNREADABLE error']);
    expect(checkMedia(base, { ...DEFAULT_QC_RULES, video: { minKbps: 4000 } })).toMatchObject([{ code: 'DP-MEDIA-LOW-BITRATE' }]);
  });
});
