import type { DateForm } from './catalogue.js';

/**
 * Lexical rules of TT05 values. Dates are day numbers (days since 0000-03-01 in the proleptic
 * Gregorian calendar) so partial AIP dates (MM/YYYY, YYYY) compare as the range they cover.
 */
export interface DateRange {
  form: DateForm;
  /** First and last day the value covers. */
  first: number;
  last: number;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 12 : month;
  return 365 * y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (m - 3) + 2) / 5) + day;
}

/** Parse a date in one of the allowed forms; undefined when it is none of them or not a real day. */
export function parseTt05Date(value: string, forms: readonly DateForm[]): DateRange | undefined {
  const day = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value);
  if (day && forms.includes('DD/MM/YYYY')) {
    const [d, m, y] = [Number(day[1]), Number(day[2]), Number(day[3])];
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    const n = dayNumber(y, m, d);
    return { form: 'DD/MM/YYYY', first: n, last: n };
  }
  const month = /^(\d{2})\/(\d{4})$/.exec(value);
  if (month && forms.includes('MM/YYYY')) {
    const [m, y] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12) return undefined;
    return { form: 'MM/YYYY', first: dayNumber(y, m, 1), last: dayNumber(y, m, daysInMonth(y, m)) };
  }
  if (/^\d{4}$/.test(value) && forms.includes('YYYY')) {
    const y = Number(value);
    return { form: 'YYYY', first: dayNumber(y, 1, 1), last: dayNumber(y, 12, 31) };
  }
  return undefined;
}

/** A non-negative decimal integer written with digits only (no sign, no spaces, no separators). */
export function parseTt05Integer(value: string): number | undefined {
  return /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** The codes of a multi-code field ("01", "01,06", "01; 02", "01 02"). */
export function splitCodes(value: string): string[] {
  return value.split(/[\s,;]+/).filter((c) => c !== '');
}

/** Length in characters as XSD counts them (code points, not UTF-16 units). */
export function characterCount(value: string): number {
  return [...value].length;
}

/**
 * A code that ends with a 7-digit sequence (docCode = file code + sequence; arcDocCode likewise),
 * written either glued to the file code or after a dot. Undefined when there is no such sequence.
 */
export function splitSequencedCode(value: string): { prefix: string; sequence: number } | undefined {
  const m = /^(.*?)\.?(\d{7})$/.exec(value);
  if (!m || m[1] === '') return undefined;
  return { prefix: m[1]!, sequence: Number(m[2]) };
}
