import { ACCESS_MODES, BACKUP_STATUSES, type AccessMode, type BackupStatus, type SearchFilters } from '@duphong/core';
import { requestError } from '../errors.js';

/** Search filters as the CLI flags and the HTTP query give them (strings), before checking. */
export interface RawSearchFilters {
  kind?: string | undefined;
  unit?: string | undefined;
  fonds?: string | undefined;
  /** `2001` or an inclusive range `1995-2005` (either end may be left out: `-2005`, `1995-`). */
  year?: string | undefined;
  /** typeName codes, comma-separated: `02,22`. */
  type?: string | undefined;
  medium?: string | undefined;
  /** Access levels, comma-separated: `01,02`. */
  mode?: string | undefined;
  /** Backup statuses, comma-separated: `ok,damaged`. */
  backup?: string | undefined;
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function bad(what: string, value: string, expected: string): never {
  throw requestError(
    'DP-USAGE',
    `Bộ lọc ${what} không hợp lệ: "${value}" (${expected}).`,
    `Invalid ${what} filter: "${value}" (${expected}).`,
  );
}

/** Access levels from `01,02`; anything else is refused (exit 2 / HTTP 400). */
export function parseModes(value: string, what = 'mode'): AccessMode[] {
  const modes = list(value);
  if (modes.length === 0 || !modes.every((m): m is AccessMode => (ACCESS_MODES as readonly string[]).includes(m)))
    bad(what, value, '01, 02, 03, cách nhau bởi dấu phẩy / comma-separated');
  return modes;
}

/** Checked filters for `catalogue.search`; the same rules for `duphong search` and GET /api/search. */
export function parseSearchFilters(raw: RawSearchFilters): SearchFilters {
  const filters: SearchFilters = {};
  if (raw.kind !== undefined) {
    if (raw.kind !== 'file' && raw.kind !== 'document') bad('kind', raw.kind, 'file | document');
    filters.kind = raw.kind;
  }
  if (raw.unit) filters.unitId = raw.unit.normalize('NFC');
  if (raw.fonds) filters.fondsCode = raw.fonds.normalize('NFC');
  if (raw.year) {
    const m = /^\s*(\d{4})?\s*(-)?\s*(\d{4})?\s*$/.exec(raw.year);
    if (!m || (!m[1] && !m[3]) || (!m[2] && m[3])) bad('year', raw.year, 'YYYY | YYYY-YYYY');
    if (m[1]) filters.yearFrom = Number(m[1]);
    if (m[2] ? m[3] : m[1]) filters.yearTo = Number(m[2] ? m[3] : m[1]);
    if (filters.yearFrom !== undefined && filters.yearTo !== undefined && filters.yearFrom > filters.yearTo)
      bad('year', raw.year, 'YYYY-YYYY');
  }
  if (raw.type) {
    const types = list(raw.type);
    if (types.length === 0 || !types.every((t) => /^\d{2}$/.test(t))) bad('type', raw.type, '01–32');
    filters.typeNames = types;
  }
  if (raw.medium) filters.medium = raw.medium;
  if (raw.mode) filters.modes = parseModes(raw.mode);
  if (raw.backup) {
    const statuses = list(raw.backup);
    if (statuses.length === 0 || !statuses.every((s): s is BackupStatus => (BACKUP_STATUSES as readonly string[]).includes(s)))
      bad('backup', raw.backup, BACKUP_STATUSES.join(' | '));
    filters.backup = statuses;
  }
  return filters;
}
