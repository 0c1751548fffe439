import { basename } from 'node:path';
import { DuphongError, requestError } from '../errors.js';
import { readCsv } from './csv-reader.js';
import { readXlsx } from './xlsx-reader.js';

/**
 * The first sheet of a .csv or .xlsx as text rows, placed by their row number (row 1 at index 0,
 * blank rows kept as empty), for small tables read whole: a scan map, a plans-and-reports appendix.
 * An Excel date cell becomes DD/MM/YYYY (Excel dates carry no zone: their UTC fields are the date).
 */
export async function readSheetRows(path: string): Promise<string[][]> {
  try {
    return await readRows(path);
  } catch (error) {
    if (error instanceof DuphongError) throw error;
    // A workbook cut short or not a workbook at all: the zip and XML readers' own words stay in English.
    throw requestError(
      'DP-SHEET-UNREADABLE',
      `Không đọc được tệp ${basename(path)}: tệp hỏng hoặc không phải bảng tính .xlsx/.csv.`,
      `Cannot read ${basename(path)}: damaged, or not a .xlsx/.csv sheet (${(error as Error).message}).`,
    );
  }
}

async function readRows(path: string): Promise<string[][]> {
  const source = path.toLowerCase().endsWith('.csv') ? await readCsv(path) : await readXlsx(path);
  const rows: string[][] = [];
  for await (const sheet of source.sheets) {
    for await (const row of sheet.rows) {
      const cells: string[] = [];
      row.cells.forEach((c, i) => {
        const v = c?.value;
        cells[i] =
          v === null || v === undefined
            ? ''
            : v instanceof Date
              ? `${String(v.getUTCDate()).padStart(2, '0')}/${String(v.getUTCMonth() + 1).padStart(2, '0')}/${v.getUTCFullYear()}`
              : String(v);
      });
      rows[row.number - 1] = Array.from(cells, (c) => c ?? '');
    }
    break; // the first sheet only
  }
  return Array.from(rows, (r) => r ?? []);
}
