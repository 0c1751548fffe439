import { scanMapFromRows, type MappedScan, type QcFinding } from '@duphong/core';
import { readSheetRows } from '../catalog-import/sheet-rows.js';
import { requestError } from '../errors.js';

/** A scan map sheet (.csv or .xlsx, first sheet) read as text rows, then read by core's rules. */
export async function readScanMap(path: string): Promise<{ map: Map<string, MappedScan>; findings: QcFinding[] }> {
  const lower = path.toLowerCase();
  if (!lower.endsWith('.csv') && !lower.endsWith('.xlsx'))
    throw requestError('DP-SCAN-MAP', 'Bảng ánh xạ bản quét phải là tệp .csv hoặc .xlsx.', 'The scan map must be a .csv or .xlsx file.');
  const rows = await readSheetRows(path);
  return scanMapFromRows(rows);
}
