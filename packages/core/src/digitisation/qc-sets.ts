import { parseScanName } from './scan-names.js';
import {
  DEFAULT_QC_RULES,
  QC_DEFAULT_SEVERITY,
  viNumber,
  type MediaMeasure,
  type PdfMeasure,
  type QcFinding,
  type QcRules,
  type DocumentType,
} from './qc.js';

/*
 * Quality control beyond one page: a document's scans against the catalogue (names, page
 * numbering, page counts, documents missing or unknown), PDFs and audio-visual files.
 */

const seq = (n: number): string => String(n).padStart(7, '0');

function finding(
  rules: QcRules,
  code: string,
  vi: string,
  en: string,
  where: Omit<QcFinding, 'code' | 'severity' | 'vi' | 'en'> = {},
): QcFinding {
  return { code, severity: rules.severity[code] ?? QC_DEFAULT_SEVERITY[code] ?? 'warning', vi, en, ...where };
}

export interface DocumentSetInput {
  fileCode: string;
  /** Scan file names received for the file (or one document). */
  names: string[];
  /** The catalogue's documents of the file, with their page counts. */
  catalogue: Array<{ ordinal: number; numberOfPage: number | null }>;
  /** Pages measured per document ordinal. */
  pagesPerDocument: Map<number, number>;
}

/** Scans against the catalogue: page numbering, page counts, documents unknown or without scans. */
export function checkDocumentSet(input: DocumentSetInput, rules: QcRules = DEFAULT_QC_RULES): QcFinding[] {
  const out: QcFinding[] = [];
  const pagesOf = new Map<number, number[]>();
  const seen = new Map<string, string>();
  for (const name of input.names) {
    const parsed = parseScanName(name, input.fileCode);
    if (parsed === null) {
      out.push(
        finding(
          rules,
          'DP-SCAN-NAME',
          `Tên tệp "${name}" không theo quy tắc đặt tên của TT05 Điều 8: ${input.fileCode}.NNNNNNN.tif hoặc ${input.fileCode}.NNNNNNN.PPPP.tif (số thứ tự tài liệu 7 chữ số, số trang 4 chữ số).`,
          `"${name}" does not follow TT05 Art. 8 naming: ${input.fileCode}.NNNNNNN.tif or ${input.fileCode}.NNNNNNN.PPPP.tif (7-digit document ordinal, 4-digit page).`,
          { name },
        ),
      );
      continue;
    }
    if ('wholeFile' in parsed) continue;
    // The same document (and page) twice, e.g. ….0000002.tif beside ….0000002.png: which is the scan?
    const key = `${parsed.ordinal}.${parsed.page ?? ''}`;
    const first = seen.get(key);
    if (first !== undefined) {
      out.push(
        finding(
          rules,
          'DP-SCAN-DUPLICATE-NAME',
          `Tài liệu ${seq(parsed.ordinal)}${parsed.page === null ? '' : `, trang ${parsed.page}`} có hai tệp quét: "${first}" và "${name}".`,
          `Document ${seq(parsed.ordinal)}${parsed.page === null ? '' : `, page ${parsed.page}`} has two scan files: "${first}" and "${name}".`,
          { document: parsed.ordinal, ...(parsed.page !== null && { page: parsed.page }), name },
        ),
      );
      continue;
    }
    seen.set(key, name);
    pagesOf.set(parsed.ordinal, [...(pagesOf.get(parsed.ordinal) ?? []), parsed.page ?? 0]);
  }
  for (const [ordinal, pages] of pagesOf) {
    const numbered = pages.filter((p) => p > 0).sort((a, b) => a - b);
    if (numbered.length > 0 && (numbered.length !== pages.length || numbered.some((p, i) => p !== i + 1)))
      out.push(
        finding(
          rules,
          'DP-SCAN-PAGE-GAP',
          `Tài liệu ${seq(ordinal)}: các trang quét đánh số ${numbered.join(', ')}${numbered.length !== pages.length ? ' lẫn tệp không số trang' : ''}; cần liên tục từ 1.`,
          `Document ${seq(ordinal)}: scanned pages numbered ${numbered.join(', ')}${numbered.length !== pages.length ? ' mixed with an unnumbered file' : ''}; they must run from 1.`,
          { document: ordinal },
        ),
      );
  }
  const known = new Map(input.catalogue.map((d) => [d.ordinal, d]));
  for (const [ordinal, pages] of input.pagesPerDocument) {
    const described = known.get(ordinal);
    if (!described) {
      if (input.catalogue.length > 0)
        out.push(
          finding(
            rules,
            'DP-SCAN-NOT-IN-CATALOGUE',
            `Bản quét tài liệu ${seq(ordinal)} không có trong mục lục hồ sơ ${input.fileCode}.`,
            `Scans of document ${seq(ordinal)} are not in the catalogue of file ${input.fileCode}.`,
            { document: ordinal },
          ),
        );
      continue;
    }
    if (described.numberOfPage !== null && described.numberOfPage !== pages)
      out.push(
        finding(
          rules,
          'DP-SCAN-PAGE-COUNT',
          `Tài liệu ${seq(ordinal)} có ${pages} trang quét, mục lục ghi ${described.numberOfPage} trang.`,
          `Document ${seq(ordinal)} has ${pages} scanned pages; the catalogue says ${described.numberOfPage}.`,
          { document: ordinal },
        ),
      );
  }
  for (const d of input.catalogue)
    if (!input.pagesPerDocument.has(d.ordinal))
      out.push(
        finding(
          rules,
          'DP-SCAN-MISSING',
          `Tài liệu ${seq(d.ordinal)} của hồ sơ ${input.fileCode} có trong mục lục nhưng chưa có bản quét.`,
          `Document ${seq(d.ordinal)} of file ${input.fileCode} is in the catalogue but has no scan.`,
          { document: d.ordinal },
        ),
      );
  return out;
}

/** A PDF given as a scan: unreadable or encrypted is refused; PDF/A or signed is kept as it is. */
export function checkPdf(
  m: PdfMeasure,
  ctx: { document?: number; documentType?: DocumentType } = {},
  rules: QcRules = DEFAULT_QC_RULES,
): QcFinding[] {
  const at = { ...(ctx.document !== undefined && { document: ctx.document }), name: m.name };
  if (m.encrypted)
    return [
      finding(
        rules,
        'DP-PDF-ENCRYPTED',
        `Tệp PDF "${m.name}" có mật khẩu; không đọc được nội dung.`,
        `PDF "${m.name}" is password-protected; its content cannot be read.`,
        at,
      ),
    ];
  if (!m.readable)
    return [
      finding(
        rules,
        'DP-PDF-UNREADABLE',
        `Tệp PDF "${m.name}" hỏng hoặc không đọc được: ${m.error ?? ''}`.trim(),
        `PDF "${m.name}" is damaged or unreadable.`,
        at,
      ),
    ];
  const out: QcFinding[] = [];
  if (m.pdfa !== null)
    out.push(
      finding(
        rules,
        'DP-PDF-ALREADY-PDFA',
        `Tệp "${m.name}" đã là PDF/A-${m.pdfa}: giữ nguyên, không chuyển đổi lại.`,
        `"${m.name}" is already PDF/A-${m.pdfa}: kept as is, not converted again.`,
        at,
      ),
    );
  if (m.signed)
    out.push(
      finding(
        rules,
        'DP-PDF-SIGNED',
        `Tệp "${m.name}" có chữ ký số: giữ nguyên để chữ ký còn hiệu lực.`,
        `"${m.name}" is digitally signed: kept as is so the signature stays valid.`,
        at,
      ),
    );
  const need = rules.dpi[ctx.documentType ?? 'administrative'];
  if (m.minImageDpi !== null && Math.round(m.minImageDpi) < need)
    out.push(
      finding(
        rules,
        'DP-SCAN-LOW-DPI',
        `Tệp "${m.name}": ảnh trang có độ phân giải ${Math.round(m.minImageDpi)} dpi, thấp hơn mức tối thiểu ${need} dpi (TT05 Điều 8).`,
        `"${m.name}": page images at ${Math.round(m.minImageDpi)} dpi, below the ${need} dpi minimum (TT05 Art. 8).`,
        at,
      ),
    );
  return out;
}

/** Digitised film, tape and photographs: readable, and at least TT05's bit rates / resolution. */
export function checkMedia(m: MediaMeasure, rules: QcRules = DEFAULT_QC_RULES): QcFinding[] {
  const at = { name: m.name };
  if (!m.readable)
    return [
      finding(rules, 'DP-MEDIA-UNREADABLE', `Tệp "${m.name}" không đọc được: ${m.error ?? 'tệp hỏng'}.`, `"${m.name}" cannot be read.`, at),
    ];
  const out: QcFinding[] = [];
  if (m.kind === 'video' && m.bitRateKbps !== null && m.bitRateKbps < rules.video.minKbps)
    out.push(
      finding(
        rules,
        'DP-MEDIA-LOW-BITRATE',
        `Phim "${m.name}": tốc độ bit ${viNumber(m.bitRateKbps, 0)} kbps, thấp hơn mức tối thiểu ${viNumber(rules.video.minKbps)} kbps (TT05).`,
        `Video "${m.name}": ${Math.round(m.bitRateKbps)} kbps, below the ${rules.video.minKbps} kbps minimum (TT05).`,
        at,
      ),
    );
  const audio = m.kind === 'audio' ? (m.audioBitRateKbps ?? m.bitRateKbps) : null;
  if (audio !== null && audio < rules.audio.minKbps)
    out.push(
      finding(
        rules,
        'DP-MEDIA-LOW-BITRATE',
        `Ghi âm "${m.name}": tốc độ bit ${viNumber(audio, 0)} kbps, thấp hơn mức tối thiểu ${viNumber(rules.audio.minKbps)} kbps (TT05).`,
        `Audio "${m.name}": ${Math.round(audio)} kbps, below the ${rules.audio.minKbps} kbps minimum (TT05).`,
        at,
      ),
    );
  if (m.kind === 'image' && m.dpi !== undefined && m.dpi !== null && m.dpi < rules.dpi.photo)
    out.push(
      finding(
        rules,
        'DP-MEDIA-LOW-DPI',
        `Ảnh "${m.name}": ${Math.round(m.dpi)} dpi, thấp hơn mức tối thiểu ${rules.dpi.photo} dpi với ảnh (TT05).`,
        `Photo "${m.name}": ${Math.round(m.dpi)} dpi, below the ${rules.dpi.photo} dpi minimum for photographs (TT05).`,
        at,
      ),
    );
  return out;
}
