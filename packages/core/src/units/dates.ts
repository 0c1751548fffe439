/**
 * Calendar dates for unit history: `YYYY-MM-DD`. People write DD/MM/YYYY; APIs may send ISO
 * timestamps. A timestamp keeps the date as written (its own offset), never shifted to UTC:
 * `2025-07-01T00:30:00+07:00` is 1 July in Vietnam.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T\d{2}:\d{2}/;
const VN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;

function validDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/** `YYYY-MM-DD`, `DD/MM/YYYY` or an ISO timestamp → `YYYY-MM-DD`; undefined when not a real date. */
export function parseUnitDate(input: string): string | undefined {
  const text = input.trim();
  const vn = VN_DATE.exec(text);
  const m = vn ? [vn[3], vn[2], vn[1]] : (ISO_DATE.exec(text) ?? ISO_TIMESTAMP.exec(text))?.slice(1, 4);
  if (!m) return undefined;
  const [year, month, day] = m.map(Number) as [number, number, number];
  return validDay(year, month, day) ? iso(year, month, day) : undefined;
}

/** True for a well-formed, real `YYYY-MM-DD`. */
export function isUnitDate(value: string): boolean {
  return ISO_DATE.test(value) && parseUnitDate(value) === value;
}

/** The day after `date` (`YYYY-MM-DD`). */
export function dayAfter(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return iso(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

/** The day before `date` (`YYYY-MM-DD`). */
export function dayBefore(date: string): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const prev = new Date(Date.UTC(year, month - 1, day - 1));
  return iso(prev.getUTCFullYear(), prev.getUTCMonth() + 1, prev.getUTCDate());
}

/** DD/MM/YYYY for messages. */
export function displayUnitDate(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** Whether `date` falls in [validFrom, validTo] (validTo null = open). */
export function inPeriod(date: string, period: { validFrom: string; validTo: string | null }): boolean {
  return period.validFrom <= date && (period.validTo === null || date <= period.validTo);
}
