import { foldVietnamese } from '../records/fold.js';
import { TT05_CODE_LISTS, type CodeListId } from '../tt05/profile/code-lists.js';
import type { DateForm } from '../tt05/profile/catalogue.js';
import { parseTt05Date } from '../tt05/profile/values.js';

/**
 * One spreadsheet cell as a reader hands it over. `formula` is set for formula cells: the
 * cached result is in `value`, but it is never trusted silently (the import reports the cell).
 */
export interface SheetCell {
  value: string | number | boolean | Date | null;
  formula?: string;
  /** The reader stopped keeping the text at the cell limit (limits.ts): `value` is its beginning only. */
  tooLong?: true;
}

export type SheetRow = ReadonlyArray<SheetCell | undefined>;

const pad2 = (n: number) => String(n).padStart(2, '0');

/** A Date from a spreadsheet (midnight UTC in XLSX readers) as DD/MM/YYYY. */
export function dateToText(d: Date): string {
  return `${pad2(d.getUTCDate())}/${pad2(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

/** Excel's 1900 date system: serial 1 = 01/01/1900, with the fictitious 29/02/1900 (serial 60). */
export function excelSerialToText(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return undefined;
  const ms = Date.UTC(1899, 11, 30) + (serial < 60 ? serial + 1 : serial) * 86400000;
  return dateToText(new Date(ms));
}

/** The text of a cell as the archivist sees it: trimmed, NFC, whole numbers without ".0". */
export function cellText(cell: SheetCell | undefined): string {
  const v = cell?.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim().normalize('NFC');
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? '1' : '0';
  return dateToText(v);
}

export type Parsed = { ok: true; value: string } | { ok: false; reason: string };

const ok = (value: string): Parsed => ({ ok: true, value });
const bad = (reason: string): Parsed => ({ ok: false, reason });

/**
 * A date cell in TT05 form. Accepts Date cells, Excel serial numbers, a whole number that is a
 * year, and text D/M/YYYY, MM/YYYY, YYYY (also with `-` or `.`, and ISO YYYY-MM-DD); the result
 * is zero-padded and must be a real day in one of `forms`.
 */
export function parseDateCell(cell: SheetCell | undefined, forms: readonly DateForm[]): Parsed {
  const v = cell?.value;
  let text: string;
  if (v instanceof Date) text = dateToText(v);
  else if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1000 && v <= 2200) text = String(v);
    else {
      const t = excelSerialToText(v);
      if (t === undefined) return bad('số ngày Excel không hợp lệ');
      text = t;
    }
  } else text = normaliseDateText(cellText(cell));
  if (parseTt05Date(text, forms)) return ok(text);
  return bad(`phải có dạng ${forms.join(' hoặc ')} và là ngày có thật`);
}

function normaliseDateText(raw: string): string {
  const t = raw.replace(/\s+/g, '');
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (iso) return `${pad2(Number(iso[3]))}/${pad2(Number(iso[2]))}/${iso[1]}`;
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t);
  if (dmy) return `${pad2(Number(dmy[1]))}/${pad2(Number(dmy[2]))}/${dmy[3]}`;
  const my = /^(\d{1,2})[/.-](\d{4})$/.exec(t);
  if (my) return `${pad2(Number(my[1]))}/${my[2]}`;
  return t;
}

/** "01/2001 - 12/2001", "2001–2003", "2001": a start and end date in one cell. */
export function splitDateRange(text: string): [string, string] {
  const parts = text.split(/\s*[–—-]\s*(?=\d)|\s+đến\s+/u).filter((p) => p.trim() !== '');
  if (parts.length === 2) return [parts[0]!.trim(), parts[1]!.trim()];
  return [text.trim(), text.trim()];
}

const LABELS = new Map<CodeListId, Map<string, string>>();
function labelsOf(list: CodeListId): Map<string, string> {
  let m = LABELS.get(list);
  if (!m) {
    m = new Map();
    for (const e of TT05_CODE_LISTS[list].entries) {
      const folded = foldVietnamese(e.label);
      m.set(folded, e.code);
      // "Tiếng Việt" is written "Việt" as often as not
      if (folded.startsWith('tieng ')) m.set(folded.slice(6), e.code);
    }
    LABELS.set(list, m);
  }
  return m;
}

function oneCode(list: CodeListId, raw: string): string | undefined {
  const entries = TT05_CODE_LISTS[list].entries;
  if (entries.some((e) => e.code === raw)) return raw;
  // Excel drops leading zeros: 1 → 01
  if (/^\d+$/.test(raw)) {
    const width = entries[0]!.code.length;
    const padded = raw.padStart(width, '0');
    if (entries.some((e) => e.code === padded)) return padded;
  }
  return labelsOf(list).get(foldVietnamese(raw));
}

/** "không có trong bảng mã X (01 A, 02 B, …)": the archivist sees what is allowed. */
function notInList(value: string, list: CodeListId): string {
  const { label, entries } = TT05_CODE_LISTS[list];
  const allowed =
    entries.length <= 12
      ? entries.map((e) => `${e.code} ${e.label}`).join(', ')
      : `${entries[0]!.code}–${entries[entries.length - 1]!.code}`;
  return `“${value}” không có trong bảng mã ${label} (${allowed})`;
}

/** A code-list cell: codes or Vietnamese labels (accent- and case-insensitive); several if `multiple`. */
export function parseCodeCell(text: string, list: CodeListId, multiple: boolean): Parsed {
  const whole = oneCode(list, text);
  if (whole !== undefined) return ok(whole);
  if (!multiple) return bad(notInList(text, list));
  const parts = text.split(/\s*[,;+\n]\s*|\s+(?=\d)/).filter((p) => p !== '');
  const codes: string[] = [];
  for (const p of parts) {
    const c = oneCode(list, p);
    if (c === undefined) return bad(notInList(p, list));
    codes.push(c);
  }
  return codes.length > 0 ? ok(codes.join(',')) : bad('rỗng');
}

/** A yes/no cell (riskRecovery): 1/0, có/không, x. */
export function parseBooleanCell(text: string): Parsed {
  const f = foldVietnamese(text);
  if (['1', 'co', 'x', 'yes', 'true'].includes(f)) return ok('1');
  if (['0', 'khong', 'no', 'false'].includes(f)) return ok('0');
  return bad(`“${text}” phải là 0/1 hoặc có/không`);
}

/** A non-negative whole number; "1.0" from a numeric cell is fine, "12a" is not. */
export function parseIntegerCell(cell: SheetCell | undefined): Parsed {
  const v = cell?.value;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 0 ? ok(String(v)) : bad(`${v} không phải số nguyên không âm`);
  const t = cellText(cell).replace(/\s+/g, '');
  return /^\d{1,15}$/.test(t) ? ok(String(Number(t))) : bad(`“${t}” không phải số nguyên không âm`);
}
