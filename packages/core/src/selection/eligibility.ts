import type { DocumentRecord, FileRecord, Fonds, Inspection } from '../records/model.js';
import { foldVietnamese } from '../records/fold.js';
import { entryKey, type BackupListEntry, type Recognition, type SelectableKind, type SelectionReason } from './model.js';
import { knownSignCodes } from './signs.js';
import { criterionMatches, type PlanCriterion } from './criteria.js';
import { selectFinding, type SelectionFinding } from './findings.js';

/** What selection needs to know of a fonds, file or document. */
export interface DescribedRecord {
  recordKind: SelectableKind;
  recordCode: string;
  title: string;
  /** TT05 fields (`maintenance`, `startDate`, …). */
  fields: Record<string, string>;
  /** The fonds it belongs to (a fonds: its own code), for plan criteria naming fonds. */
  fondsCode?: string | null;
}

export const describeFonds = (f: Fonds): DescribedRecord => ({
  recordKind: 'fonds',
  recordCode: f.code,
  title: f.name,
  fields: f.fields,
  fondsCode: f.code,
});
export const describeFile = (f: FileRecord): DescribedRecord => ({
  recordKind: 'file',
  recordCode: f.code,
  title: f.title,
  fields: f.fields,
  fondsCode: f.fondsCode,
});
export const describeDocument = (d: DocumentRecord): DescribedRecord => ({
  recordKind: 'document',
  recordCode: d.id,
  title: d.fields.subject || d.fields.title || d.fields.imageTitle || d.fields.movieTitle || d.id,
  fields: d.fields,
});

/** `maintenance` 01 Vĩnh viễn (DOMAIN.md §5); spreadsheets also write "1" or the label. */
export function isPermanent(fields: Record<string, string>): boolean {
  const value = (fields.maintenance ?? '').trim();
  return value === '01' || value === '1' || foldVietnamese(value) === 'vinh vien';
}

/** A recognition is usable only with its decision number, date and issuer. */
export function recognitionComplete(r: Recognition): boolean {
  return r.decisionNumber.trim() !== '' && r.decisionDate.trim() !== '' && r.issuer.trim() !== '';
}

/** The newest inspection of one record (by date, then id, as the repository orders them). */
export function latestInspection(inspections: readonly Inspection[], kind: SelectableKind, code: string): Inspection | undefined {
  let best: Inspection | undefined;
  for (const i of inspections) {
    if (i.recordKind !== kind || i.recordCode !== code) continue;
    if (!best || i.date > best.date || (i.date === best.date && i.id < best.id)) best = i;
  }
  return best;
}

export interface Eligibility {
  eligible: boolean;
  /** special-value first: a recognised record is backed up on recognition whatever its state. */
  reason: SelectionReason | null;
  permanent: boolean;
  recognition: Recognition | null;
  /** Known at-risk sign codes of the latest inspection (empty when none or not inspected). */
  signs: string[];
  readable: boolean | null;
  inspectionDate: string | null;
  /** The plan criterion that selected it, when the default rule did not. */
  criterion: PlanCriterion | null;
}

/** Is this record eligible for the backup list, and for which reason? */
export function assessEligibility(
  record: DescribedRecord,
  latest: Inspection | undefined,
  recognition: Recognition | undefined,
  criteria: readonly PlanCriterion[] = [],
): Eligibility {
  const permanent = isPermanent(record.fields);
  const signs = latest ? knownSignCodes(latest.signs) : [];
  const recognised = recognition !== undefined && recognitionComplete(recognition);
  const atRisk = permanent && signs.length > 0;
  // The default rule first; a plan's criteria widen it, never narrow it.
  const criterion = recognised || atRisk ? undefined : criteria.find((c) => criterionMatches(record, c.criterion, permanent));
  return {
    eligible: recognised || atRisk || criterion !== undefined,
    reason: recognised ? 'special-value' : atRisk ? 'at-risk' : criterion ? 'plan-criterion' : null,
    criterion: criterion ?? null,
    permanent,
    recognition: recognised ? recognition : null,
    signs,
    readable: latest?.readable ?? null,
    inspectionDate: signs.length > 0 ? (latest?.date ?? null) : null,
  };
}

/** The entry an eligible record gets; the note cites the recognition decision. */
export function entryFor(e: Eligibility, record: DescribedRecord, note = ''): BackupListEntry | undefined {
  if (!e.eligible || e.reason === null) return undefined;
  const cited = e.recognition
    ? `Công nhận theo ${e.recognition.decisionNumber} ngày ${e.recognition.decisionDate} của ${e.recognition.issuer}`
    : e.criterion
      ? `Tiêu chí "${e.criterion.criterion.label}" của ${e.criterion.plan}`
      : '';
  return {
    recordKind: record.recordKind,
    recordCode: record.recordCode,
    reason: e.reason,
    signs: e.signs,
    readable: e.readable,
    inspectionDate: e.inspectionDate,
    // A note that already cites the decision (a re-added entry) does not cite it twice.
    note: [cited, note.trim()].filter((s, i, all) => s !== '' && all.indexOf(s) === i).join('; '),
  };
}

/** Lookups keyed the same way for records, inspections and recognitions. */
function recognitionIndex(recognitions: readonly Recognition[]): Map<string, Recognition> {
  return new Map(recognitions.map((r) => [entryKey(r), r]));
}

export interface Proposal {
  entries: BackupListEntry[];
  /** Warnings about records that need a person's eye (unreadable, incomplete recognition). */
  findings: SelectionFinding[];
}

/**
 * Suggest the entries of a backup list: every eligible record, with its reason and signs.
 * Records that are not eligible are simply not proposed (that is the normal case).
 */
export function proposeEntries(
  records: readonly DescribedRecord[],
  inspections: readonly Inspection[],
  recognitions: readonly Recognition[],
  criteria: readonly PlanCriterion[] = [],
): Proposal {
  const byKey = recognitionIndex(recognitions);
  const entries: BackupListEntry[] = [];
  const findings: SelectionFinding[] = [];
  const seen = new Set<string>();
  for (const record of records) {
    const key = entryKey(record);
    if (seen.has(key)) continue;
    seen.add(key);
    const recognition = byKey.get(key);
    if (recognition && !recognitionComplete(recognition))
      findings.push(selectFinding('DP-SELECT-RECOGNITION-INCOMPLETE', key, { code: record.recordCode }));
    const e = assessEligibility(record, latestInspection(inspections, record.recordKind, record.recordCode), recognition, criteria);
    const entry = entryFor(e, record);
    if (!entry) continue;
    entries.push(entry);
    if (entry.signs.includes('mo-chu') && entry.readable === false)
      findings.push(selectFinding('DP-SELECT-UNREADABLE', key, { code: record.recordCode }));
  }
  return { entries, findings };
}
