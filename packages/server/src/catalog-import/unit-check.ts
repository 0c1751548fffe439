import { checkAttachments, importFinding, type ImportFinding, type ImportLayout, type Succession, type UnitVersion } from '@duphong/core';

/** The unit an import attaches its fonds to, and what is needed to know when that unit existed. */
export interface UnitCheck {
  unitId: string;
  versions: UnitVersion[];
  successions: Succession[];
}

const DAY = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const MONTH = /^(\d{2})\/(\d{4})$/;
const YEAR = /^(\d{4})$/;

/** The last day a TT05 date value covers (DD/MM/YYYY, MM/YYYY or YYYY), as YYYY-MM-DD. */
export function lastDayOf(value: string): string | undefined {
  const v = value.trim();
  const d = DAY.exec(v);
  if (d) return `${d[3]}-${d[2]}-${d[1]}`;
  const m = MONTH.exec(v);
  if (m) return `${m[2]}-${m[1]}-${String(new Date(Date.UTC(Number(m[2]), Number(m[1]), 0)).getUTCDate()).padStart(2, '0')}`;
  const y = YEAR.exec(v);
  return y ? `${y[1]}-12-31` : undefined;
}

/**
 * A file attached (through its fonds) to a unit that did not exist during the file's dates is a row
 * finding: even the last day the file covers (its end date, else its start) precedes the unit, or
 * the unit had ended and no successor carried it on (units' own DP-UNIT-… codes and severities).
 */
export function unitFindingsOf(
  unit: UnitCheck,
  fields: Record<string, string>,
  layout: ImportLayout,
  at: { row: number; sheet?: string },
): ImportFinding[] {
  const field = fields.endDate?.trim() ? 'endDate' : 'startDate';
  const date = lastDayOf(fields[field] ?? '');
  if (!date) return [];
  const column = layout.columns.find((c) => c.field === field)?.letter ?? '';
  return checkAttachments([{ unitId: unit.unitId, date, ref: `dòng ${at.row}` }], unit.versions, unit.successions).map((f) =>
    importFinding({ ...at, column, field }, f.code, fields[field] ?? '', f.message, f.severity),
  );
}
