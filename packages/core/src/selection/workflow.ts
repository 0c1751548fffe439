import type { Inspection } from '../records/model.js';
import { assessEligibility, entryFor, type DescribedRecord } from './eligibility.js';
import type { PlanCriterion } from './criteria.js';
import { selectFinding, type SelectionFinding } from './findings.js';
import {
  entryKey,
  type BackupList,
  type BackupListAction,
  type BackupListEntry,
  type BackupListStatus,
  type Recognition,
  type SelectableKind,
} from './model.js';

/**
 * The review of a backup list as pure transitions: draft → submitted → approved, or submitted →
 * returned → draft. Each returns the new list (with its history line) or the findings that
 * refuse it; nothing is half-applied.
 */
export type Outcome = { ok: true; list: BackupList; findings: SelectionFinding[] } | { ok: false; findings: SelectionFinding[] };

/** Who acts and when (ISO 8601 +07:00 from the caller's clock). */
export interface Act {
  by: string;
  at: string;
  note?: string;
  /** The criteria the plans of the list's unit add to the default rule (selection/criteria.ts). */
  criteria?: readonly PlanCriterion[];
}

const refuse = (...findings: SelectionFinding[]): Outcome => ({ ok: false, findings });

function withHistory(
  list: BackupList,
  act: Act,
  action: BackupListAction,
  status: BackupListStatus,
  extra: Partial<BackupList> = {},
  note = act.note,
): BackupList {
  const line = { at: act.at, by: act.by.trim(), action, note: (note ?? '').trim() };
  const decision = action === 'approve' ? { decisionNumber: extra.decisionNumber!, decisionDate: extra.decisionDate! } : {};
  return { ...list, ...extra, status, updatedAt: act.at, history: [...list.history, { ...line, ...decision }] };
}

function actorMissing(act: Act): SelectionFinding | undefined {
  return act.by.trim() === '' ? selectFinding('DP-SELECT-ACTOR-MISSING', 'by') : undefined;
}

/** Approved lists are frozen; every other non-draft is refused for edits. */
function notEditable(list: BackupList): SelectionFinding | undefined {
  if (list.status === 'approved') return selectFinding('DP-SELECT-LIST-FROZEN', undefined);
  if (list.status !== 'draft') return selectFinding('DP-SELECT-NOT-DRAFT', undefined, { status: list.status });
  return undefined;
}

function wrongStatus(list: BackupList, action: BackupListAction, from: BackupListStatus): SelectionFinding | undefined {
  if (list.status === from) return undefined;
  if (list.status === 'approved') return selectFinding('DP-SELECT-LIST-FROZEN', undefined);
  return selectFinding('DP-SELECT-TRANSITION-INVALID', undefined, { action, status: list.status });
}

export function newBackupList(init: { id: string; unitId: string; year: number }, act: Act): BackupList {
  const empty: BackupList = {
    ...init,
    status: 'draft',
    decisionNumber: null,
    decisionDate: null,
    entries: [],
    history: [],
    createdAt: act.at,
    updatedAt: act.at,
  };
  return withHistory(empty, act, 'create', 'draft');
}

/** One record asked for, resolved by the caller from the archival description. */
export interface EntryRequest {
  recordKind: SelectableKind;
  recordCode: string;
  note?: string;
  /** Undefined when no such record is described. */
  record: DescribedRecord | undefined;
  latestInspection: Inspection | undefined;
  recognition: Recognition | undefined;
}

/** Add entries to a draft; every request must be a described, eligible record not yet on the list. */
export function addEntries(list: BackupList, requests: readonly EntryRequest[], act: Act): Outcome {
  const blocked = actorMissing(act) ?? notEditable(list);
  if (blocked) return refuse(blocked);
  const keys = new Set(list.entries.map(entryKey));
  const errors: SelectionFinding[] = [];
  const warnings: SelectionFinding[] = [];
  const added: BackupListEntry[] = [];
  for (const r of requests) {
    const key = entryKey(r);
    const kind = { fonds: 'phông', file: 'hồ sơ', document: 'tài liệu' }[r.recordKind];
    if (keys.has(key)) errors.push(selectFinding('DP-SELECT-DUPLICATE-ENTRY', key, { code: r.recordCode }));
    else if (!r.record) errors.push(selectFinding('DP-SELECT-RECORD-UNKNOWN', key, { kind, code: r.recordCode }));
    else {
      const e = assessEligibility(r.record, r.latestInspection, r.recognition, act.criteria);
      const entry = entryFor(e, r.record, r.note);
      if (!entry)
        errors.push(selectFinding('DP-SELECT-NOT-ELIGIBLE', key, { code: r.recordCode, ...whyNot(e.permanent, r.latestInspection) }));
      else {
        added.push(entry);
        if (entry.signs.includes('mo-chu') && entry.readable === false)
          warnings.push(selectFinding('DP-SELECT-UNREADABLE', key, { code: r.recordCode }));
      }
    }
    keys.add(key);
  }
  if (errors.length > 0) return refuse(...errors);
  const note = `thêm ${added.length}: ${added.map((e) => e.recordCode).join(', ')}`;
  return {
    ok: true,
    list: withHistory({ ...list, entries: [...list.entries, ...added] }, act, 'edit', 'draft', {}, note),
    findings: warnings,
  };
}

function whyNot(permanent: boolean, inspection: Inspection | undefined): { why: string; whyEn: string } {
  if (!permanent) return { why: 'thời hạn bảo quản không phải vĩnh viễn', whyEn: 'retention is not permanent' };
  if (!inspection) return { why: 'chưa có biên bản kiểm tra tình trạng', whyEn: 'never inspected' };
  return {
    why: `lần kiểm tra ngày ${inspection.date} không ghi dấu hiệu hư hỏng`,
    whyEn: `the ${inspection.date} inspection shows no risk sign`,
  };
}

/** Remove entries from a draft (by `kind:code`). */
export function removeEntries(list: BackupList, keys: readonly { recordKind: SelectableKind; recordCode: string }[], act: Act): Outcome {
  const blocked = actorMissing(act) ?? notEditable(list);
  if (blocked) return refuse(blocked);
  const present = new Set(list.entries.map(entryKey));
  const unknown = keys.filter((k) => !present.has(entryKey(k)));
  if (unknown.length > 0)
    return refuse(...unknown.map((k) => selectFinding('DP-SELECT-ENTRY-UNKNOWN', entryKey(k), { code: k.recordCode })));
  const drop = new Set(keys.map(entryKey));
  const note = `bỏ ${keys.length}: ${keys.map((k) => k.recordCode).join(', ')}`;
  return {
    ok: true,
    list: withHistory({ ...list, entries: list.entries.filter((e) => !drop.has(entryKey(e))) }, act, 'edit', 'draft', {}, note),
    findings: [],
  };
}

export function submitList(list: BackupList, act: Act): Outcome {
  const blocked = actorMissing(act) ?? wrongStatus(list, 'submit', 'draft');
  if (blocked) return refuse(blocked);
  if (list.entries.length === 0) return refuse(selectFinding('DP-SELECT-LIST-EMPTY', undefined));
  return { ok: true, list: withHistory(list, act, 'submit', 'submitted'), findings: [] };
}

/** Approval freezes the list under the approving decision (number and date both required). */
export function approveList(list: BackupList, act: Act & { decisionNumber: string; decisionDate: string }): Outcome {
  const blocked = actorMissing(act) ?? wrongStatus(list, 'approve', 'submitted');
  if (blocked) return refuse(blocked);
  const number = act.decisionNumber.trim();
  if (number === '' || act.decisionDate.trim() === '') return refuse(selectFinding('DP-SELECT-DECISION-MISSING', 'decisionNumber'));
  const date = decisionDate(act.decisionDate);
  if (!date) return refuse(selectFinding('DP-SELECT-DECISION-DATE-INVALID', 'decisionDate', { date: act.decisionDate }));
  return { ok: true, list: withHistory(list, act, 'approve', 'approved', { decisionNumber: number, decisionDate: date }), findings: [] };
}

/** The reviewer sends the list back, saying why. */
export function returnList(list: BackupList, act: Act): Outcome {
  const blocked = actorMissing(act) ?? wrongStatus(list, 'return', 'submitted');
  if (blocked) return refuse(blocked);
  if ((act.note ?? '').trim() === '') return refuse(selectFinding('DP-SELECT-NOTE-MISSING', 'note'));
  return { ok: true, list: withHistory(list, act, 'return', 'returned'), findings: [] };
}

/** A returned list becomes a draft again, to be corrected and resubmitted. */
export function reopenList(list: BackupList, act: Act): Outcome {
  const blocked = actorMissing(act) ?? wrongStatus(list, 'reopen', 'returned');
  if (blocked) return refuse(blocked);
  return { ok: true, list: withHistory(list, act, 'reopen', 'draft'), findings: [] };
}

/** DD/MM/YYYY (or ISO YYYY-MM-DD) of a real calendar day, written back as DD/MM/YYYY. */
export function decisionDate(text: string): string | undefined {
  const t = text.trim();
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t) ?? /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!m) return undefined;
  const [d, mo, y] = t.includes('/') ? [m[1], m[2], m[3]] : [m[3], m[2], m[1]];
  const day = Number(d);
  const month = Number(mo);
  const year = Number(y);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}
