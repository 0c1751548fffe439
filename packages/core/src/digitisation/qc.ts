/*
 * Quality control of scans (TT05 Art. 8; DOMAIN.md §6; docs/digitisation-qc.md): what a measured
 * page, PDF or audio-visual file must meet, as findings with stable codes. Errors reject the
 * document; warnings send it to a person's review. Every threshold and every code's severity is
 * a rule a unit may change (config `digitisation.rules`).
 */

export type QcSeverity = 'error' | 'warning';

export interface QcFinding {
  code: string;
  severity: QcSeverity;
  vi: string;
  en: string;
  document?: number;
  page?: number;
  name?: string;
}

/** One page as measured (server digitisation/measure-image.ts). */
export interface PageMeasure {
  name: string;
  /** 1-based within its source file (a multi-page TIFF has several). */
  page: number;
  format: string;
  widthPx: number;
  heightPx: number;
  dpiX: number | null;
  dpiY: number | null;
  bitsPerPixel: number;
  colour: 'colour' | 'grayscale' | 'bilevel';
  blank: boolean;
  /** Share of the page's pixels clearly darker than its paper, 0..1. */
  inkRatio: number;
  /** Estimated skew of the text lines, degrees; null when too little text to tell. */
  skewDegrees: number | null;
  /** Difference hash in hex (server: 1,024 bits); '' when unreadable or blank. */
  dHash: string;
  /**
   * The page's ink as a 1-bit mask 128 px wide, in hex (server); '' when blank. Confirms a hash
   * match: two pages of one layout hash alike, their lines of text do not overlap.
   */
  inkMask?: string;
  readable: boolean;
  /** Why it could not be read (Vietnamese). */
  error?: string;
  /** The file's size; 0 means an empty file (DP-SCAN-EMPTY). */
  bytes?: number;
}

export interface PdfMeasure {
  name: string;
  pages: number;
  encrypted: boolean;
  /** PDF/A part and conformance from its XMP ('2B'), null when it claims none. */
  pdfa: string | null;
  signed: boolean;
  /** The lowest resolution of the page images, when the PDF has any. */
  minImageDpi: number | null;
  readable: boolean;
  error?: string;
}

export interface MediaMeasure {
  name: string;
  kind: 'video' | 'audio' | 'image';
  container: string;
  codec: string | null;
  durationSec: number | null;
  width: number | null;
  height: number | null;
  /** Overall (video: the container's) bit rate. */
  bitRateKbps: number | null;
  audioBitRateKbps: number | null;
  sampleRate: number | null;
  bitsPerPixel?: number;
  dpi?: number | null;
  readable: boolean;
  error?: string;
}

export type DocumentType = 'administrative' | 'map' | 'photo';

export interface QcRules {
  /** Minimum resolution per document type (TT05: 200 administrative, 300 maps and drawings; photos 200). */
  dpi: Record<DocumentType, number>;
  /** TT05: colour true to the original, at least 24 bits. */
  minBitsPerPixel: number;
  /** Grayscale passes when the catalogue records the original as black and white. */
  grayscaleAllowedWhenRecorded: boolean;
  maxSkewDegrees: number;
  /**
   * Differing bits per 64 of two pages' hashes at or below which they are near-duplicates (the
   * server's 1,024-bit hash: 3 → 48 bits; a page rescanned or re-encoded measures ~10–30, two
   * different pages of the same layout ~70; docs/digitisation-qc.md).
   */
  duplicateMaxDistance: number;
  /** Share of two pages' ink (differing over either's) at or below which a hash match is a duplicate. */
  duplicateMaxInkDifference: number;
  /** Below this ink ratio a page is blank. */
  blankInkRatio: number;
  /** Per code: a unit's own severity (e.g. DP-SCAN-PAGE-COUNT as an error). */
  severity: Partial<Record<string, QcSeverity>>;
  video: { minKbps: number };
  audio: { minKbps: number };
}

export const DEFAULT_QC_RULES: QcRules = {
  dpi: { administrative: 200, map: 300, photo: 200 },
  minBitsPerPixel: 24,
  grayscaleAllowedWhenRecorded: true,
  maxSkewDegrees: 2,
  duplicateMaxDistance: 3,
  duplicateMaxInkDifference: 0.25,
  // A page with one short line of text ("Trang này để trống.") has ~0.07 % ink; dust specks ~0.001 %.
  blankInkRatio: 0.0003,
  severity: {},
  video: { minKbps: 1500 },
  audio: { minKbps: 128 },
};

/** The default severity of each code (docs/digitisation-qc.md). */
export const QC_DEFAULT_SEVERITY: Readonly<Record<string, QcSeverity>> = {
  'DP-SCAN-UNREADABLE': 'error',
  'DP-SCAN-EMPTY': 'error',
  'DP-SCAN-NAME': 'error',
  'DP-SCAN-DUPLICATE-NAME': 'error',
  'DP-SCAN-LOW-DPI': 'error',
  'DP-SCAN-NO-DPI': 'warning',
  'DP-SCAN-BIT-DEPTH': 'error',
  'DP-SCAN-GRAYSCALE': 'error',
  'DP-SCAN-BLANK': 'warning',
  'DP-SCAN-SKEW': 'warning',
  'DP-SCAN-DUPLICATE': 'warning',
  'DP-SCAN-PAGE-COUNT': 'warning',
  'DP-SCAN-PAGE-GAP': 'error',
  'DP-SCAN-NOT-IN-CATALOGUE': 'warning',
  'DP-SCAN-MISSING': 'warning',
  'DP-PDF-ENCRYPTED': 'error',
  'DP-PDF-UNREADABLE': 'error',
  'DP-PDF-ALREADY-PDFA': 'warning',
  'DP-PDF-SIGNED': 'warning',
  'DP-MEDIA-UNREADABLE': 'error',
  'DP-MEDIA-LOW-BITRATE': 'error',
  'DP-MEDIA-LOW-DPI': 'error',
};

const TYPE_WORDS: Record<DocumentType, { vi: string; en: string }> = {
  administrative: { vi: 'tài liệu hành chính', en: 'administrative documents' },
  map: { vi: 'bản đồ, bản vẽ', en: 'maps and drawings' },
  photo: { vi: 'ảnh', en: 'photographs' },
};

const seq = (n: number): string => String(n).padStart(7, '0');

/** A number as Vietnamese writes it: '.' between thousands, ',' before decimals (1.500; 4,0). */
export function viNumber(n: number, decimals?: number): string {
  const [whole, fraction] = (decimals === undefined ? String(n) : n.toFixed(decimals)).split('.');
  return whole!.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (fraction === undefined ? '' : `,${fraction}`);
}

function finding(
  rules: QcRules,
  code: string,
  vi: string,
  en: string,
  where: Omit<QcFinding, 'code' | 'severity' | 'vi' | 'en'>,
): QcFinding {
  return { code, severity: rules.severity[code] ?? QC_DEFAULT_SEVERITY[code] ?? 'warning', vi, en, ...where };
}

export interface PageContext {
  document: number;
  /** The page's number within its document (1-based), for messages. */
  page?: number;
  documentType: DocumentType;
  grayscaleRecorded: boolean;
}

/** Findings on one measured page. */
export function checkPage(m: PageMeasure, ctx: PageContext, rules: QcRules = DEFAULT_QC_RULES): QcFinding[] {
  const page = ctx.page ?? m.page;
  const at = { document: ctx.document, page, name: m.name };
  const where = `Trang ${page} của tài liệu ${seq(ctx.document)}`;
  const whereEn = `Page ${page} of document ${seq(ctx.document)}`;
  if (m.bytes === 0)
    return [finding(rules, 'DP-SCAN-EMPTY', `${where}: tệp "${m.name}" rỗng (0 byte).`, `${whereEn}: "${m.name}" is empty (0 bytes).`, at)];
  if (!m.readable)
    return [
      finding(
        rules,
        'DP-SCAN-UNREADABLE',
        `${where} (${m.name}) không đọc được: ${m.error ?? 'tệp hỏng'}.`,
        `${whereEn} (${m.name}) cannot be read.`,
        at,
      ),
    ];
  const out: QcFinding[] = [];
  const need = rules.dpi[ctx.documentType];
  const dpi = m.dpiX === null || m.dpiY === null ? null : Math.round(Math.min(m.dpiX, m.dpiY));
  if (dpi === null)
    out.push(
      finding(
        rules,
        'DP-SCAN-NO-DPI',
        `${where}: tệp không ghi độ phân giải; không kiểm tra được mức tối thiểu ${need} dpi.`,
        `${whereEn}: the file records no resolution; the ${need} dpi minimum cannot be checked.`,
        at,
      ),
    );
  else if (dpi < need)
    out.push(
      finding(
        rules,
        'DP-SCAN-LOW-DPI',
        `${where}: độ phân giải ${dpi} dpi, thấp hơn mức tối thiểu ${need} dpi cho ${TYPE_WORDS[ctx.documentType].vi} (TT05 Điều 8).`,
        `${whereEn}: ${dpi} dpi, below the ${need} dpi minimum for ${TYPE_WORDS[ctx.documentType].en} (TT05 Art. 8).`,
        at,
      ),
    );
  if (m.colour !== 'colour' && !(ctx.grayscaleRecorded && rules.grayscaleAllowedWhenRecorded))
    out.push(
      finding(
        rules,
        'DP-SCAN-GRAYSCALE',
        `${where}: ảnh ${m.colour === 'bilevel' ? 'đen trắng 1 bit' : `thang xám ${m.bitsPerPixel} bit`}, trong khi TT05 yêu cầu màu trung thực với bản gốc, tối thiểu ${rules.minBitsPerPixel} bit; chỉ chấp nhận khi mục lục ghi bản gốc là đen trắng.`,
        `${whereEn}: ${m.colour === 'bilevel' ? '1-bit black and white' : `${m.bitsPerPixel}-bit grayscale`}, but TT05 asks for colour true to the original, at least ${rules.minBitsPerPixel} bits; accepted only when the catalogue records a black-and-white original.`,
        at,
      ),
    );
  else if (m.colour === 'colour' && m.bitsPerPixel < rules.minBitsPerPixel)
    out.push(
      finding(
        rules,
        'DP-SCAN-BIT-DEPTH',
        `${where}: độ sâu màu ${m.bitsPerPixel} bit, thấp hơn ${rules.minBitsPerPixel} bit (TT05 Điều 8).`,
        `${whereEn}: ${m.bitsPerPixel}-bit colour, below ${rules.minBitsPerPixel} bits (TT05 Art. 8).`,
        at,
      ),
    );
  if (m.blank || m.inkRatio < rules.blankInkRatio)
    out.push(finding(rules, 'DP-SCAN-BLANK', `${where} là trang trắng.`, `${whereEn} is blank.`, at));
  else if (m.skewDegrees !== null && Math.abs(m.skewDegrees) > rules.maxSkewDegrees)
    out.push(
      finding(
        rules,
        'DP-SCAN-SKEW',
        `${where} nghiêng khoảng ${viNumber(Math.abs(m.skewDegrees), 1)}° (cho phép ${viNumber(rules.maxSkewDegrees)}°).`,
        `${whereEn} is skewed by about ${Math.abs(m.skewDegrees).toFixed(1)}° (${rules.maxSkewDegrees}° allowed).`,
        at,
      ),
    );
  return out;
}

/** Bits that differ between two hex hashes of equal length. */
export function hammingDistance(a: string, b: string): number {
  let d = 0;
  for (let i = 0; i < a.length; i += 4) {
    let x = parseInt(a.slice(i, i + 4), 16) ^ parseInt(b.slice(i, i + 4), 16);
    while (x) {
      d += x & 1;
      x >>= 1;
    }
  }
  return d;
}

const popcount = (v: number): number => {
  let n = 0;
  for (let x = v; x; x >>= 1) n += x & 1;
  return n;
};

/** Differing ink over the ink of either page (Jaccard distance of two masks); 0 for two empty masks. */
export function inkDifference(a: string, b: string): number {
  let differ = 0;
  let either = 0;
  for (let i = 0; i < Math.min(a.length, b.length); i += 4) {
    const x = parseInt(a.slice(i, i + 4), 16);
    const y = parseInt(b.slice(i, i + 4), 16);
    differ += popcount(x ^ y);
    either += popcount(x | y);
  }
  return either === 0 ? 0 : differ / either;
}

/** Pages that look the same (a page scanned twice): each later page against every earlier one. */
export function checkNearDuplicates(
  pages: Array<{ document: number; page: number; dHash: string; inkMask?: string }>,
  rules: QcRules = DEFAULT_QC_RULES,
): QcFinding[] {
  const out: QcFinding[] = [];
  pages.forEach((p, i) => {
    if (p.dHash === '') return;
    // The rule counts differing bits per 64 (a classic 8 × 8 hash); longer hashes scale it.
    const limit = (rules.duplicateMaxDistance * p.dHash.length * 4) / 64;
    const earlier = pages.slice(0, i).find(
      (q) =>
        q.dHash.length === p.dHash.length &&
        hammingDistance(p.dHash, q.dHash) <= limit &&
        // With masks, the text itself must match too (pages of one layout hash alike).
        (p.inkMask === undefined || q.inkMask === undefined || inkDifference(p.inkMask, q.inkMask) <= rules.duplicateMaxInkDifference),
    );
    if (earlier)
      out.push(
        finding(
          rules,
          'DP-SCAN-DUPLICATE',
          `Trang ${p.page} của tài liệu ${seq(p.document)} gần như trùng với trang ${earlier.page} của tài liệu ${seq(earlier.document)} (quét hai lần?).`,
          `Page ${p.page} of document ${seq(p.document)} nearly duplicates page ${earlier.page} of document ${seq(earlier.document)} (scanned twice?).`,
          { document: p.document, page: p.page },
        ),
      );
  });
  return out;
}
