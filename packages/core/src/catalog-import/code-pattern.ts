/**
 * The shape of a file code (DOMAIN.md §5): agency identifier (QĐ 20/2020: `H49.64.33`,
 * `000.00.00.G09`) or fonds code, then the year, then the file number/symbol (and catalogue
 * number). Departures are warnings: historical fonds keep codes of their own.
 */
const AGENCY_ID = /^(?:\d{3}\.\d{2}\.\d{2}\.)?[A-Z]\d{2}(?:\.\d{2,3})*$/;

export interface CodeWarning {
  code: 'DP-IMPORT-CODE-PATTERN' | 'DP-IMPORT-CODE-YEAR';
  message: string;
}

const yearOf = (date: string | undefined) => (date && /(\d{4})$/.exec(date)?.[1]) || undefined;

export function checkFileCodePattern(code: string, fondsCode: string | null, startDate?: string, endDate?: string): CodeWarning[] {
  const segments = code.split('.');
  const at = segments.findIndex((s, i) => i > 0 && i < segments.length - 1 && /^\d{4}$/.test(s) && Number(s) >= 1800 && Number(s) <= 2100);
  if (at < 0) {
    return [
      {
        code: 'DP-IMPORT-CODE-PATTERN',
        message: `Mã hồ sơ “${code}” không có dạng mã cơ quan (hoặc mã phông).năm.số hồ sơ, vd H49.64.33.2001.160`,
      },
    ];
  }
  const warnings: CodeWarning[] = [];
  const prefix = segments.slice(0, at).join('.');
  if (!AGENCY_ID.test(prefix) && prefix !== fondsCode) {
    warnings.push({
      code: 'DP-IMPORT-CODE-PATTERN',
      message: `Mã hồ sơ “${code}” bắt đầu bằng “${prefix}”: không phải mã định danh cơ quan (vd H49.64.33) hay mã phông${fondsCode ? ` “${fondsCode}”` : ''}`,
    });
  }
  const year = Number(segments[at]);
  const first = yearOf(startDate);
  const last = yearOf(endDate) ?? first;
  if (first !== undefined && last !== undefined && (year < Number(first) || year > Number(last))) {
    warnings.push({
      code: 'DP-IMPORT-CODE-YEAR',
      message: `Năm ${year} trong mã hồ sơ “${code}” nằm ngoài thời gian của hồ sơ (${first}–${last})`,
    });
  }
  return warnings;
}
