import { foldVietnamese } from '../records/fold.js';
import type { SelectableKind } from './model.js';

/*
 * Selection criteria as data (issue 11). The fixed rule of Decision 76/QĐ-TTg — a recognised
 * special value, or a permanent record at risk — is the default set every unit has; a plan may add
 * its own (a province's "permanent records of provincial history", collected family papers), which
 * the eligibility check then applies to the lists of the plan's unit and the units under it. A plan
 * criterion selects by what the description says, never by guesswork: the record's kind, its
 * fonds, permanence, and words that must all appear (accents ignored) in the named fields.
 */

export interface SelectionCriterion {
  /** Stable within its plan: "lich-su-tinh". */
  id: string;
  /** As the plan words it: "Tài liệu có giá trị vĩnh viễn về lịch sử tỉnh". */
  label: string;
  /** Empty: fonds, files and documents alike. */
  recordKinds: SelectableKind[];
  /** Only records kept permanently (maintenance 01). */
  permanentOnly: boolean;
  /** Every word must appear in one of `fields` (folded: "Hòa"/"Hoà"/"hoa" alike). Empty: any record. */
  words: string[];
  /** TT05 fields the words are looked for in, beside the title. */
  fields: string[];
  /** Only records of these fonds / works / collections (empty: any). */
  fondsCodes: string[];
}

/** A criterion with the plan that set it, as an entry's note cites it. */
export interface PlanCriterion {
  criterion: SelectionCriterion;
  /** "Kế hoạch 07/KH-UBND ngày 14/11/2023 của tỉnh Lào Cai". */
  plan: string;
}

/** What a criterion needs to know of a record. */
export interface CriterionSubject {
  recordKind: SelectableKind;
  title: string;
  fields: Record<string, string>;
  /** The fonds it belongs to (a fonds: its own code); null when not known. */
  fondsCode?: string | null;
}

export const DEFAULT_CRITERION_FIELDS = ['title', 'keyword', 'subject', 'description', 'fondsName'] as const;

export function criterionMatches(subject: CriterionSubject, c: SelectionCriterion, permanent: boolean): boolean {
  if (c.recordKinds.length > 0 && !c.recordKinds.includes(subject.recordKind)) return false;
  if (c.permanentOnly && !permanent) return false;
  if (c.fondsCodes.length > 0 && (subject.fondsCode == null || !c.fondsCodes.includes(subject.fondsCode))) return false;
  if (c.words.length === 0) return true;
  const fields = c.fields.length > 0 ? c.fields : DEFAULT_CRITERION_FIELDS;
  const text = foldVietnamese([subject.title, ...fields.map((f) => subject.fields[f] ?? '')].join(' \u0000 '));
  return c.words.every((w) => text.includes(foldVietnamese(w.trim())));
}

export interface CriterionProblem {
  path: string;
  vi: string;
  en: string;
}

/** A criterion a plan may hold: named, labelled, and not so wide it would take every record. */
export function criterionProblems(c: SelectionCriterion, path: string): CriterionProblem[] {
  const out: CriterionProblem[] = [];
  if (!/^[a-z0-9-]{1,60}$/.test(c.id))
    out.push({
      path: `${path}.id`,
      vi: 'Mã tiêu chí chỉ gồm chữ thường không dấu, số và "-".',
      en: 'A criterion id is lower-case letters, digits and "-".',
    });
  if (c.label.trim() === '') out.push({ path: `${path}.label`, vi: 'Tiêu chí cần có tên.', en: 'A criterion needs a label.' });
  if (c.words.every((w) => w.trim() === '') && c.fondsCodes.length === 0)
    out.push({
      path,
      vi: `Tiêu chí "${c.label}" phải nêu từ khóa hoặc phông cụ thể, nếu không sẽ chọn mọi tài liệu.`,
      en: `Criterion "${c.label}" must name words or fonds, or it would select every record.`,
    });
  return out;
}
