/**
 * How much of a spreadsheet the import holds at once, so memory stays bounded whatever the input
 * (a 22-million-character cell once took 2.3 GB). The readers stop keeping a cell's text past
 * MAX_CELL_CHARS and a row's past MAX_ROW_CHARS, mark the cell or row `tooLong`, and skip the rest
 * while streaming; the row checker refuses such a row with DP-IMPORT-CELL-TOO-LONG /
 * DP-IMPORT-ROW-TOO-LONG. Characters are UTF-16 code units, as Excel counts them.
 */
export interface ImportLimits {
  /** Excel's own limit for the text of one cell. */
  maxCellChars: number;
  /** The text of one row (cells and, in CSV, separators and quotes). */
  maxRowChars: number;
}

export const DEFAULT_IMPORT_LIMITS: Readonly<ImportLimits> = { maxCellChars: 32_767, maxRowChars: 1024 * 1024 };

/** The first characters of an oversize value, for a finding (a finding never carries the whole value). */
export function previewOf(text: string, chars = 80): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}
