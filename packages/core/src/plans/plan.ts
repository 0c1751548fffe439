import type { SelectionCriterion } from '../selection/criteria.js';
import { criterionProblems } from '../selection/criteria.js';
import type { InstrumentKind } from './instrument.js';
import { INSTRUMENT_KINDS, isNumberSymbol } from './instrument.js';
import { isUnitDate } from '../units/dates.js';

/*
 * A plan or other instrument a unit issues for backup archiving (issue 11, DOMAIN.md §9): what it
 * implements (71/QĐ-TTg, 76/QĐ-TTg…), its phases and milestones (2023–2026, 2026–2033, to 2035),
 * its tasks (content, lead and coordinating units, years, status) and the selection criteria it
 * adds to the default rule. Pure: validation here, storage behind catalogue.plans.
 */

export const TASK_STATUSES = ['not-started', 'in-progress', 'done', 'cancelled'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export const TASK_STATUS_LABELS: Record<TaskStatus, { vi: string; en: string }> = {
  'not-started': { vi: 'Chưa triển khai', en: 'Not started' },
  'in-progress': { vi: 'Đang thực hiện', en: 'In progress' },
  done: { vi: 'Đã hoàn thành', en: 'Done' },
  cancelled: { vi: 'Không thực hiện', en: 'Cancelled' },
};

export interface PlanPhase {
  name: string;
  fromYear: number;
  toYear: number;
  /** What must be reached by the end of the phase. */
  milestone: string;
}

export interface PlanTask {
  content: string;
  /** Unit id or name of the unit in charge. */
  lead: string;
  coordinating: string[];
  fromYear: number;
  toYear: number;
  status: TaskStatus;
}

export interface Plan {
  /** `province-lao-cai:07-KH-UBND:2023-11-14` (planId): the same instrument entered twice is one plan; safe in a URL. */
  id: string;
  unitId: string;
  kind: InstrumentKind;
  numberSymbol: string;
  /** YYYY-MM-DD. */
  date: string;
  title: string;
  /** Numbers of the decisions it implements: "71/QĐ-TTg". */
  implements: string[];
  phases: PlanPhase[];
  tasks: PlanTask[];
  criteria: SelectionCriterion[];
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export const planId = (p: Pick<Plan, 'unitId' | 'numberSymbol' | 'date'>): string =>
  `${p.unitId}:${p.numberSymbol.normalize('NFC').replace(/[^0-9A-Za-zÀ-ỹĐđ.-]/gu, '-')}:${p.date}`;

/** The years a plan covers: its phases, else its tasks, else the year it was issued. */
export function planYears(p: Pick<Plan, 'phases' | 'tasks' | 'date'>): { from: number; to: number } {
  const spans = [...p.phases, ...p.tasks].map((s) => [s.fromYear, s.toYear] as const);
  const issued = Number(p.date.slice(0, 4));
  if (spans.length === 0) return { from: issued, to: issued };
  return { from: Math.min(...spans.map((s) => s[0])), to: Math.max(...spans.map((s) => s[1])) };
}

export interface PlanProblem {
  path: string;
  vi: string;
  en: string;
}

/** Everything wrong with a plan as entered, each with the path of the field (empty: fine). */
export function planProblems(p: Omit<Plan, 'id' | 'createdAt' | 'updatedAt' | 'updatedBy'>, today: string): PlanProblem[] {
  const out: PlanProblem[] = [];
  const span = (path: string, from: number, to: number) => {
    if (!Number.isInteger(from) || !Number.isInteger(to) || from < 2000 || to > 2100 || from > to)
      out.push({ path, vi: `Khoảng năm ${from}–${to} không hợp lệ.`, en: `The years ${from}–${to} are not valid.` });
  };
  if (!(INSTRUMENT_KINDS as readonly string[]).includes(p.kind))
    out.push({ path: 'kind', vi: `Loại văn bản "${p.kind}" không có.`, en: `Unknown kind "${p.kind}".` });
  if (!isNumberSymbol(p.numberSymbol))
    out.push({
      path: 'numberSymbol',
      vi: `Số, ký hiệu "${p.numberSymbol}" không đúng dạng (ví dụ 07/KH-UBND).`,
      en: `Number/symbol "${p.numberSymbol}" is not in the usual form (e.g. 07/KH-UBND).`,
    });
  if (!isUnitDate(p.date)) out.push({ path: 'date', vi: `Ngày "${p.date}" không có thật.`, en: `The date "${p.date}" does not exist.` });
  else if (p.date > today)
    out.push({ path: 'date', vi: `Ngày ban hành ${p.date} ở tương lai.`, en: `The date ${p.date} is in the future.` });
  if (p.title.trim() === '') out.push({ path: 'title', vi: 'Cần trích yếu của văn bản.', en: 'The title is required.' });
  p.phases.forEach((ph, i) => {
    span(`phases.${i}`, ph.fromYear, ph.toYear);
    if (ph.name.trim() === '') out.push({ path: `phases.${i}.name`, vi: 'Giai đoạn cần có tên.', en: 'A phase needs a name.' });
  });
  p.tasks.forEach((t, i) => {
    span(`tasks.${i}`, t.fromYear, t.toYear);
    if (t.content.trim() === '') out.push({ path: `tasks.${i}.content`, vi: 'Nhiệm vụ cần có nội dung.', en: 'A task needs its content.' });
    if (!(TASK_STATUSES as readonly string[]).includes(t.status))
      out.push({ path: `tasks.${i}.status`, vi: `Trạng thái "${t.status}" không có.`, en: `Unknown status "${t.status}".` });
  });
  const ids = new Set<string>();
  p.criteria.forEach((c, i) => {
    out.push(...criterionProblems(c, `criteria.${i}`));
    if (ids.has(c.id))
      out.push({ path: `criteria.${i}.id`, vi: `Hai tiêu chí cùng mã "${c.id}".`, en: `Two criteria share the id "${c.id}".` });
    ids.add(c.id);
  });
  return out;
}

/** Task progress for the report screen: how many tasks of each status, and those overdue in `year`. */
export function taskProgress(p: Pick<Plan, 'tasks'>, year: number): Record<TaskStatus, number> & { overdue: number } {
  const out = { 'not-started': 0, 'in-progress': 0, done: 0, cancelled: 0, overdue: 0 };
  for (const t of p.tasks) {
    out[t.status]++;
    if (t.toYear < year && (t.status === 'not-started' || t.status === 'in-progress')) out.overdue++;
  }
  return out;
}
