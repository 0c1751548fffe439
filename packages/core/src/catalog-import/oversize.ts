import { cellText } from './cell-values.js';
import { columnLetter, importFinding, type CellRef, type ImportFinding } from './finding-codes.js';
import type { ColumnMapping, NumberedRow } from './layout.js';
import { DEFAULT_IMPORT_LIMITS, previewOf } from './limits.js';

/** 32767 → “32.767”, as Vietnamese writes numbers. */
const thousands = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/**
 * The findings of a row the reader cut at the size limits (limits.ts): one per cell cut, one for
 * the row. Such a row is refused before its cells are read: what was kept is only a beginning.
 */
export function oversizeFindings(
  row: NumberedRow,
  columns: readonly ColumnMapping[],
  at: (row: number, col?: ColumnMapping) => CellRef,
): ImportFinding[] {
  const { maxCellChars, maxRowChars } = DEFAULT_IMPORT_LIMITS;
  const out: ImportFinding[] = [];
  row.cells.forEach((cell, index) => {
    if (!cell?.tooLong) return;
    const col = columns.find((c) => c.index === index) ?? { index, letter: columnLetter(index), header: '' };
    const message = `Ô ${col.letter}${row.number} dài hơn ${thousands(maxCellChars)} ký tự (giới hạn của Excel): dòng bị loại, DuPhong không đọc phần còn lại`;
    out.push(importFinding(at(row.number, col), 'DP-IMPORT-CELL-TOO-LONG', previewOf(cellText(cell)), message));
  });
  if (row.tooLong) {
    const message = `Dòng ${row.number} dài hơn ${thousands(maxRowChars)} ký tự: dòng bị loại, DuPhong không đọc phần còn lại`;
    out.push(importFinding(at(row.number), 'DP-IMPORT-ROW-TOO-LONG', '', message));
  }
  return out;
}
