import {
  addEntries,
  approveList,
  describeDocument,
  describeFile,
  describeFonds,
  isoVietnam,
  ListChangedError,
  latestInspection,
  localiseFinding,
  newBackupList,
  removeEntries,
  reopenList,
  returnList,
  selectFinding,
  submitList,
  type Act,
  type Action,
  type BackupList,
  type BackupListSummary,
  type BackupListStatus,
  type Catalogue,
  type DescribedRecord,
  type EntryRequest,
  type Outcome,
  type Principal,
  type SelectableKind,
  type SelectionFinding,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { DuphongError, notFoundError, requestError, unavailableError } from '../errors.js';
import { actorName, requireRight, sees } from './selection-access.js';
import { criteriaFor } from './plans.js';
import { proposeForList } from './backup-list-propose.js';
import { markRiskRecovery } from './risk-recovery-status.js';

/**
 * Selection for backup as use cases: a unit's yearly list is created, filled (by hand or from
 * `proposeEntries`), submitted, approved or returned. The rules are core's; here they meet the
 * catalogue, in one transaction per step. Approval marks the listed files and documents
 * `riskRecovery` = 1 and computes `riskRecoveryStatus` from their real copies.
 */

/** Codes of a state conflict (frozen, not a draft, wrong step) rather than a bad request. */
const CONFLICTS = ['DP-SELECT-LIST-FROZEN', 'DP-SELECT-NOT-DRAFT', 'DP-SELECT-TRANSITION-INVALID'];

/** A refused step, with every finding (exit 2 / HTTP 400 or 409): a DuphongError named for tests and callers. */
export class SelectionRefused extends DuphongError {
  declare readonly findings: readonly SelectionFinding[];

  constructor(findings: readonly SelectionFinding[]) {
    const first = findings.find((f) => f.severity === 'error') ?? findings[0]!;
    super('request', first.code, localiseFinding(first, 'vi').message, localiseFinding(first, 'en').message, {
      findings,
      refusal: CONFLICTS.includes(first.code) ? 'conflict' : 'invalid',
    });
    this.name = 'SelectionRefused';
  }
}

export interface StepResult {
  list: BackupList;
  /** Warnings of the step (e.g. unreadable records). */
  findings: SelectionFinding[];
}

const now = (ctx: Context): string => isoVietnam(ctx.clock.now());

function unknownList(id: string): DuphongError {
  return notFoundError('DP-SELECT-LIST-UNKNOWN', `Không có danh mục lưu trữ dự phòng "${id}".`, `No backup list "${id}".`);
}

/** Who asks (none: the operator on the CLI) and the right the step needs. */
interface Access {
  principal?: Principal | undefined;
  action: Action;
}

/**
 * Load, check the asker may see the list (else "no such list") and has the right, apply one pure
 * step, save — all in one transaction so two reviewers never interleave.
 */
async function step(
  ctx: Context,
  id: string,
  access: Access,
  apply: (list: BackupList, tx: Catalogue, at: string) => Promise<Outcome> | Outcome,
): Promise<StepResult> {
  return ctx.catalogue.transaction(async (tx) => {
    const list = await tx.selection.getList(id);
    if (!list || !sees(access.principal, list.unitId)) throw unknownList(id);
    requireRight(access.principal, access.action);
    const outcome = await apply(list, tx, now(ctx));
    if (!outcome.ok) throw new SelectionRefused(outcome.findings);
    await saveChecked(tx, outcome.list, list.history.length);
    if (outcome.list.status === 'approved' && list.status !== 'approved') await markRiskRecovery(ctx, tx, outcome.list);
    return { list: outcome.list, findings: outcome.findings };
  });
}

/** Save unless another step saved the list since it was read (then exit 4 / HTTP 409: read again). */
async function saveChecked(c: Catalogue, list: BackupList, historyLength: number): Promise<void> {
  try {
    await c.selection.saveList(list, { historyLength });
  } catch (error) {
    if (!(error instanceof ListChangedError)) throw error;
    throw unavailableError(
      'DP-SELECT-LIST-CHANGED',
      `Danh mục "${list.id}" vừa được người khác thay đổi; không có gì được ghi, hãy xem lại rồi thử lại.`,
      `List "${list.id}" was just changed by someone else; nothing written, review it and retry.`,
      { refusal: 'conflict' },
    );
  }
}

/** A new draft; its id reads `DM-<unit>-<year>-<n>` (n counts the unit's lists of that year). */
export async function createBackupList(
  ctx: Context,
  init: { unitId: string; year: number; by?: string; id?: string; principal?: Principal | undefined },
): Promise<BackupList> {
  const unitId = init.unitId.normalize('NFC').trim();
  const by = actorName(init.principal, init.by);
  if (unitId === '' || !Number.isInteger(init.year) || init.year < 1900 || init.year > 2200)
    throw requestError('DP-USAGE', 'Cần mã đơn vị và năm hợp lệ.', 'A unit id and a valid year are needed.');
  if (!sees(init.principal, unitId))
    throw notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${unitId}" trong phạm vi của bạn.`, `No unit "${unitId}" within your scope.`);
  requireRight(init.principal, 'selection.write');
  if (by.trim() === '') throw new SelectionRefused([selectFinding('DP-SELECT-ACTOR-MISSING', 'by')]);
  return ctx.catalogue.transaction(async (tx) => {
    const n = (await tx.selection.listLists({ unitId, year: init.year })).length + 1;
    const id = init.id ?? `DM-${unitId.replace(/\s+/g, '-')}-${init.year}-${n}`;
    if (await tx.selection.getList(id))
      throw requestError('DP-SELECT-LIST-EXISTS', `Danh mục "${id}" đã có.`, `List "${id}" already exists.`);
    const list = newBackupList({ id, unitId, year: init.year }, { by, at: now(ctx) });
    await saveChecked(tx, list, 0);
    return list;
  });
}

/** One list, if the asker may see its unit (else "no such list": nothing leaked). */
export async function getBackupList(ctx: Context, id: string, principal?: Principal): Promise<BackupList> {
  const list = await ctx.catalogue.selection.getList(id);
  if (!list || !sees(principal, list.unitId)) throw unknownList(id);
  return list;
}

/** The lists of the asker's units, filtered by unit, year and state. */
export async function listBackupLists(
  ctx: Context,
  filter: { unitId?: string; year?: number; status?: BackupListStatus },
  principal?: Principal,
): Promise<BackupListSummary[]> {
  return (await ctx.catalogue.selection.listLists(filter)).filter((l) => sees(principal, l.unitId));
}

/** The record of one kind and code as selection sees it, or undefined. */
export async function describedRecord(c: Catalogue, kind: SelectableKind, code: string): Promise<DescribedRecord | undefined> {
  if (kind === 'fonds') {
    const f = await c.records.getFonds(code);
    return f && describeFonds(f);
  }
  if (kind === 'file') {
    const f = await c.records.getFile(code);
    return f && describeFile(f);
  }
  const d = await c.records.getDocument(code);
  // A plan's criterion may name fonds: a document belongs to its file's.
  return d && { ...describeDocument(d), fondsCode: (await c.records.getFile(d.fileCode))?.fondsCode ?? null };
}

export interface EntryInput {
  recordKind: SelectableKind;
  recordCode: string;
  note?: string;
}

export async function resolveEntry(c: Catalogue, input: EntryInput): Promise<EntryRequest> {
  const code = input.recordCode.normalize('NFC').trim();
  const [record, inspections, recognition] = await Promise.all([
    describedRecord(c, input.recordKind, code),
    c.records.listInspections(input.recordKind, code),
    c.selection.getRecognition(input.recordKind, code),
  ]);
  return {
    recordKind: input.recordKind,
    recordCode: code,
    ...(input.note !== undefined && { note: input.note }),
    record,
    latestInspection: latestInspection(inspections, input.recordKind, code),
    recognition,
  };
}

/** Who acts: the signed-in principal (HTTP) or the name the operator gives (CLI). */
export interface Actor {
  by?: string;
  principal?: Principal | undefined;
}
const by = (act: Actor): string => actorName(act.principal, act.by);

export function addToBackupList(ctx: Context, id: string, inputs: EntryInput[], act: Actor): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.write' }, async (list, tx, at) =>
    addEntries(list, await Promise.all(inputs.map((i) => resolveEntry(tx, i))), {
      by: by(act),
      at,
      criteria: await criteriaFor(tx, list.unitId, list.year),
    }),
  );
}

/** Add every eligible record of the list's unit not yet on it (see backup-list-propose.ts). */
export function proposeIntoBackupList(ctx: Context, id: string, act: Actor & { fondsCode?: string }): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.write' }, (list, tx, at) =>
    proposeForList(tx, list, { by: by(act), at, ...(act.fondsCode !== undefined && { fondsCode: act.fondsCode }) }),
  );
}

export function removeFromBackupList(ctx: Context, id: string, keys: EntryInput[], act: Actor): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.write' }, (list, _tx, at) =>
    removeEntries(list, keys, { by: by(act), at }),
  );
}

type StepAct = Actor & Omit<Act, 'at' | 'by'>;
/** The pure step's act: the recorded name and time, without the principal. */
function acted<T extends StepAct>(act: T, at: string): Omit<T, 'principal' | 'by'> & { by: string; at: string } {
  const { principal: _principal, by: _by, ...rest } = act;
  return { ...rest, by: by(act), at };
}

export function submitBackupList(ctx: Context, id: string, act: StepAct): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.write' }, (list, _tx, at) => submitList(list, acted(act, at)));
}

/** Approval and return are the reviewer's: roles with `selection.approve` only. */
export function approveBackupList(
  ctx: Context,
  id: string,
  act: StepAct & { decisionNumber: string; decisionDate: string },
): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.approve' }, (list, _tx, at) => approveList(list, acted(act, at)));
}

export function returnBackupList(ctx: Context, id: string, act: StepAct): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.approve' }, (list, _tx, at) => returnList(list, acted(act, at)));
}

export function reopenBackupList(ctx: Context, id: string, act: StepAct): Promise<StepResult> {
  return step(ctx, id, { principal: act.principal, action: 'selection.write' }, (list, _tx, at) => reopenList(list, acted(act, at)));
}

export {
  assessFile,
  refreshRiskRecoveryStatus,
  refreshRiskRecoveryStatusOf,
  refreshRiskRecoveryStatusQuietly,
  type RefreshSummary,
} from './risk-recovery-status.js';
