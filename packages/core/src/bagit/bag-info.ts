import type { Finding } from '../findings.js';
import { BAG_CODES as C, bagError } from './codes.js';
import { splitLines } from './text.js';

export interface BagInfoEntry {
  label: string;
  value: string;
}

export interface BagInfo {
  /** In file order; repeated labels are kept. */
  entries: BagInfoEntry[];
  findings: Finding[];
}

/**
 * bag-info.txt (RFC 8493 §2.2.2): `Label: value` lines; a line starting with a space or tab
 * continues the previous value (joined with a newline, its indentation kept, as bagit-java does).
 * Whitespace before the colon is tolerated here (the suite's "uncommon separators" bag is valid).
 */
export function parseBagInfo(text: string, path = 'bag-info.txt'): BagInfo {
  const entries: BagInfoEntry[] = [];
  const findings: Finding[] = [];
  for (const [i, line] of splitLines(text).entries()) {
    if (line.trim() === '') continue;
    if (/^[ \t]/.test(line)) {
      const last = entries[entries.length - 1];
      if (!last) {
        findings.push(
          bagError(
            C.bagInfoSyntax,
            `${path} dòng ${i + 1}: dòng tiếp nối không có nhãn trước`,
            `line ${i + 1}: continuation without a label`,
            path,
          ),
        );
        continue;
      }
      last.value += `\n${line}`;
      continue;
    }
    const colon = line.indexOf(':');
    const label = colon < 0 ? '' : line.slice(0, colon).trim();
    if (colon < 0 || label === '' || /\s/.test(label)) {
      findings.push(
        bagError(
          C.bagInfoSyntax,
          `${path} dòng ${i + 1} không có dạng "Nhãn: giá trị" (hoặc thiếu thụt lề của dòng tiếp nối): ${JSON.stringify(line)}`,
          `line ${i + 1} is not "Label: value" (or an unindented continuation): ${JSON.stringify(line)}`,
          path,
        ),
      );
      continue;
    }
    entries.push({ label, value: line.slice(colon + 1).replace(/^[ \t]+/, '') });
  }
  return { entries, findings };
}

/** Values of a label, compared case-insensitively (reserved labels are case-insensitive). */
export function bagInfoValues(info: readonly BagInfoEntry[], label: string): string[] {
  const want = label.toLowerCase();
  return info.filter((e) => e.label.toLowerCase() === want).map((e) => e.value.trim());
}

export interface Oxum {
  octets: number;
  streams: number;
}

/** `Payload-Oxum: OctetCount.StreamCount`. */
export function parseOxum(value: string): Oxum | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(value.trim());
  return m ? { octets: Number(m[1]), streams: Number(m[2]) } : undefined;
}

/** Writes bag-info.txt; a value with newlines becomes continuation lines indented by two spaces. */
export function formatBagInfo(entries: readonly BagInfoEntry[]): string {
  return entries.map((e) => `${e.label}: ${e.value.split(/\r\n|\r|\n/).join('\n  ')}\n`).join('');
}
