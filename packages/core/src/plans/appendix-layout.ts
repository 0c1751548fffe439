import { foldVietnamese } from '../records/fold.js';
import type { CellFinding } from './instrument.js';

/*
 * The layout of a received plans-and-reports table, as the appendix of report 610/BC-BNV has it and
 * ministry clerks retype it: title rows, a header row with "STT" and the unit column, one or two
 * header rows naming per year a column of plans ("Kế hoạch ban hành năm 2023") and a column of
 * results reports ("Báo cáo kết quả thực hiện năm 2024"), group rows ("I. Cơ quan trung ương",
 * "II. Tỉnh, thành phố trực thuộc Trung ương"), numbered unit rows ("1.", "2"), blank rows. Rows in
 * (cells as text), unit rows out; nothing here knows the units or reads the cells' instruments.
 */

export type AppendixColumnKind = 'plan' | 'report';

export interface AppendixColumn {
  /** 0-based index in the row. */
  index: number;
  year: number;
  kind: AppendixColumnKind;
  /** The header as written. */
  header: string;
}

export interface AppendixUnitRow {
  /** 1-based row number in the sheet. */
  row: number;
  /** The group row above it ("Cơ quan trung ương"), without its Roman numeral. */
  group: string | null;
  unitName: string;
  cells: Array<{ column: AppendixColumn; text: string }>;
}

export interface AppendixLayout {
  columns: AppendixColumn[];
  unitColumn: number;
  rows: AppendixUnitRow[];
  findings: Array<CellFinding & { row: number; column: number | null }>;
}

const YEAR = /\b(20\d{2})\b/;
const ROMAN_GROUP = /^\s*([IVXLC]+)\s*[.)]\s*(.+)$/;
const ROMAN = /^[IVXLC]+\s*[.)]?$/;

function columnKind(folded: string): AppendixColumnKind | undefined {
  if (/\bbao cao\b/.test(folded)) return 'report';
  if (/\bke hoach\b|\bvan ban\b|\bban hanh\b/.test(folded)) return 'plan';
  return undefined;
}

/** Read the layout of `rows` (cells as text, row 1 first). */
export function readAppendixLayout(rows: readonly (readonly string[])[]): AppendixLayout {
  const findings: AppendixLayout['findings'] = [];
  const text = (r: readonly string[], i: number) => (r[i] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  const headerAt = rows.findIndex((r) => r.some((c) => foldVietnamese(c ?? '') === 'stt'));
  if (headerAt < 0) {
    findings.push({
      code: 'DP-PLAN-NO-HEADER',
      severity: 'error',
      vi: 'Không thấy dòng tiêu đề có cột "STT".',
      en: 'No header row with an "STT" column.',
      row: 0,
      column: null,
    });
    return { columns: [], unitColumn: -1, rows: [], findings };
  }
  const header = rows[headerAt]!;
  const stt = header.findIndex((c) => foldVietnamese(c ?? '') === 'stt');
  const unitColumn = stt + 1;
  // A year may head a merged cell over its two columns (row above or the header itself), the kind
  // the cell below; or one header cell says both ("Kế hoạch ban hành năm 2023").
  // The row under the header is a second header row only when it names no unit and no instrument.
  const next = rows[headerAt + 1] ?? [];
  const isSubHeader =
    text(next, stt) === '' &&
    text(next, unitColumn) === '' &&
    next.some((c) => columnKind(foldVietnamese(c ?? '')) !== undefined || YEAR.test(c ?? '')) &&
    !next.some((c) => /\d+\s*\/\s*\p{L}/u.test(c ?? ''));
  const below = isSubHeader ? next : [];
  const width = Math.max(header.length, below.length);
  const columns: AppendixColumn[] = [];
  let year: number | undefined;
  for (let i = unitColumn + 1; i < width; i++) {
    const top = text(header, i);
    const under = text(below, i);
    const topYear = YEAR.exec(top);
    if (topYear) year = Number(topYear[1]);
    const underYear = YEAR.exec(under);
    const kind = columnKind(foldVietnamese(top)) ?? columnKind(foldVietnamese(under));
    const y = underYear ? Number(underYear[1]) : year;
    if (kind && y !== undefined) columns.push({ index: i, year: y, kind, header: [top, under].filter(Boolean).join(' / ') });
    else if (top || under)
      findings.push({
        code: 'DP-PLAN-COLUMN-UNKNOWN',
        severity: 'warning',
        vi: `Cột "${[top, under].filter(Boolean).join(' / ')}" không rõ năm hoặc loại (kế hoạch / báo cáo): bỏ qua.`,
        en: `Column "${[top, under].filter(Boolean).join(' / ')}" names no year or kind (plan / report): ignored.`,
        row: headerAt + 1,
        column: i + 1,
      });
  }
  const seen = new Set<string>();
  for (const c of columns) {
    const key = `${c.year}:${c.kind}`;
    if (seen.has(key))
      findings.push({
        code: 'DP-PLAN-COLUMN-TWICE',
        severity: 'error',
        vi: `Hai cột ${c.kind === 'plan' ? 'kế hoạch' : 'báo cáo'} năm ${c.year}.`,
        en: `Two ${c.kind} columns for ${c.year}.`,
        row: headerAt + 1,
        column: c.index + 1,
      });
    seen.add(key);
  }
  const out: AppendixUnitRow[] = [];
  let group: string | null = null;
  const first = headerAt + 1 + (isSubHeader ? 1 : 0);
  for (let r = first; r < rows.length; r++) {
    const row = rows[r]!;
    const number = text(row, stt);
    const name = text(row, unitColumn);
    // "I." in the STT column and the group's name beside it, or "I. Cơ quan trung ương" in one cell.
    if (ROMAN.test(number) && name) {
      group = name;
      continue;
    }
    const roman = number === '' ? ROMAN_GROUP.exec(name) : null;
    if (roman) {
      group = roman[2]!.trim();
      continue;
    }
    if (!name && columns.every((c) => !text(row, c.index))) continue; // blank row
    if (!name) {
      findings.push({
        code: 'DP-PLAN-ROW-NO-UNIT',
        severity: 'error',
        vi: 'Dòng có nội dung nhưng không ghi tên đơn vị.',
        en: 'The row has content but no unit name.',
        row: r + 1,
        column: unitColumn + 1,
      });
      continue;
    }
    out.push({ row: r + 1, group, unitName: name, cells: columns.map((column) => ({ column, text: text(row, column.index) })) });
  }
  return { columns, unitColumn, rows: out, findings };
}
