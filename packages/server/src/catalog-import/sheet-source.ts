import type { ImportFinding, NumberedRow } from '@duphong/core';

/** One sheet of a workbook (a CSV file is one sheet without a name), its rows streamed in order. */
export interface SheetStream {
  name?: string;
  hidden: boolean;
  rows: AsyncIterable<NumberedRow>;
}

/** What a reader hands over: the sheets in order, and findings about the file itself (encoding). */
export interface SheetSource {
  sheets: AsyncIterable<SheetStream>;
  findings: ImportFinding[];
}

/** Largest file read by default: refused before any byte is parsed. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
