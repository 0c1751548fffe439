import { foldVietnamese } from '../records/fold.js';

/*
 * One cell of a received plans-and-reports table (the appendix of report 610/BC-BNV), as a ministry
 * clerk types it: "Kế hoạch số 07/KH- BTNMT ngày 14/11/2023", "Báo cáo 157/BC-SNV ngày 12/12/2023",
 * "Công văn số 1234/SNV-CCVTLT ngày 5/6/2024", a sentence saying the unit holds no records to copy,
 * sometimes two instruments in one cell. Read into instruments (kind, number/symbol, date) and
 * findings with stable codes; never a throw.
 */

export const INSTRUMENT_KINDS = ['ke-hoach', 'bao-cao', 'cong-van', 'quyet-dinh', 'thong-bao', 'chi-thi', 'huong-dan', 'other'] as const;
export type InstrumentKind = (typeof INSTRUMENT_KINDS)[number];

export const INSTRUMENT_KIND_LABELS: Record<InstrumentKind, { vi: string; en: string }> = {
  'ke-hoach': { vi: 'Kế hoạch', en: 'Plan' },
  'bao-cao': { vi: 'Báo cáo', en: 'Report' },
  'cong-van': { vi: 'Công văn', en: 'Official letter' },
  'quyet-dinh': { vi: 'Quyết định', en: 'Decision' },
  'thong-bao': { vi: 'Thông báo', en: 'Notice' },
  'chi-thi': { vi: 'Chỉ thị', en: 'Directive' },
  'huong-dan': { vi: 'Hướng dẫn', en: 'Guidance' },
  other: { vi: 'Văn bản khác', en: 'Other instrument' },
};

export interface Instrument {
  kind: InstrumentKind;
  /** "07/KH-BTNMT" (spaces around "-" and "/" removed), null when the cell gives none. */
  numberSymbol: string | null;
  /** YYYY-MM-DD, null when the cell gives none or an impossible one. */
  date: string | null;
}

export interface CellFinding {
  code: string;
  severity: 'error' | 'warning';
  vi: string;
  en: string;
}

export interface CellReading {
  instruments: Instrument[];
  /** The cell states that the unit holds no records that qualify (not a report). */
  noRecords: boolean;
  findings: CellFinding[];
}

// Folded (no accents, lower case) words that name a kind, longest first.
const KIND_WORDS: Array<[string, InstrumentKind]> = [
  ['ke hoach', 'ke-hoach'],
  ['bao cao', 'bao-cao'],
  ['cong van', 'cong-van'],
  ['quyet dinh', 'quyet-dinh'],
  ['thong bao', 'thong-bao'],
  ['chi thi', 'chi-thi'],
  ['huong dan', 'huong-dan'],
];
// The kind part of a symbol ("KH-UBND", "QĐ-BNV"), for a cell that gives only the number/symbol.
const SYMBOL_KINDS: Record<string, InstrumentKind> = {
  KH: 'ke-hoach',
  BC: 'bao-cao',
  QD: 'quyet-dinh',
  TB: 'thong-bao',
  CT: 'chi-thi',
  HD: 'huong-dan',
};
// "không có tài liệu …", "không có hồ sơ …", "chưa có tài liệu thuộc diện …" (folded).
const NO_RECORDS = /\b(khong|chua) co (tai lieu|ho so|tltl)\b|\bkhong thuoc dien\b|\bkhong co tai lieu thuoc dien\b/;
// Cells that say nothing: empty, a dash, "x", "chưa", "không", "chưa ban hành".
const NOTHING = /^(|-+|x|chua|khong|chua ban hanh|chua co|khong co|chua bao cao)$/;

// After tidying: "07/KH-BTNMT", "157/BC-SNV", "1234/SNV-CCVTLT", "12/2023/QĐ-UBND".
// The symbol holds at least one capital letter, so a date ("14/11/2023") is never taken for one.
const NUMBER_SYMBOL = /(\d+[a-zA-Z]?(?:\/\d{4})?)\/([\p{Lu}\d.\-&]*\p{Lu}[\p{Lu}\d.\-&]*)/gu;
const DATE_NUMERIC = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/;
const DATE_WORDS = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

function tidy(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2010-\u2015\u2212]/g, '-') // hyphens and dashes of every kind
    .replace(/\s*([/-])\s*(?=[\p{Lu}\d])/gu, '$1') // "07/KH- BTNMT" → "07/KH-BTNMT"
    .replace(/\s+/g, ' ')
    .trim();
}

function isoDate(day: number, month: number, year: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function kindBefore(text: string): InstrumentKind | undefined {
  const folded = foldVietnamese(text);
  let best: { at: number; kind: InstrumentKind } | undefined;
  for (const [word, kind] of KIND_WORDS) {
    const at = folded.lastIndexOf(word);
    if (at >= 0 && (!best || at > best.at)) best = { at, kind };
  }
  return best?.kind;
}

function kindOfSymbol(symbol: string): InstrumentKind | undefined {
  const head = foldVietnamese(symbol.split('-')[0] ?? '').toUpperCase();
  return SYMBOL_KINDS[head];
}

/** A number/symbol as typed into a form: NFC, no spaces around "/" and "-" ("201/BC - SNV" → "201/BC-SNV"). */
export function tidyNumberSymbol(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .replace(/\s*([/-])\s*/g, '$1');
}

/** Whether a tidied number/symbol has the usual form: letters, digits, ".", "-" and at least one "/". */
export function isNumberSymbol(text: string): boolean {
  return /^[0-9A-Za-zÀ-ỹĐđ./-]+$/u.test(text) && text.includes('/');
}

/** Read one cell. `today` (YYYY-MM-DD) flags dates in the future. */
export function readInstrumentCell(raw: string, today?: string): CellReading {
  const text = tidy(raw);
  const folded = foldVietnamese(text);
  const findings: CellFinding[] = [];
  const noRecords = NO_RECORDS.test(folded);
  if (NOTHING.test(folded)) return { instruments: [], noRecords: false, findings };

  const matches = [...text.matchAll(NUMBER_SYMBOL)];
  const pieces: Array<{ kind: InstrumentKind | undefined; numberSymbol: string | null; rest: string }> = [];
  if (matches.length === 0) {
    const kind = kindBefore(text);
    if (kind) pieces.push({ kind, numberSymbol: null, rest: text });
  }
  matches.forEach((m, i) => {
    const start = m.index;
    const end = i + 1 < matches.length ? matches[i + 1]!.index : text.length;
    const from = i === 0 ? 0 : matches[i - 1]!.index + matches[i - 1]![0].length;
    const symbol = m[2]!.replace(/[.-]+$/, '');
    pieces.push({
      kind: kindBefore(text.slice(from, start)) ?? kindOfSymbol(symbol),
      numberSymbol: `${m[1]}/${symbol}`,
      rest: text.slice(start + m[0].length, end),
    });
  });

  const instruments: Instrument[] = [];
  for (const piece of pieces) {
    const label = piece.numberSymbol ?? INSTRUMENT_KIND_LABELS[piece.kind ?? 'other'].vi;
    const found = DATE_WORDS.exec(piece.rest) ?? DATE_NUMERIC.exec(piece.rest);
    let date: string | null = null;
    if (found) {
      const written = found[0];
      date = isoDate(Number(found[1]), Number(found[2]), Number(found[3])) ?? null;
      if (date === null)
        findings.push({
          code: 'DP-PLAN-DATE-INVALID',
          severity: 'error',
          vi: `Ngày "${written}" của ${label} không có thật.`,
          en: `The date "${written}" of ${label} does not exist.`,
        });
      else if (today !== undefined && date > today)
        findings.push({
          code: 'DP-PLAN-DATE-FUTURE',
          severity: 'warning',
          vi: `Ngày "${written}" của ${label} ở tương lai.`,
          en: `The date "${written}" of ${label} is in the future.`,
        });
    } else
      findings.push({
        code: 'DP-PLAN-NO-DATE',
        severity: 'warning',
        vi: `${label}: ô không ghi ngày ban hành.`,
        en: `${label}: the cell gives no date.`,
      });
    if (piece.numberSymbol === null)
      findings.push({
        code: 'DP-PLAN-NO-NUMBER',
        severity: 'warning',
        vi: `${label}: ô không ghi số, ký hiệu.`,
        en: `${label}: the cell gives no number/symbol.`,
      });
    instruments.push({ kind: piece.kind ?? 'other', numberSymbol: piece.numberSymbol, date });
  }
  if (instruments.length > 1)
    findings.push({
      code: 'DP-PLAN-CELL-SEVERAL',
      severity: 'warning',
      vi: `Một ô ghi ${instruments.length} văn bản: ${instruments.map((x) => x.numberSymbol ?? INSTRUMENT_KIND_LABELS[x.kind].vi).join('; ')}.`,
      en: `One cell names ${instruments.length} instruments.`,
    });
  if (instruments.length === 0 && !noRecords)
    findings.push({
      code: 'DP-PLAN-CELL-UNREADABLE',
      severity: 'warning',
      vi: `Không đọc được văn bản nào trong ô "${text.slice(0, 80)}".`,
      en: `No instrument could be read in the cell "${text.slice(0, 80)}".`,
    });
  return { instruments, noRecords, findings };
}
