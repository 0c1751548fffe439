import { scanMapFromRows, type MappedScan, type QcFinding } from '@duphong/core';
import { readCsv } from '../catalog-import/csv-reader.js';
import { readXlsx } from '../catalog-import/xlsx-reader.js';
import { requestError } from '../errors.js';

/** A scan map sheet (.csv or .xlsx, first sheet) read as text rows, then read by core's rules. */
export async function readScanMap(path: string): Promise<{ map: Map<string, MappedScan>; findings: QcFinding[] }> {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx'))
    throw requestError('DP-SCAN-MAP', 'Bảng ánh xạ bản quét phải là tệp .csv hoặc .xlsx.', 'The scan map must be a .csv or .xlsx file.');
  const source = lower.endsWith('.csv') ? await readCsv(path) : await readXlsx(path);
  const rows: string[][] = [];
  for await (const sheet of source.sheets) {
    for await (const row of sheet.rows) {
      const cells: string[] = [];
      row.cells.forEach((c, i) => {
        const v = c?.value;
        cells[i] = v === null || v === undefined ? '' : v instanceof Date ? v.toISOString() : String(v);
      });
      rows.push(Array.from(cells, (c) => c ?? ''));
    }
    break; // the first sheet only
  }
  return scanMapFromRows(rows);
}
