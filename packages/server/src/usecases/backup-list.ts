import {
  addEntries,
  approveList,
  assessRiskRecovery,
  describeDocument,
  describeFile,
  describeFonds,
  entryKey,
  isoVietnam,
  ListChangedError,
  latestInspection,
  localiseFinding,
  newBackupList,
  proposeEntries,
  removeEntries,
  reopenList,
  returnList,
  selectFinding,
  submitList,
  type Act,
  type BackupList,
  type Catalogue,
  type DescribedRecord,
  type EntryRequest,
  type Outcome,
  type RiskRecoveryAssessment,
  type SelectableKind,
  type SelectionFinding,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { DuphongError, notFoundError, requestError, unavailableError } from '../errors.js';
import { proposalCandidates } from './backup-list-candidates.js';

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

/** Load, apply one pure step, save — all in one transaction so two reviewers never interleave. */
async function step(
  ctx: Context,
  id: string,
  apply: (list: BackupList, tx: Catalogue, at: string) => Promise<Outcome> | Outcome,
): Promise<StepResult> {
  return ctx.catalogue.transaction(async (tx) => {
    const list = await tx.selection.getList(id);
    if (!list) throw unknownList(id);
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
export async function createBackupList(ctx: Context, init: { unitId: string; year: number; by: string; id?: string }): Promise<BackupList> {
  const unitId = init.unitId.normalize('NFC').trim();
  if (unitId === '' || !Number.isInteger(init.year) || init.year < 1900 || init.year > 2200)
    throw requestError('DP-USAGE', 'Cần mã đơn vị và năm hợp lệ.', 'A unit id and a valid year are needed.');
  if (init.by.trim() === '') throw new SelectionRefused([selectFinding('DP-SELECT-ACTOR-MISSING', 'by')]);
  return ctx.catalogue.transaction(async (tx) => {
    const n = (await tx.selection.listLists({ unitId, year: init.year })).length + 1;
    const id = init.id ?? `DM-${unitId.replace(/\s+/g, '-')}-${init.year}-${n}`;
    if (await tx.selection.getList(id))
      throw requestError('DP-SELECT-LIST-EXISTS', `Danh mục "${id}" đã có.`, `List "${id}" already exists.`);
    const list = newBackupList({ id, unitId, year: init.year }, { by: init.by, at: now(ctx) });
    await saveChecked(tx, list, 0);
    return list;
  });
}

export async function getBackupList(ctx: Context, id: string): Promise<BackupList> {
  const list = await ctx.catalogue.selection.getList(id);
  if (!list) throw unknownList(id);
  return list;
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
  return d && describeDocument(d);
}

export interface EntryInput {
  recordKind: SelectableKind;
  recordCode: string;
  note?: string;
}

async function resolve(c: Catalogue, input: EntryInput): Promise<EntryRequest> {
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

export function addToBackupList(ctx: Context, id: string, inputs: EntryInput[], act: { by: string }): Promise<StepResult> {
  return step(ctx, id, async (list, tx, at) => addEntries(list, await Promise.all(inputs.map((i) => resolve(tx, i))), { by: act.by, at }));
}

/**
 * Add every eligible record of the list's unit not yet on it (`proposalCandidates`). Adding none
 * says why (DP-SELECT-NOTHING-ELIGIBLE): eligibility needs a recognition or an inspection.
 */
export function proposeIntoBackupList(ctx: Context, id: string, act: { by: string; fondsCode?: string }): Promise<StepResult> {
  return step(ctx, id, async (list, tx, at) => {
    const { records, inspections, recognitions } = await proposalCandidates(tx, list, act.fondsCode);
    const proposal = proposeEntries(records, inspections, recognitions);
    if (proposal.entries.length === 0) {
      const why = selectFinding('DP-SELECT-NOTHING-ELIGIBLE', undefined, { unit: list.unitId, checked: String(records.length) });
      return { ok: true, list, findings: [...proposal.findings, why] };
    }
    // Only kind and code: the proposal's note already cites the recognition, which adding cites again.
    const requests = await Promise.all(proposal.entries.map((e) => resolve(tx, { recordKind: e.recordKind, recordCode: e.recordCode })));
    const added = await addEntries(list, requests, { by: act.by, at });
    return added.ok
      ? { ...added, findings: [...proposal.findings.filter((f) => f.code !== 'DP-SELECT-UNREADABLE'), ...added.findings] }
      : added;
  });
}

export function removeFromBackupList(ctx: Context, id: string, keys: EntryInput[], act: { by: string }): Promise<StepResult> {
  return step(ctx, id, (list, _tx, at) => removeEntries(list, keys, { by: act.by, at }));
}

export function submitBackupList(ctx: Context, id: string, act: Omit<Act, 'at'>): Promise<StepResult> {
  return step(ctx, id, (list, _tx, at) => submitList(list, { ...act, at }));
}

export function approveBackupList(
  ctx: Context,
  id: string,
  act: Omit<Act, 'at'> & { decisionNumber: string; decisionDate: string },
): Promise<StepResult> {
  return step(ctx, id, (list, _tx, at) => approveList(list, { ...act, at }));
}

export function returnBackupList(ctx: Context, id: string, act: Omit<Act, 'at'>): Promise<StepResult> {
  return step(ctx, id, (list, _tx, at) => returnList(list, { ...act, at }));
}

export function reopenBackupList(ctx: Context, id: string, act: Omit<Act, 'at'>): Promise<StepResult> {
  return step(ctx, id, (list, _tx, at) => reopenList(list, { ...act, at }));
}

/** The riskRecovery status of the backup object of one file, from its real copies. */
export async function assessFile(ctx: Context, c: Catalogue, fileCode: string): Promise<RiskRecoveryAssessment> {
  const object = await c.getObjectByFileCode(fileCode);
  const copies = object ? await c.listCopies(object.id) : [];
  const sites = (await c.listSites()).map((s) => ({ name: s.name, region: s.region, medium: s.medium, online: s.online }));
  return assessRiskRecovery(object, copies, sites, ctx.config.policy);
}

/** Set riskRecovery = 1 and the computed status on one file or document; writes only on change. */
async function markOne(ctx: Context, c: Catalogue, kind: SelectableKind, code: string, at: string): Promise<'01' | '02' | undefined> {
  if (kind === 'file') {
    const file = await c.records.getFile(code);
    if (!file) return undefined;
    const { status } = await assessFile(ctx, c, code);
    if (file.fields.riskRecovery !== '1' || file.fields.riskRecoveryStatus !== status)
      await c.records.putFile({ ...file, fields: { ...file.fields, riskRecovery: '1', riskRecoveryStatus: status }, updatedAt: at });
    return status;
  }
  if (kind === 'document') {
    const doc = await c.records.getDocument(code);
    if (!doc) return undefined;
    const { status } = await assessFile(ctx, c, doc.fileCode);
    if (doc.fields.riskRecovery !== '1' || doc.fields.riskRecoveryStatus !== status)
      await c.records.putDocument({ ...doc, fields: { ...doc.fields, riskRecovery: '1', riskRecoveryStatus: status }, updatedAt: at });
    return status;
  }
  return undefined; // a fonds has no riskRecovery field (TT05); its backup regime is described by hand
}

async function markRiskRecovery(ctx: Context, c: Catalogue, list: BackupList): Promise<void> {
  const at = now(ctx);
  for (const e of list.entries) await markOne(ctx, c, e.recordKind, e.recordCode, at);
}

export interface RefreshSummary {
  checked: number;
  backedUp: number;
  notYet: number;
}

/**
 * Recompute riskRecoveryStatus for every file and document on an approved list. To be run after
 * whatever changes copies (ingest, replication, audit, repair) so 01 always means "backed up now".
 */
/**
 * After a write or an audit touched one file's copies: refresh its riskRecoveryStatus if it is on an
 * approved list or its record says riskRecovery 1 (imported, or from its SIP): a status the
 * catalogue shows is always computed from the copies. Never fails the caller (the copies are
 * already committed): problems are logged.
 */
export async function refreshRiskRecoveryStatusOf(ctx: Context, fileCode: string): Promise<void> {
  try {
    await ctx.catalogue.transaction(async (tx) => {
      const listed = (await tx.selection.listApprovedEntries()).some(
        ({ entry }) => entry.recordKind === 'file' && entry.recordCode === fileCode,
      );
      if (listed || (await tx.records.getFile(fileCode))?.fields.riskRecovery === '1') await markOne(ctx, tx, 'file', fileCode, now(ctx));
    });
  } catch (error) {
    ctx.log.warn('riskRecoveryStatus refresh failed', { fileCode, error: String(error) });
  }
}

/** Refresh every listed record's riskRecoveryStatus (after an audit or a rebuild); logged, never thrown. */
export async function refreshRiskRecoveryStatusQuietly(ctx: Context): Promise<void> {
  await refreshRiskRecoveryStatus(ctx).catch((error: unknown) =>
    ctx.log.warn('riskRecoveryStatus refresh failed', { error: String(error) }),
  );
}

export async function refreshRiskRecoveryStatus(ctx: Context): Promise<RefreshSummary> {
  return ctx.catalogue.transaction(async (tx) => {
    const at = now(ctx);
    const seen = new Set<string>();
    const summary: RefreshSummary = { checked: 0, backedUp: 0, notYet: 0 };
    for (const { entry } of await tx.selection.listApprovedEntries()) {
      const key = entryKey(entry);
      if (seen.has(key)) continue;
      seen.add(key);
      const status = await markOne(ctx, tx, entry.recordKind, entry.recordCode, at);
      if (status === undefined) continue;
      summary.checked += 1;
      if (status === '01') summary.backedUp += 1;
      else summary.notYet += 1;
    }
    return summary;
  });
}
