import { describe, expect, it } from 'vitest';
import {
  DEFAULT_QC_RULES,
  QC_DEFAULT_SEVERITY,
  checkNearDuplicates,
  checkPage,
  hammingDistance,
  inkDifference,
  viNumber,
  type DocumentType,
  type PageMeasure,
  type QcRules,
} from './qc.js';

const good: PageMeasure = {
  name: 'G09.2024.01.001.0000002.0003.tif',
  page: 1,
  format: 'tiff',
  widthPx: 1654,
  heightPx: 2339,
  dpiX: 200,
  dpiY: 200,
  bitsPerPixel: 24,
  colour: 'colour',
  blank: false,
  inkRatio: 0.04,
  skewDegrees: 0.3,
  dHash: 'f'.repeat(256),
  readable: true,
  bytes: 120_000,
};
const ctx = { document: 2, page: 3, documentType: 'administrative' as DocumentType, grayscaleRecorded: false };
const codes = (m: Partial<PageMeasure>, c: Partial<typeof ctx> = {}, rules?: QcRules) =>
  checkPage({ ...good, ...m }, { ...ctx, ...c }, rules).map((f) => f.code);

describe('DEFAULT_QC_RULES', () => {
  it("are TT05 Art. 8's minimums", () => {
    expect(DEFAULT_QC_RULES.dpi).toEqual({ administrative: 200, map: 300, photo: 200 });
    expect(DEFAULT_QC_RULES.minBitsPerPixel).toBe(24);
    expect(DEFAULT_QC_RULES.video.minKbps).toBe(1500);
    expect(DEFAULT_QC_RULES.audio.minKbps).toBe(128);
    expect(DEFAULT_QC_RULES.maxSkewDegrees).toBe(2);
  });
  it('every code rejects or reviews as documented', () => {
    for (const code of [
      'DP-SCAN-UNREADABLE',
      'DP-SCAN-EMPTY',
      'DP-SCAN-NAME',
      'DP-SCAN-LOW-DPI',
      'DP-SCAN-BIT-DEPTH',
      'DP-SCAN-GRAYSCALE',
      'DP-PDF-ENCRYPTED',
      'DP-MEDIA-LOW-BITRATE',
    ])
      expect(QC_DEFAULT_SEVERITY[code], code).toBe('error');
    for (const code of [
      'DP-SCAN-BLANK',
      'DP-SCAN-SKEW',
      'DP-SCAN-DUPLICATE',
      'DP-SCAN-PAGE-COUNT',
      'DP-SCAN-NO-DPI',
      'DP-PDF-ALREADY-PDFA',
      'DP-PDF-SIGNED',
    ])
      expect(QC_DEFAULT_SEVERITY[code], code).toBe('warning');
  });
});

describe('checkPage', () => {
  it('a good page has nothing to say', () => {
    expect(checkPage(good, ctx)).toEqual([]);
  });

  it('low resolution: an error with the measured and required values, per document type', () => {
    const [f] = checkPage({ ...good, dpiX: 150, dpiY: 150 }, ctx);
    expect(f).toEqual({
      code: 'DP-SCAN-LOW-DPI',
      severity: 'error',
      vi: 'Trang 3 của tài liệu 0000002: độ phân giải 150 dpi, thấp hơn mức tối thiểu 200 dpi cho tài liệu hành chính (TT05 Điều 8).',
      en: 'Page 3 of document 0000002: 150 dpi, below the 200 dpi minimum for administrative documents (TT05 Art. 8).',
      document: 2,
      page: 3,
      name: good.name,
    });
    expect(codes({}, { documentType: 'map' })).toEqual(['DP-SCAN-LOW-DPI']);
    expect(checkPage(good, { ...ctx, documentType: 'map' })[0]!.vi).toContain('thấp hơn mức tối thiểu 300 dpi cho bản đồ, bản vẽ');
    expect(codes({ dpiX: 300, dpiY: 300 }, { documentType: 'map' })).toEqual([]);
    // the lower of the two axes counts; 199.6 rounds to 200
    expect(codes({ dpiX: 300, dpiY: 150 })).toEqual(['DP-SCAN-LOW-DPI']);
    expect(codes({ dpiX: 199.6, dpiY: 199.6 })).toEqual([]);
  });

  it('no recorded resolution is a warning, not a guess', () => {
    expect(checkPage({ ...good, dpiX: null, dpiY: null }, ctx)).toMatchObject([{ code: 'DP-SCAN-NO-DPI', severity: 'warning' }]);
  });

  it('colour depth: under 24 bits is an error; grayscale and 1-bit only when the original is recorded black and white', () => {
    expect(codes({ bitsPerPixel: 16 })).toEqual(['DP-SCAN-BIT-DEPTH']);
    expect(codes({ bitsPerPixel: 48 })).toEqual([]);
    expect(codes({ colour: 'grayscale', bitsPerPixel: 8 })).toEqual(['DP-SCAN-GRAYSCALE']);
    expect(codes({ colour: 'grayscale', bitsPerPixel: 8 }, { grayscaleRecorded: true })).toEqual([]);
    expect(checkPage({ ...good, colour: 'grayscale', bitsPerPixel: 8 }, ctx)[0]!.vi).toContain(': ảnh thang xám 8 bit, trong khi TT05');
    const [bw] = checkPage({ ...good, colour: 'bilevel', bitsPerPixel: 1 }, ctx);
    expect(bw!.vi).toBe(
      'Trang 3 của tài liệu 0000002: ảnh đen trắng 1 bit, trong khi TT05 yêu cầu màu trung thực với bản gốc, tối thiểu 24 bit; chỉ chấp nhận khi mục lục ghi bản gốc là đen trắng.',
    );
    const strict = { ...DEFAULT_QC_RULES, grayscaleAllowedWhenRecorded: false };
    expect(codes({ colour: 'grayscale', bitsPerPixel: 8 }, { grayscaleRecorded: true }, strict)).toEqual(['DP-SCAN-GRAYSCALE']);
  });

  it('blank pages and skew are warnings; a blank page is not also called skewed', () => {
    expect(checkPage({ ...good, blank: true, inkRatio: 0 }, ctx)).toMatchObject([
      { code: 'DP-SCAN-BLANK', severity: 'warning', vi: 'Trang 3 của tài liệu 0000002 là trang trắng.' },
    ]);
    expect(codes({ inkRatio: 0.0002 })).toEqual(['DP-SCAN-BLANK']);
    expect(codes({ inkRatio: 0.0008 })).toEqual([]);
    expect(codes({ inkRatio: 0.0008 }, {}, { ...DEFAULT_QC_RULES, blankInkRatio: 0.002 })).toEqual(['DP-SCAN-BLANK']);
    expect(codes({ blank: true, skewDegrees: 5 })).toEqual(['DP-SCAN-BLANK']);
    const [skew] = checkPage({ ...good, skewDegrees: -4.04 }, ctx);
    expect(skew).toMatchObject({
      code: 'DP-SCAN-SKEW',
      severity: 'warning',
      vi: 'Trang 3 của tài liệu 0000002 nghiêng khoảng 4,0° (cho phép 2°).',
    });
    expect(codes({ skewDegrees: 2 })).toEqual([]);
    expect(codes({ skewDegrees: null })).toEqual([]);
  });

  it('an unreadable or empty file gives that one finding and nothing measured', () => {
    const broken = { ...good, readable: false, error: 'tệp bị cắt cụt hoặc hỏng', dpiX: null, dpiY: null, bitsPerPixel: 0 };
    const [f] = checkPage(broken, ctx);
    expect(f).toMatchObject({ code: 'DP-SCAN-UNREADABLE', severity: 'error' });
    expect(f!.vi).toBe(`Trang 3 của tài liệu 0000002 (${good.name}) không đọc được: tệp bị cắt cụt hoặc hỏng.`);
    expect(checkPage({ ...broken, bytes: 0 }, ctx)).toMatchObject([
      { code: 'DP-SCAN-EMPTY', severity: 'error', vi: `Trang 3 của tài liệu 0000002: tệp "${good.name}" rỗng (0 byte).` },
    ]);
  });

  it("without ctx.page the page's number within its file is used", () => {
    expect(checkPage({ ...good, page: 7, dpiX: 100, dpiY: 100 }, { ...ctx, page: undefined })[0]).toMatchObject({ page: 7 });
  });

  it("a unit's rules change thresholds and severities", () => {
    const unit: QcRules = {
      ...DEFAULT_QC_RULES,
      dpi: { ...DEFAULT_QC_RULES.dpi, administrative: 300 },
      maxSkewDegrees: 0.2,
      severity: { 'DP-SCAN-SKEW': 'error', 'DP-SCAN-LOW-DPI': 'warning' },
    };
    expect(checkPage(good, ctx, unit).map((f) => [f.code, f.severity])).toEqual([
      ['DP-SCAN-LOW-DPI', 'warning'],
      ['DP-SCAN-SKEW', 'error'],
    ]);
  });
});

describe('viNumber', () => {
  it('writes thousands with dots and decimals with a comma', () => {
    expect(viNumber(1500)).toBe('1.500');
    expect(viNumber(1234567.6, 0)).toBe('1.234.568');
    expect(viNumber(1.5)).toBe('1,5');
    expect(viNumber(128)).toBe('128');
    expect(viNumber(4.04, 1)).toBe('4,0');
    expect(viNumber(12345.25, 2)).toBe('12.345,25');
  });
});

describe('near-duplicates', () => {
  it('hammingDistance counts differing bits', () => {
    expect(hammingDistance('0000', '0000')).toBe(0);
    expect(hammingDistance('ffff', '0000')).toBe(16);
    expect(hammingDistance('8000000000000001', '0000000000000000')).toBe(2);
    expect(hammingDistance('a5a5a5a5', '5a5a5a5a')).toBe(32);
  });

  it('flags a later page within the distance of an earlier one, scaled to the hash length', () => {
    const base = '0'.repeat(256);
    const flip = (n: number) => 'f'.repeat(n / 4) + '0'.repeat(256 - n / 4); // n bits differ
    const found = checkNearDuplicates([
      { document: 1, page: 1, dHash: base },
      { document: 1, page: 2, dHash: flip(96) },
      { document: 2, page: 1, dHash: flip(48) }, // 48 of 1,024 = 3 per 64: the default limit
      { document: 2, page: 2, dHash: '' }, // blank: never compared
      { document: 2, page: 3, dHash: '' },
    ]);
    expect(found).toEqual([
      {
        code: 'DP-SCAN-DUPLICATE',
        severity: 'warning',
        vi: 'Trang 1 của tài liệu 0000002 gần như trùng với trang 1 của tài liệu 0000001 (quét hai lần?).',
        en: 'Page 1 of document 0000002 nearly duplicates page 1 of document 0000001 (scanned twice?).',
        document: 2,
        page: 1,
      },
    ]);
    expect(
      checkNearDuplicates([
        { document: 1, page: 1, dHash: base },
        { document: 1, page: 2, dHash: flip(52) },
      ]),
    ).toEqual([]);
    // a 64-bit hash: 3 bits
    expect(
      checkNearDuplicates([
        { document: 1, page: 1, dHash: '0000000000000000' },
        { document: 1, page: 2, dHash: '0000000000000007' },
      ]),
    ).toHaveLength(1);
    expect(
      checkNearDuplicates([
        { document: 1, page: 1, dHash: '0000000000000000' },
        { document: 1, page: 2, dHash: '000000000000000f' },
      ]),
    ).toHaveLength(0);
  });
});

describe('near-duplicates confirmed by ink', () => {
  it('a hash match is a duplicate only when the ink of the two pages overlaps', () => {
    const hash = 'f'.repeat(256);
    const mask = (on: number[]) => Array.from({ length: 16 }, (_, i) => (on.includes(i) ? 'f' : '0')).join('');
    expect(inkDifference(mask([1, 2, 3, 4]), mask([1, 2, 3, 4]))).toBe(0);
    expect(inkDifference(mask([1, 2, 3, 4]), mask([5, 6, 7, 8]))).toBe(1);
    expect(inkDifference(mask([1, 2, 3, 4]), mask([1, 2, 3, 5]))).toBeCloseTo(0.4);
    expect(inkDifference(mask([]), mask([]))).toBe(0);
    const pages = [
      { document: 1, page: 1, dHash: hash, inkMask: mask([1, 2, 3, 4, 5, 6, 7, 8]) },
      { document: 1, page: 2, dHash: hash, inkMask: mask([9, 10, 11, 12, 13, 14, 15, 0]) }, // same layout, other text
      { document: 1, page: 3, dHash: hash, inkMask: mask([1, 2, 3, 4, 5, 6, 7, 9]) }, // page 1 rescanned
    ];
    expect(checkNearDuplicates(pages).map((f) => [f.page, f.code])).toEqual([[3, 'DP-SCAN-DUPLICATE']]);
  });
});
