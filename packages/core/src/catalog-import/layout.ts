import { foldVietnamese } from '../records/fold.js';
import { cellText, type SheetRow } from './cell-values.js';
import { columnLetter, importFinding, type ImportFinding } from './finding-codes.js';
import { unescapeFormulaText } from './formula-guard.js';
import { DOCUMENT_ONLY_FIELDS, fieldOfHeader, importFieldNamed, type ImportField } from './synonyms.js';

/** A numbered spreadsheet row (1-based, as Excel shows it). */
export interface NumberedRow {
  number: number;
  cells: SheetRow;
  /** The reader stopped keeping cells at the row limit (limits.ts): `cells` are the first ones only. */
  tooLong?: true;
}

export interface ColumnMapping {
  index: number;
  letter: string;
  /** The header as written (header rows joined with " / "). */
  header: string;
  /** The field it maps to; undefined = kept verbatim in `legacy` under `header`. */
  field?: ImportField;
}

/** What the title rows above the header say. */
export interface TitleInfo {
  fondsName?: string;
  fondsCode?: string;
  catalogueNumber?: string;
}

export interface ImportLayout {
  level: 'file' | 'document';
  headerFirst: number;
  headerLast: number;
  /** The first row that may hold data. */
  dataStart: number;
  columns: ColumnMapping[];
  title: TitleInfo;
}

export interface LayoutOptions {
  sheet?: string;
  /** `--map`: header text (or column letter) → field name. */
  map?: Readonly<Record<string, string>>;
}

/** How many rows from the top are searched for the header. */
export const HEADER_SCAN_ROWS = 30;

const isColumnNumberRow = (cells: string[]) =>
  cells.some((c) => c !== '') && cells.every((c) => c === '' || /^\(?\d{1,2}\)?$/.test(c) || /^\(?[a-z]\)?$/i.test(c));

/** The header of each column over rows [first, last]: upper labels of merged groups fill right. */
function combinedHeaders(rows: string[][], width: number): { text: string[]; folded: string[][] } {
  const text: string[] = [];
  const folded: string[][] = [];
  const carry: string[] = rows.map(() => '');
  for (let col = 0; col < width; col++) {
    const parts: string[] = [];
    rows.forEach((r, i) => {
      const v = r[col] ?? '';
      if (v !== '') carry[i] = v;
      // a merged group label (empty cell right of it) applies to the cells below it
      const below = rows.slice(i + 1).some((lower) => (lower[col] ?? '') !== '');
      const own = v !== '' ? v : below && col > 0 ? carry[i]! : '';
      if (v === '' && !below) carry[i] = '';
      if (own !== '') parts.push(own);
    });
    text.push(parts.join(' / '));
    const f = parts.map(foldVietnamese);
    // try the whole joined header first, then the lowest part, then the top one
    folded.push([f.join(' '), f[f.length - 1] ?? '', f[0] ?? ''].filter((s, k, all) => s !== '' && all.indexOf(s) === k));
  }
  return { text, folded };
}

function matchColumns(folded: string[][], mapped: ReadonlyMap<string, ImportField> = new Map()): Array<ImportField | undefined> {
  return folded.map((candidates) => {
    for (const c of candidates) {
      const f = mapped.get(c) ?? fieldOfHeader(c);
      if (f) return f;
    }
    return undefined;
  });
}

/**
 * Find the header (one to three rows, merged cells allowed), map its columns to import fields
 * and read the fonds from the title rows above it. Pure: the reader passes the first rows.
 */
export function detectLayout(
  rows: readonly NumberedRow[],
  options: LayoutOptions = {},
): { layout?: ImportLayout; findings: ImportFinding[] } {
  const at = (row: number, column = '') => ({ row, column, ...(options.sheet !== undefined && { sheet: options.sheet }) });
  const texts = rows.map((r) => r.cells.map((c) => unescapeFormulaText(cellText(c))));
  // --map headers count when looking for the header row: a sheet no synonym knows is found through them
  const mapped = new Map<string, ImportField>();
  for (const [key, target] of Object.entries(options.map ?? {})) {
    const field = importFieldNamed(target);
    if (field) mapped.set(foldVietnamese(key), field);
  }
  const width = Math.max(0, ...texts.map((t) => t.length));
  let best: { start: number; span: number; score: number } | undefined;
  for (let start = 0; start < Math.min(rows.length, HEADER_SCAN_ROWS); start++) {
    for (let span = 1; span <= 3 && start + span <= rows.length; span++) {
      const matched = matchColumns(combinedHeaders(texts.slice(start, start + span), width).folded, mapped);
      const distinct = new Set(matched.filter((f) => f !== undefined));
      const hasTitle = distinct.has('title') || distinct.has('subject');
      const score = hasTitle ? distinct.size : 0;
      // on a tie the later start wins: a title row merged above the header is not part of it
      if (score >= 2 && (!best || score > best.score || (score === best.score && start > best.start))) best = { start, span, score };
    }
  }
  if (!best) {
    return {
      findings: [
        importFinding(
          at(0),
          'DP-IMPORT-NO-HEADER',
          '',
          'Không tìm thấy dòng tiêu đề cột có “Tiêu đề hồ sơ” (hoặc “Trích yếu”) và ít nhất một cột khác',
        ),
      ],
    };
  }
  const findings: ImportFinding[] = [];
  const headerRows = texts.slice(best.start, best.start + best.span);
  const { text } = combinedHeaders(headerRows, width);
  const matched = matchColumns(combinedHeaders(headerRows, width).folded, mapped);
  const fields = new Set(matched.filter((f): f is ImportField => f !== undefined));
  const level = [...fields].some((f) => f !== 'codeNumberNotation' && DOCUMENT_ONLY_FIELDS.has(f)) ? 'document' : 'file';

  const columns: ColumnMapping[] = [];
  for (let i = 0; i < width; i++) {
    if (text[i] === '') continue;
    let field = matched[i];
    // "Số, ký hiệu" in a list of files is the file's number/symbol, not a document's
    if (field === 'codeNumberNotation' && level === 'file') field = 'fileNotation';
    // a box belongs to a file's holding: in a list of documents it stays legacy text
    if (field === 'box' && level === 'document') field = undefined;
    columns.push({ index: i, letter: columnLetter(i), header: text[i]!, ...(field && { field }) });
  }
  const headerFirst = rows[best.start]!.number;
  const headerLast = rows[best.start + best.span - 1]!.number;
  applyOverrides(columns, options.map ?? {}, (column, value, message) =>
    findings.push(importFinding(at(headerFirst, column), 'DP-IMPORT-MAP-INVALID', value, message)),
  );

  const seen = new Map<ImportField, ColumnMapping>();
  for (const col of columns) {
    if (!col.field) {
      findings.push(
        importFinding(
          at(headerFirst, col.letter),
          'DP-IMPORT-COLUMN-UNKNOWN',
          col.header,
          `Cột “${col.header}” không khớp trường nào: giữ nguyên trong dữ liệu cũ (legacy)`,
        ),
      );
      continue;
    }
    const first = seen.get(col.field);
    if (first) {
      findings.push(
        importFinding(
          at(headerFirst, col.letter),
          'DP-IMPORT-COLUMN-DUPLICATE',
          col.header,
          `Cột “${col.header}” và cột ${first.letter} “${first.header}” cùng là trường ${col.field}; dùng --map để chọn`,
        ),
      );
    } else seen.set(col.field, col);
  }

  // a row of column numbers "(1) (2) (3)" under the header is part of it
  let dataStartIndex = best.start + best.span;
  if (dataStartIndex < texts.length && isColumnNumberRow(texts[dataStartIndex]!)) dataStartIndex++;
  const dataStart = dataStartIndex < rows.length ? rows[dataStartIndex]!.number : headerLast + 1;
  const title = readTitleRows(texts.slice(0, best.start));
  return { layout: { level, headerFirst, headerLast, dataStart, columns, title }, findings };
}

function applyOverrides(
  columns: ColumnMapping[],
  map: Readonly<Record<string, string>>,
  fail: (column: string, value: string, message: string) => void,
): void {
  for (const [key, target] of Object.entries(map)) {
    const folded = foldVietnamese(key);
    const col = columns.find((c) => c.letter === key.toUpperCase() || foldVietnamese(c.header) === folded);
    if (!col) {
      fail('', key, `--map: không có cột “${key}”`);
      continue;
    }
    const field = importFieldNamed(target);
    if (target === '' || target === 'legacy') delete col.field;
    else if (field) col.field = field;
    else fail(col.letter, target, `--map: “${target}” không phải tên trường (vd title, startDate, maintenance)`);
  }
}

const FONDS_CODE = /(?:m[aã]\s+ph[oô]ng|ph[oô]ng\s+s[oố]|s[oố]\s+ph[oô]ng)\s*[:：]?\s*([\p{L}\p{N}._/-]+)/iu;
const FONDS_NAME = /^(?:t[eê]n\s+)?ph[oô]ng(?:\s+l[uư]u\s+tr[uữ])?\s*[:：]\s*(.+)$/iu;
const CATALOGUE = /m[uụ]c\s+l[uụ]c\s+(?:h[oồ]\s+s[oơ]\s+)?s[oố]\s*[:：]?\s*([\p{L}\p{N}._/-]+)/iu;

/** "PHÔNG: UBND tỉnh Lào Cai (Mã phông: H15.01)", "Mục lục số 02" in the rows above the header. */
export function readTitleRows(rows: readonly string[][]): TitleInfo {
  const info: TitleInfo = {};
  for (const cells of rows) {
    for (const cell of cells) {
      if (cell === '') continue;
      const code = FONDS_CODE.exec(cell);
      if (code && info.fondsCode === undefined) info.fondsCode = code[1]!;
      const name = FONDS_NAME.exec(cell);
      if (name && info.fondsName === undefined) {
        const stripped = name[1]!.replace(/\s*[(\-–,;]\s*(?:m[aã]\s+ph[oô]ng|ph[oô]ng\s+s[oố]|s[oố]\s+ph[oô]ng).*$/iu, '').trim();
        if (stripped !== '') info.fondsName = stripped;
      }
      const cat = CATALOGUE.exec(cell);
      if (cat && info.catalogueNumber === undefined) info.catalogueNumber = cat[1]!;
    }
  }
  return info;
}
