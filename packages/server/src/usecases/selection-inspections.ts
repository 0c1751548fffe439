import { randomUUID } from 'node:crypto';
import { RISK_SIGNS, decisionDate, riskSign, type Inspection, type Principal, type SelectableKind } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError, requestError } from '../errors.js';
import { describedRecord } from './backup-list.js';
import { listUnitScope } from './backup-list-propose.js';
import { actorName, recordUnit, requireRight, sees } from './selection-access.js';

export interface InspectionInput {
  recordKind: SelectableKind;
  recordCode: string;
  /** DD/MM/YYYY (ISO accepted). */
  date: string;
  /** Who inspected; the signed-in user when empty. */
  inspector?: string;
  /** Sign codes or labels (`mun`, "mủn", "rotting"). */
  signs: string[];
  readable: boolean | null;
  notes?: string;
}

export interface UnitInspection extends Inspection {
  title: string;
  unitId: string | null;
}

const unknownRecord = (code: string) =>
  notFoundError('DP-SELECT-RECORD-UNKNOWN', `Không tìm thấy "${code}" trong phạm vi của bạn.`, `No "${code}" within your scope.`);

/**
 * Record an inspection of a fonds, file or document with the damage signs seen (the evidence a
 * record is "at risk"), checked: the record exists in the asker's units, the date is a real day,
 * every sign is one of the known signs (an unknown one is refused with the list to choose from).
 */
export async function recordInspection(ctx: Context, input: InspectionInput, principal?: Principal): Promise<UnitInspection> {
  const code = input.recordCode.normalize('NFC').trim();
  const record = await describedRecord(ctx.catalogue, input.recordKind, code);
  const unitId = await recordUnit(ctx.catalogue, input.recordKind, code);
  if (!record || !sees(principal, unitId)) throw unknownRecord(code);
  requireRight(principal, 'selection.write');
  const day = decisionDate(input.date);
  if (!day)
    throw requestError(
      'DP-INSPECTION-DATE-INVALID',
      `Ngày kiểm tra "${input.date}" không có thật (dùng DD/MM/YYYY).`,
      `Inspection date "${input.date}" is not a real day (use DD/MM/YYYY).`,
    );
  const unknown = input.signs.filter((s) => riskSign(s) === undefined);
  if (unknown.length > 0)
    throw requestError(
      'DP-INSPECTION-SIGN-UNKNOWN',
      `Dấu hiệu không có trong danh sách: ${unknown.join(', ')}. Chọn trong: ${RISK_SIGNS.map((s) => s.vi).join(', ')}.`,
      `Unknown signs: ${unknown.join(', ')}. Choose from: ${RISK_SIGNS.map((s) => s.en).join(', ')}.`,
    );
  const inspector = (input.inspector?.trim() || actorName(principal, undefined)).normalize('NFC');
  if (inspector === '') throw requestError('DP-INSPECTION-INSPECTOR-MISSING', 'Cần ghi người kiểm tra.', 'Who inspected must be given.');
  const signs = [...new Set(input.signs.map((s) => riskSign(s)!.code))];
  const [d, m, y] = day.split('/');
  const inspection: Inspection = {
    id: randomUUID(),
    recordKind: input.recordKind,
    recordCode: code,
    date: `${y}-${m}-${d}`,
    inspector,
    signs,
    readable: input.readable,
    notes: (input.notes ?? '').normalize('NFC'),
  };
  await ctx.catalogue.records.addInspection(inspection);
  return { ...inspection, title: record.title, unitId };
}

/** The inspections of a unit's fonds and files (and of the units merged into it), newest first. */
export async function listUnitInspections(ctx: Context, unitId: string, principal?: Principal): Promise<UnitInspection[]> {
  if (!sees(principal, unitId))
    throw notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${unitId}" trong phạm vi của bạn.`, `No unit "${unitId}" within your scope.`);
  const units = await listUnitScope(ctx.catalogue, unitId);
  const out: UnitInspection[] = [];
  for (const fonds of await ctx.catalogue.records.listFonds()) {
    if (fonds.unitId === null || !units.has(fonds.unitId)) continue;
    for (const i of await ctx.catalogue.records.listInspections('fonds', fonds.code))
      out.push({ ...i, title: fonds.name, unitId: fonds.unitId });
    for (const file of await ctx.catalogue.records.listFiles({ fondsCode: fonds.code }))
      for (const i of await ctx.catalogue.records.listInspections('file', file.code))
        out.push({ ...i, title: file.title, unitId: fonds.unitId });
  }
  return out.sort((a, b) => (a.date === b.date ? a.id.localeCompare(b.id) : b.date.localeCompare(a.date)));
}
