import type { Finding } from '../findings.js';
import { detectImage } from './detect-image.js';
import { detectMedia } from './detect-media.js';
import { detectOle2 } from './detect-ole2.js';
import { detectPdf } from './detect-pdf.js';
import { detectText } from './detect-text.js';
import { detectZip } from './detect-zip.js';
import { extensionOf, OCTET_STREAM } from './mime.js';
import { BILINGUAL, finding, makeProbe, type Basis, type Detection, type Probe } from './probe.js';
import { FORMATS, formatByPuid } from './registry.js';

export interface IdentifyInput {
  /** The first up-to-64 KiB of the file. */
  head: Uint8Array;
  /** The last up-to-64 KiB (omit when the head holds the whole file). */
  tail?: Uint8Array;
  /** File name or path; only its extension is used. */
  name: string;
  /** File size in bytes. */
  size: number;
  /** Text the caller read from inside a container (e.g. an ODF META-INF/manifest.xml), if any. */
  containerText?: string;
}

export interface FormatIdentification {
  /** PRONOM identifier; null when the format is unknown. */
  puid: string | null;
  formatName: string;
  formatVersion?: string;
  /** For METS @MIMETYPE; application/octet-stream when unknown. */
  mime: string;
  /** One of the content formats Circular 05/2025 allows. */
  allowed: boolean;
  /** What decided the PUID: a byte signature, the extension (signature only told the family), or the container's parts. */
  basis: Basis;
  findings?: Finding[];
}

// Most specific first: containers and strong magic numbers before the text heuristics.
const DETECTORS: Array<(p: Probe) => Detection | undefined> = [detectPdf, detectZip, detectOle2, detectImage, detectMedia, detectText];

const KNOWN_EXTENSIONS = new Set(FORMATS.flatMap((f) => f.extensions));

/**
 * Identify a file's format from its first and last bytes (DROID-style signatures, PRONOM PUIDs).
 * Pure: the caller reads the bytes. Where the extension disagrees with the signature, the
 * signature wins and a DP-FMT-EXT-MISMATCH warning says so.
 */
export function identifyFormat(input: IdentifyInput): FormatIdentification {
  const ext = extensionOf(input.name);
  const probe = makeProbe({ ...input, ext });
  let detection: Detection | undefined;
  for (const detect of DETECTORS) {
    detection = detect(probe);
    if (detection) break;
  }
  const entry = detection && formatByPuid(detection.puid);
  if (!detection || !entry) {
    const [whyVi, whyEn] = input.size === 0 ? ['tệp rỗng', 'empty file'] : ['không khớp chữ ký nào', 'no signature matched'];
    return {
      puid: null,
      formatName: 'Unknown',
      mime: OCTET_STREAM,
      allowed: false,
      basis: 'signature',
      findings: [finding('DP-FMT-UNKNOWN', 'warning', `Không nhận ra định dạng (${whyVi})${BILINGUAL}format not identified (${whyEn})`)],
    };
  }
  const findings = [...(detection.findings ?? [])];
  const label = `${entry.name}${entry.version ? ` ${entry.version}` : ''} (${entry.puid})`;
  if (ext && KNOWN_EXTENSIONS.has(ext) && !entry.extensions.includes(ext)) {
    findings.push(
      finding(
        'DP-FMT-EXT-MISMATCH',
        'warning',
        `Phần mở rộng .${ext} không khớp nội dung: ${label} / extension .${ext} disagrees with the content: ${label}`,
      ),
    );
  }
  if (!entry.allowed) {
    findings.push(
      finding(
        'DP-FMT-NOT-ALLOWED',
        'warning',
        `${label} không thuộc danh mục định dạng của Thông tư 05/2025 / not a content format Circular 05/2025 allows`,
      ),
    );
  }
  return {
    puid: entry.puid,
    formatName: entry.name,
    ...(entry.version === undefined ? {} : { formatVersion: entry.version }),
    mime: detection.mime ?? entry.mime,
    allowed: entry.allowed,
    basis: detection.basis,
    ...(findings.length ? { findings } : {}),
  };
}
