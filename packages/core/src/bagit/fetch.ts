import type { Finding } from '../findings.js';
import { BAG_CODES as C, bagError } from './codes.js';
import { checkBagPath, decodeBagPath } from './paths.js';
import { splitLines } from './text.js';

export interface FetchEntry {
  url: string;
  /** Octets, or undefined for `-` (unknown). */
  length?: number;
  path: string;
  line: number;
}

/**
 * fetch.txt (RFC 8493 §2.2.3): `url length path` per line, length a number or `-`. DuPhong parses
 * it but never follows a URL. Blank lines are refused (as bagit-java does); so are unsafe paths and
 * paths outside `data/` (a fetch file lists payload files only).
 */
export function parseFetch(text: string, fileName = 'fetch.txt'): { entries: FetchEntry[]; findings: Finding[] } {
  const entries: FetchEntry[] = [];
  const findings: Finding[] = [];
  for (const [i, line] of splitLines(text).entries()) {
    const m = /^(\S+)[ \t]+(\d+|-)[ \t]+(.+)$/.exec(line);
    if (!m) {
      const what = line.trim() === '' ? 'dòng trống' : `sai cú pháp: ${JSON.stringify(line)}`;
      const whatEn = line.trim() === '' ? 'blank line' : 'malformed';
      findings.push(bagError(C.fetchSyntax, `${fileName} dòng ${i + 1}: ${what}`, `line ${i + 1}: ${whatEn}`, fileName));
      continue;
    }
    const raw = m[3]!;
    const checked = checkBagPath(decodeBagPath(raw));
    if (!checked.ok) {
      findings.push(
        bagError(
          C.unsafePath,
          `${fileName} dòng ${i + 1}: đường dẫn bị từ chối, ${checked.reason}: ${JSON.stringify(raw)}`,
          `line ${i + 1}: path refused, ${checked.reasonEn}: ${JSON.stringify(raw)}`,
          fileName,
        ),
      );
      continue;
    }
    if (!checked.path.startsWith('data/')) {
      findings.push(
        bagError(
          C.fetchOutsidePayload,
          `${fileName} dòng ${i + 1}: chỉ được liệt kê tệp trong data/: ${JSON.stringify(raw)}`,
          `line ${i + 1}: only payload files (data/) may be fetched: ${JSON.stringify(raw)}`,
          fileName,
        ),
      );
      continue;
    }
    entries.push({ url: m[1]!, ...(m[2] === '-' ? {} : { length: Number(m[2]) }), path: checked.path, line: i + 1 });
  }
  return { entries, findings };
}
