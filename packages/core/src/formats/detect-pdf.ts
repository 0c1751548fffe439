import { indexOfAscii, latin1, textAt } from './bytes.js';
import { finding, type Detection, type Probe } from './probe.js';

const PDF_1X: Record<string, string> = {
  '1.0': 'fmt/14',
  '1.1': 'fmt/15',
  '1.2': 'fmt/16',
  '1.3': 'fmt/17',
  '1.4': 'fmt/18',
  '1.5': 'fmt/19',
  '1.6': 'fmt/20',
  '1.7': 'fmt/276',
  '2.0': 'fmt/1129',
};

const PDFA: Record<string, string> = {
  '1A': 'fmt/95',
  '1B': 'fmt/354',
  '2A': 'fmt/476',
  '2B': 'fmt/477',
  '2U': 'fmt/478',
  '3A': 'fmt/479',
  '3B': 'fmt/480',
  '3U': 'fmt/481',
};

// XMP identification schema, attribute form (pdfaid:part="2") or element form (<pdfaid:part>2</…>).
const PART = /pdfaid:part\s*(?:=\s*["']|>)\s*(\d)/;
const CONFORMANCE = /pdfaid:conformance\s*(?:=\s*["']|>)\s*([A-Za-z])/;

/** The PDF/A part and conformance ("2B") declared in XMP metadata visible in `text`, if any. */
export function pdfaLevel(text: string): string | undefined {
  if (!text.includes('pdfaid:')) return undefined;
  const part = PART.exec(text)?.[1];
  const conformance = CONFORMANCE.exec(text)?.[1];
  return part && conformance ? `${part}${conformance.toUpperCase()}` : undefined;
}

/** XMP properties sit together in one rdf:Description: a few KiB after the first `pdfaid:` hold them. */
const XMP_SPAN = 8192;

/** pdfaLevel over a byte window, viewing as text only the part after the first `pdfaid:`. */
function pdfaLevelIn(bytes: Uint8Array): string | undefined {
  const at = indexOfAscii(bytes, 'pdfaid:');
  if (at < 0) return undefined;
  return pdfaLevel(latin1(bytes, Math.max(0, at - XMP_SPAN), Math.min(bytes.length, at + XMP_SPAN)));
}

/**
 * PDF by its header (%PDF-1.x within the first 1024 bytes, %PDF-2.0 within 4096, as PRONOM allows)
 * and %%EOF near the end; PDF/A by the pdfaid XMP properties seen in the head or the tail.
 */
export function detectPdf(p: Probe): Detection | undefined {
  // Only the first 4 KiB can hold the header: no need to view the whole window as text.
  const at = textAt(p.head, 0, 4096 + 5).indexOf('%PDF-');
  if (at < 0 || at > 4096) return undefined;
  const version = textAt(p.head, at + 5, at + 8);
  const base = PDF_1X[version];
  if (!base || (version !== '2.0' && at > 1024)) return undefined;
  const findings = [];
  if (p.tail.length > 0 && indexOfAscii(p.tail, '%%EOF', Math.max(0, p.tail.length - 1024)) < 0) {
    findings.push(
      finding(
        'DP-FMT-PDF-NO-EOF',
        'warning',
        `Không thấy %%EOF trong 1024 byte cuối: tệp PDF có thể bị cắt cụt / no %%EOF in the last 1024 bytes: the PDF may be truncated`,
      ),
    );
  }
  const level = pdfaLevelIn(p.head) ?? pdfaLevelIn(p.tail);
  const pdfa = level ? PDFA[level] : undefined;
  if (level && !pdfa) {
    findings.push(
      finding(
        'DP-FMT-PDFA-UNKNOWN-LEVEL',
        'warning',
        `Khai báo PDF/A-${level} không có trong bảng PRONOM của DuPhong; ghi nhận là PDF ${version} / PDF/A-${level} is not in DuPhong's PRONOM table; recorded as PDF ${version}`,
      ),
    );
  }
  return { puid: pdfa ?? base, basis: 'signature', ...(findings.length ? { findings } : {}) };
}
