import { foldVietnamese } from '../records/fold.js';
import type { QcFinding } from './qc.js';

/*
 * Scans that a scanning station named its own way, mapped to TT05's numbering by a sheet the
 * operator keeps: one row per scan file with its file code, document ordinal and (optionally)
 * page. Headers are recognised in Vietnamese with or without accents, or in English.
 */

export interface MappedScan {
  fileCode: string;
  ordinal: number;
  page: number | null;
}

const COLUMNS: Record<keyof MappedScan | 'name', RegExp> = {
  name: /^(ten tep|tep|ten file|file|file name|scan)$/,
  fileCode: /^(ma ho so|ho so|file code|arcfilecode)$/,
  ordinal: /^(so thu tu( van ban| tai lieu)?|stt van ban|van ban|tai lieu|document|ordinal|docordinal)$/,
  page: /^(trang|so trang|page)$/,
};

const header = (cell: string): string => foldVietnamese(cell.normalize('NFC')).toLowerCase().replace(/\s+/g, ' ').trim();

function finding(row: number, vi: string, en: string): QcFinding {
  return { code: 'DP-SCAN-MAP', severity: 'error', vi: `Dòng ${row} của bảng ánh xạ: ${vi}`, en: `Row ${row} of the scan map: ${en}` };
}

/** The map from scan file name (NFC) to its numbering, and every row it could not read. */
export function scanMapFromRows(rows: readonly (readonly string[])[]): { map: Map<string, MappedScan>; findings: QcFinding[] } {
  const map = new Map<string, MappedScan>();
  const findings: QcFinding[] = [];
  const headerAt = rows.findIndex((r) => r.some((c) => COLUMNS.name.test(header(c))) && r.some((c) => COLUMNS.fileCode.test(header(c))));
  if (headerAt < 0)
    return {
      map,
      findings: [
        {
          code: 'DP-SCAN-MAP',
          severity: 'error',
          vi: 'Bảng ánh xạ không có dòng tiêu đề với các cột "Tên tệp", "Mã hồ sơ", "Số thứ tự văn bản" (và "Trang" nếu mỗi trang một tệp).',
          en: 'The scan map has no header row with "Tên tệp", "Mã hồ sơ", "Số thứ tự văn bản" (and "Trang") columns.',
        },
      ],
    };
  const head = rows[headerAt]!.map(header);
  const col = (k: keyof typeof COLUMNS) => head.findIndex((h) => COLUMNS[k].test(h));
  const [nameAt, codeAt, ordinalAt, pageAt] = [col('name'), col('fileCode'), col('ordinal'), col('page')];
  rows.slice(headerAt + 1).forEach((r, i) => {
    const row = headerAt + i + 2;
    const name = (r[nameAt] ?? '').normalize('NFC').trim();
    if (name === '' && r.every((c) => c.trim() === '')) return;
    const fileCode = (r[codeAt] ?? '').normalize('NFC').trim();
    const ordinal = Number((r[ordinalAt] ?? '').trim());
    const pageText = pageAt < 0 ? '' : (r[pageAt] ?? '').trim();
    const page = pageText === '' ? null : Number(pageText);
    if (name === '' || name.includes('/') || name.includes('\\'))
      findings.push(finding(row, `tên tệp "${name}" không hợp lệ.`, `file name "${name}" is not valid.`));
    else if (fileCode === '') findings.push(finding(row, `thiếu mã hồ sơ cho "${name}".`, `no file code for "${name}".`));
    else if (!Number.isSafeInteger(ordinal) || ordinal < 1 || ordinal > 9_999_999)
      findings.push(
        finding(
          row,
          `số thứ tự văn bản của "${name}" phải là số nguyên dương.`,
          `the document ordinal of "${name}" must be a positive integer.`,
        ),
      );
    else if (page !== null && (!Number.isSafeInteger(page) || page < 1 || page > 9999))
      findings.push(finding(row, `số trang của "${name}" phải từ 1 đến 9999.`, `the page of "${name}" must be 1 to 9999.`));
    else if (map.has(name)) findings.push(finding(row, `tệp "${name}" đã có ở dòng trên.`, `"${name}" is mapped twice.`));
    else map.set(name, { fileCode, ordinal, page });
  });
  return { map, findings };
}

/** The TT05 name a mapped scan is kept under: file code + 7-digit ordinal (+ 4-digit page) + extension. */
export function tt05ScanName(m: MappedScan, ext: string): string {
  return `${m.fileCode}.${String(m.ordinal).padStart(7, '0')}${m.page === null ? '' : `.${String(m.page).padStart(4, '0')}`}.${ext.toLowerCase()}`;
}
