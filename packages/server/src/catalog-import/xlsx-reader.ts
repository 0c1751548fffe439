import { DEFAULT_IMPORT_LIMITS, type NumberedRow, type SheetCell } from '@duphong/core';
import { ExcelJS, type CellValue } from '../adapters/exceljs.js';
import { CELL_CUT, ROW_CUT } from '../adapters/xml-text-cap.js';
import type { SheetSource, SheetStream } from './sheet-source.js';

type ExcelValue = CellValue;

/**
 * A copy of a cell's text that does not point into the XML chunk it was cut from. V8 keeps a
 * substring as a slice of its parent, so one file code kept for the duplicate check would keep a
 * whole 64–128 KB chunk of sheet XML alive, and memory would grow with the sheet (measured: 640 MB
 * for 100,000 rows). Concatenating then slicing makes V8 build a fresh flat string.
 */
const detached = (s: string): string => (s.length < 13 ? s : (' ' + s).slice(1));

/** Excel's widest sheet: a row claiming a column past XFD is not read cell by cell. */
const MAX_COLUMNS = 16_384;

/** A text cell; where the XML text cap cut it (xml-text-cap.ts), its beginning, marked too long. */
function textCell(s: string): SheetCell & { rowCut?: true } {
  if (s.length > DEFAULT_IMPORT_LIMITS.maxCellChars)
    return { value: detached(s.slice(0, DEFAULT_IMPORT_LIMITS.maxCellChars)), tooLong: true };
  const cut = s.indexOf(CELL_CUT);
  const rowCut = s.indexOf(ROW_CUT);
  if (cut < 0 && rowCut < 0) return { value: detached(s) };
  const at = Math.min(...[cut, rowCut].filter((k) => k >= 0));
  return { value: detached(s.slice(0, at)), ...(cut >= 0 && { tooLong: true as const }), ...(rowCut >= 0 && { rowCut: true as const }) };
}

/**
 * A cell as the import sees it. Formulas are never evaluated: the formula text is kept (and the
 * cached result only so the finding can show it). Rich text and hyperlinks become their text.
 */
export function toSheetCell(value: ExcelValue): (SheetCell & { rowCut?: true }) | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === 'string') return textCell(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return { value };
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) {
      const v = value as { formula?: string; sharedFormula?: string; result?: unknown };
      const result = v.result;
      const cached =
        typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' || result instanceof Date ? result : null;
      // a shared formula's dependent cells carry no text of their own
      return { value: cached, formula: v.formula || v.sharedFormula || '(công thức dùng chung)' };
    }
    if ('richText' in value) return textCell(value.richText.map((r) => r.text).join(''));
    if ('text' in value && typeof value.text === 'string') return textCell(value.text);
    if ('error' in value) return { value: String(value.error) };
  }
  return { value: String(value) };
}

type StreamRow = { number: number; values: ExcelValue[] | Record<number, ExcelValue> };

/** Rows as the import reads them; a row over the row limit (limits.ts) is marked `tooLong`. */
async function* rowsOf(worksheet: AsyncIterable<StreamRow>): AsyncGenerator<NumberedRow> {
  for await (const row of worksheet) {
    // exceljs rows are 1-based sparse arrays
    const values = row.values as ExcelValue[];
    if (values.length > MAX_COLUMNS + 1) {
      yield { number: row.number, cells: [], tooLong: true };
      continue;
    }
    const cells: Array<SheetCell | undefined> = [];
    let chars = 0;
    let tooLong = false;
    for (let i = 1; i < values.length; i++) {
      const cell = toSheetCell(values[i]);
      if (cell?.rowCut) {
        tooLong = true;
        delete cell.rowCut;
      }
      chars += typeof cell?.value === 'string' ? cell.value.length : 0;
      cells.push(cell);
    }
    yield tooLong || chars > DEFAULT_IMPORT_LIMITS.maxRowChars
      ? { number: row.number, cells, tooLong: true }
      : { number: row.number, cells };
  }
}

/**
 * An XLSX workbook, streamed: exceljs's WorkbookReader parses one worksheet XML at a time and
 * hands rows over as they come, so memory stays flat for big sheets (shared strings excepted,
 * which XLSX keeps in one table for the whole workbook).
 */
export async function readXlsx(path: string): Promise<SheetSource> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    hyperlinks: 'ignore',
    styles: 'cache',
    entries: 'ignore',
  });
  async function* sheets(): AsyncGenerator<SheetStream> {
    for await (const worksheet of reader) {
      const ws = worksheet as unknown as AsyncIterable<StreamRow> & { name?: string; state?: string };
      const hidden = ws.state === 'hidden' || ws.state === 'veryHidden';
      yield { name: ws.name ?? '', hidden, rows: rowsOf(ws) };
    }
  }
  return { sheets: sheets(), findings: [] };
}
