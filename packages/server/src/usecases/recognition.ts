import { decisionDate, isoVietnam, selectFinding, type Recognition, type SelectableKind } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { SelectionRefused } from './backup-list.js';

export interface RecognitionInput {
  recordKind: SelectableKind;
  recordCode: string;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  note?: string;
}

/**
 * Record (or correct) the decision recognising a record's special value. A recognition may
 * arrive before the record is described, so the record need not exist yet; the decision must
 * be complete, since only a complete one makes a record special-value.
 */
export async function recognize(ctx: Context, input: RecognitionInput): Promise<Recognition> {
  if (input.decisionNumber.trim() === '' || input.issuer.trim() === '' || input.decisionDate.trim() === '')
    throw new SelectionRefused([selectFinding('DP-SELECT-DECISION-MISSING', 'decisionNumber')]);
  const date = decisionDate(input.decisionDate);
  if (!date) throw new SelectionRefused([selectFinding('DP-SELECT-DECISION-DATE-INVALID', 'decisionDate', { date: input.decisionDate })]);
  const at = isoVietnam(ctx.clock.now());
  const existing = await ctx.catalogue.selection.getRecognition(input.recordKind, input.recordCode);
  const recognition: Recognition = {
    recordKind: input.recordKind,
    recordCode: input.recordCode.normalize('NFC').trim(),
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
