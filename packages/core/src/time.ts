/** Timestamps in packages and the catalogue: ISO 8601 in Vietnam time (+07:00), with milliseconds. */
const OFFSET_MS = 7 * 3600 * 1000;

export function isoVietnam(date: Date): string {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return shifted.toISOString().replace('Z', '+07:00');
}

/** DD/MM/YYYY for people (UI and human CLI output). */
export function displayDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = new Date(d.getTime() + OFFSET_MS).toISOString();
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

export interface Clock {
  now(): Date;
}

/**
 * Why a date a person typed was refused: `shape` when it is not written DD/MM/YYYY (or ISO
 * YYYY-MM-DD), `no-such-day` when it is but that day is not in the calendar (31/02/2026) — the
 * person wrote the right form and must be told the day does not exist, not "use DD/MM/YYYY".
 */
export function dateProblem(text: string): 'shape' | 'no-such-day' | undefined {
  const t = text.trim();
  const vn = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (!vn && !iso) return 'shape';
  const [day, month, year] = (vn ? [vn[1], vn[2], vn[3]] : [iso![3], iso![2], iso![1]]).map(Number) as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  const real =
    month >= 1 && month <= 12 && probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
  return real ? undefined : 'no-such-day';
}

/** The refusal for a date `dateProblem` found wrong, in both languages. */
export function dateProblemText(text: string, problem: 'shape' | 'no-such-day'): { vi: string; en: string } {
  return problem === 'no-such-day'
    ? { vi: `Ngày "${text}" không tồn tại trong lịch.`, en: `The date "${text}" does not exist.` }
    : {
        vi: `Ngày "${text}" không đúng dạng: viết DD/MM/YYYY (ví dụ 05/03/2026).`,
        en: `Date "${text}" is not written DD/MM/YYYY (e.g. 05/03/2026).`,
      };
}
