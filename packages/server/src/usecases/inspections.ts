import { randomUUID } from 'node:crypto';
import {
  dateProblem,
  dateProblemText,
  knownSignCodes,
  parseUnitDate,
  RISK_SIGNS,
  riskSign,
  type Catalogue,
  type Inspection,
} from '@duphong/core';
import { notFoundError, requestError } from '../errors.js';

/**
 * A condition inspection of a record (damage signs, still readable?): what makes a permanent file
 * "at risk" and so eligible for the backup list. Checked here once for the CLI and HTTP alike:
 * the record exists, the date is a real day, every sign is a known one (stored as its code).
 */
export interface InspectionInput {
  recordKind: Inspection['recordKind'];
  recordCode: string;
  /** DD/MM/YYYY or YYYY-MM-DD. */
  date: string;
  inspector: string;
  /** Sign codes or their labels ("mun", "mủn", "rotting"). */
  signs: readonly string[];
  readable: boolean | null;
  notes?: string;
}

async function recordExists(c: Catalogue, kind: Inspection['recordKind'], code: string): Promise<boolean> {
  if (kind === 'fonds') return (await c.records.getFonds(code)) !== undefined;
  if (kind === 'file') return (await c.records.getFile(code)) !== undefined;
  if (kind === 'document') return (await c.records.getDocument(code)) !== undefined;
  return (await c.records.getHolding(code)) !== undefined;
}

export async function recordInspection(c: Catalogue, input: InspectionInput): Promise<Inspection> {
  const code = input.recordCode.normalize('NFC').trim();
  const date = parseUnitDate(input.date);
  if (date === undefined) {
    const words = dateProblemText(input.date, dateProblem(input.date) ?? 'shape');
    throw requestError('DP-INSPECTION-DATE-INVALID', `Ngày kiểm tra: ${words.vi}`, `Inspection date: ${words.en}`);
  }
  const inspector = input.inspector.normalize('NFC').trim();
  if (inspector === '') throw requestError('DP-INSPECTION-INSPECTOR-MISSING', 'Cần ghi người kiểm tra.', 'The inspector must be given.');
  const unknown = input.signs.filter((s) => riskSign(s) === undefined);
  if (unknown.length > 0) {
    const codes = RISK_SIGNS.map((s) => `${s.code} (${s.vi})`).join(', ');
    const codesEn = RISK_SIGNS.map((s) => `${s.code} (${s.en})`).join(', ');
    throw requestError(
      'DP-INSPECTION-SIGN-UNKNOWN',
      `Dấu hiệu không có trong danh mục: ${unknown.join(', ')}. Các mã: ${codes}.`,
      `Unknown damage sign: ${unknown.join(', ')}. Codes: ${codesEn}.`,
    );
  }
  if (!(await recordExists(c, input.recordKind, code)))
    throw notFoundError(
      UNKNOWN_CODE[input.recordKind],
      `Không có ${KIND_VI[input.recordKind]} "${code}" trong danh mục.`,
      `No ${input.recordKind} "${code}" in the catalogue.`,
    );
  const inspection: Inspection = {
    id: randomUUID(),
    recordKind: input.recordKind,
    recordCode: code,
    date,
    inspector,
    signs: knownSignCodes(input.signs),
    readable: input.readable,
    notes: (input.notes ?? '').trim(),
  };
  await c.records.addInspection(inspection);
  return inspection;
}

const UNKNOWN_CODE = {
  fonds: 'DP-FONDS-UNKNOWN',
  file: 'DP-FILE-UNKNOWN',
  document: 'DP-DOCUMENT-UNKNOWN',
  holding: 'DP-HOLDING-UNKNOWN',
} as const;
const KIND_VI = { fonds: 'phông', file: 'hồ sơ', document: 'tài liệu', holding: 'nơi bảo quản' } as const;
