import { fieldSpec, type DescriptionKind } from '../tt05/profile/catalogue.js';
import type { CodeListId } from '../tt05/profile/code-lists.js';
import { characterCount } from '../tt05/profile/values.js';
import {
  cellText,
  parseBooleanCell,
  parseCodeCell,
  parseDateCell,
  parseIntegerCell,
  splitDateRange,
  type SheetCell,
} from './cell-values.js';
import type { ColumnMapping } from './layout.js';
import type { ImportField } from './synonyms.js';

/** What one cell contributes: a field value, or a problem with a finding code. */
export type FieldResult = { value: string } | { code: string; message: string };

const CODE_FIELDS: Partial<Record<ImportField, CodeListId>> = {
  maintenance: 'maintenance',
  mode: 'mode',
  language: 'language',
  format: 'format',
  confidenceLevel: 'confidenceLevel',
  riskRecoveryStatus: 'riskRecoveryStatus',
  typeName: 'typeName',
};
const INTEGER_FIELDS: ReadonlySet<ImportField> = new Set(['totalDoc', 'numberOfPaper', 'numberOfPage', 'docOrdinal']);
const ANY_DATE = ['DD/MM/YYYY', 'MM/YYYY', 'YYYY'] as const;

/** A field whose name is also a TT05 element of the row's description kind. */
export function isTt05Field(kind: DescriptionKind, field: ImportField): boolean {
  return fieldSpec(kind, field) !== undefined;
}

/**
 * Parse one non-empty cell for its column's field. Code lists take codes or labels, dates every
 * spreadsheet form, lengths are the TT05 catalogue's (counted in code points as XSD does).
 */
export function parseField(kind: DescriptionKind, field: ImportField, cell: SheetCell | undefined): FieldResult {
  const spec = fieldSpec(kind, field);
  const label = spec ? `“${spec.label}”` : field;
  if (field === 'startDate' || field === 'endDate' || field === 'issuedDate') {
    const forms = spec?.dateForms ?? ANY_DATE;
    const p = parseDateCell(cell, forms);
    return p.ok ? { value: p.value } : { code: 'DP-IMPORT-BAD-DATE', message: `${label}: “${cellText(cell)}” ${p.reason}` };
  }
  const list = CODE_FIELDS[field];
  if (list) {
    const p = parseCodeCell(cellText(cell), list, spec?.multiple ?? false);
    return p.ok ? { value: p.value } : { code: 'DP-IMPORT-BAD-CODE', message: `${label}: ${p.reason}` };
  }
  if (INTEGER_FIELDS.has(field)) {
    const p = parseIntegerCell(cell);
    return p.ok ? { value: p.value } : { code: 'DP-IMPORT-BAD-NUMBER', message: `${label}: ${p.reason}` };
  }
  if (field === 'riskRecovery') {
    const p = parseBooleanCell(cellText(cell));
    return p.ok ? { value: p.value } : { code: 'DP-IMPORT-BAD-CODE', message: `${label}: ${p.reason}` };
  }
  const text = cellText(cell);
  if (spec?.maxLength !== undefined && characterCount(text) > spec.maxLength) {
    return { code: 'DP-IMPORT-TOO-LONG', message: `${label} dài ${characterCount(text)} ký tự, tối đa ${spec.maxLength}` };
  }
  return { value: text };
}

/** The start and end dates written in one "Thời gian" cell ("01/2001 - 12/2001", "2001-2003"). */
export function parseDateRangeCell(cell: SheetCell | undefined): { start: FieldResult; end: FieldResult } {
  if (typeof cell?.value !== 'string') {
    const one = parseField('aip-hoso', 'startDate', cell);
    return { start: one, end: one };
  }
  const [a, b] = splitDateRange(cell.value);
  return { start: parseField('aip-hoso', 'startDate', { value: a }), end: parseField('aip-hoso', 'endDate', { value: b }) };
}

/** "12/QĐ-UBND" → number 12, notation QĐ-UBND; text without a number is all notation. */
export function splitNumberNotation(text: string): { codeNumber?: string; codeNotation: string } {
  const m = /^(\d+)\s*\/\s*(.+)$/.exec(text);
  return m ? { codeNumber: m[1]!, codeNotation: m[2]! } : { codeNotation: text };
}

/** Columns by field, first one only (a duplicate column is reported by the layout). */
export function columnsByField(columns: readonly ColumnMapping[]): Map<ImportField, ColumnMapping> {
  const m = new Map<ImportField, ColumnMapping>();
  for (const c of columns) if (c.field && !m.has(c.field)) m.set(c.field, c);
  return m;
}
