import { decisionDate, isoVietnam, selectFinding, type Principal, type Recognition, type SelectableKind } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError } from '../errors.js';
import { SelectionRefused } from './backup-list.js';
import { recordUnit, requireRight, sees } from './selection-access.js';
import { listUnitScope } from './backup-list-propose.js';

export interface RecognitionInput {
  recordKind: SelectableKind;
  recordCode: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  note?: string;
}

/** A recognition with the unit its record belongs to (null: not described yet, or a fonds without unit). */
export interface ScopedRecognition extends Recognition {
  unitId: string | null;
}

/**
 * Record (or correct) the decision recognising a record's special value. A recognition may
 * arrive before the record is described, so the record need not exist yet; the decision must
 * be complete, since only a complete one makes a record special-value. A user scoped to units
 * may only record it for a described record of their units (an undescribed one has no unit).
 */
export async function recognize(ctx: Context, input: RecognitionInput, principal?: Principal): Promise<Recognition> {
  const code = input.recordCode.normalize('NFC').trim();
  if (!sees(principal, await recordUnit(ctx.catalogue, input.recordKind, code)))
    throw notFoundError('DP-SELECT-RECORD-UNKNOWN', `Không tìm thấy "${code}" trong phạm vi của bạn.`, `No "${code}" within your scope.`);
  requireRight(principal, 'selection.write');
  if (input.decisionNumber.trim() === '' || input.issuer.trim() === '' || input.decisionDate.trim() === '')
    throw new SelectionRefused([selectFinding('DP-SELECT-DECISION-MISSING', 'decisionNumber')]);
  const date = decisionDate(input.decisionDate);
  if (!date) throw new SelectionRefused([selectFinding('DP-SELECT-DECISION-DATE-INVALID', 'decisionDate', { date: input.decisionDate })]);
  const at = isoVietnam(ctx.clock.now());
  const existing = await ctx.catalogue.selection.getRecognition(input.recordKind, code);
  const recognition: Recognition = {
    recordKind: input.recordKind,
    recordCode: code,
    decisionNumber: input.decisionNumber.normalize('NFC').trim(),
    decisionDate: date,
    issuer: input.issuer.normalize('NFC').trim(),
    note: (input.note ?? '').normalize('NFC'),
    createdAt: existing?.createdAt ?? at,
    updatedAt: at,
  };
  await ctx.catalogue.selection.putRecognition(recognition);
  return recognition;
}

/** The recognitions the asker may see, each with its record's unit; `unitId` keeps one unit's (with the units merged into it). */
export async function listRecognitions(
  ctx: Context,
  filter: { recordKind?: SelectableKind; unitId?: string },
  principal?: Principal,
): Promise<ScopedRecognition[]> {
  const units = filter.unitId === undefined ? undefined : await listUnitScope(ctx.catalogue, filter.unitId);
  const out: ScopedRecognition[] = [];
  for (const r of await ctx.catalogue.selection.listRecognitions(filter.recordKind ? { recordKind: filter.recordKind } : {})) {
    const unitId = await recordUnit(ctx.catalogue, r.recordKind, r.recordCode);
    if (sees(principal, unitId) && (units === undefined || (unitId !== null && units.has(unitId)))) out.push({ ...r, unitId });
  }
  return out;
}
