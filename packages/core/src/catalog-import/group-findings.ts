import type { Severity } from '../findings.js';
import { IMPORT_FINDING_CODES, type ImportFinding } from './finding-codes.js';

/**
 * Findings of an import as a person reads them: one line per code and column with how many rows
 * and the first few row numbers, not 144 identical lines. (`--json` and the API keep every one.)
 */
export interface ImportFindingGroup {
  code: string;
  severity: Severity;
  sheet?: string;
  column: string;
  count: number;
  /** The first rows (1-based, as the spreadsheet numbers them), at most `sample`. */
  rows: number[];
  /** The message when every finding of the group says the same; else the code's general one. */
  message: { vi: string; en: string };
}

const GENERAL = new Map(IMPORT_FINDING_CODES.map((c) => [c.code, c]));

export function groupImportFindings(findings: readonly ImportFinding[], sample = 5): ImportFindingGroup[] {
  const groups = new Map<string, { group: ImportFindingGroup; messages: Set<string> }>();
  for (const f of findings) {
    // Findings of no column (the header, the file) each say something of their own: never merged.
    const key = `${f.code}\u0000${f.sheet ?? ''}\u0000${f.column}\u0000${f.column === '' ? f.message : ''}`;
    let entry = groups.get(key);
    if (!entry) {
      const general = GENERAL.get(f.code);
      entry = {
        group: {
          code: f.code,
          severity: f.severity,
          ...(f.sheet !== undefined && { sheet: f.sheet }),
          column: f.column,
          count: 0,
          rows: [],
          message: { vi: f.message, en: general?.en ?? f.message },
        },
        messages: new Set(),
      };
      groups.set(key, entry);
    }
    entry.group.count += 1;
    if (entry.group.rows.length < sample && f.row > 0 && !entry.group.rows.includes(f.row)) entry.group.rows.push(f.row);
    entry.messages.add(f.message);
  }
  return [...groups.values()].map(({ group, messages }) => {
    if (messages.size <= 1) return group;
    const general = GENERAL.get(group.code);
    return { ...group, message: { vi: general?.vi ?? group.message.vi, en: general?.en ?? group.message.en } };
  });
}
