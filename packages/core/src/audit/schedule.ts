import { isoVietnam } from '../time.js';

/**
 * Scheduled audits: which objects to re-verify now, given the audit period, the day's byte
 * budget and the time window. Pure: the caller passes the clock's `now` and what the catalogue
 * says is due, so every decision is testable with a fake clock.
 */

const VIETNAM_OFFSET_MS = 7 * 3600_000;

/** Minutes since midnight, Vietnam time: `start` included, `end` excluded; start > end wraps past midnight. */
export interface AuditWindow {
  start: number;
  end: number;
}

export const WHOLE_DAY = '00:00-24:00';

/** "HH:MM-HH:MM" (Vietnam time; "24:00" only as the end). Undefined if malformed or empty. */
export function parseAuditWindow(text: string): AuditWindow | undefined {
  const m = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [sh, sm, eh, em] = m.slice(1).map(Number) as [number, number, number, number];
  if (sh > 23 || sm > 59 || em > 59 || eh > 24 || (eh === 24 && em !== 0)) return undefined;
  const start = sh * 60 + sm;
  const end = eh * 60 + em;
  if (start === end) return undefined;
  return { start, end };
}

function vietnamMinutes(now: Date): number {
  const shifted = new Date(now.getTime() + VIETNAM_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

export function inAuditWindow(now: Date, window: AuditWindow): boolean {
  const m = vietnamMinutes(now);
  if (window.start < window.end) return m >= window.start && m < window.end;
  return m >= window.start || m < window.end;
}

/** The calendar day in Vietnam ("YYYY-MM-DD"): the byte budget is per day. */
export function vietnamDay(now: Date): string {
  return isoVietnam(now).slice(0, 10);
}

function addMonths(date: Date, months: number): Date {
  const d = new Date(date.getTime());
  d.setUTCMonth(d.getUTCMonth() + months);
  return d;
}

/** Copies verified before this instant are due: never verified, or longer ago than the period. */
export function dueBefore(now: Date, periodMonths: number): string {
  return isoVietnam(addMonths(now, -periodMonths));
}

/** An object with at least one copy due, in the order the catalogue gives (oldest verification first). */
export interface AuditCandidate {
  objectId: string;
  /** What auditing it reads: every copy of it is re-hashed (all copies vote). */
  bytes: number;
}

export interface AuditTickInput {
  now: Date;
  window: AuditWindow;
  dailyBytes: number;
  /** Bytes already read by scheduled audits on this Vietnam day. */
  spentToday: number;
  candidates: AuditCandidate[];
  /** At most this many objects per tick, so a stop request or a user's job waits little. */
  maxObjects: number;
}

export type AuditTickDecision =
  { run: false; reason: 'outside-window' | 'budget-spent' | 'nothing-due' } | { run: true; objects: string[]; bytes: number };

/**
 * Oldest first, within the day's budget. Order is kept strictly (a big object is not overtaken by
 * smaller ones, or it could wait forever); the first object of a day may exceed the budget, or an
 * object larger than the budget would never be audited.
 */
export function planAuditTick(input: AuditTickInput): AuditTickDecision {
  if (!inAuditWindow(input.now, input.window)) return { run: false, reason: 'outside-window' };
  if (input.candidates.length === 0) return { run: false, reason: 'nothing-due' };
  let spent = input.spentToday;
  const objects: string[] = [];
  for (const c of input.candidates) {
    if (objects.length >= input.maxObjects) break;
    const fits = spent + c.bytes <= input.dailyBytes || spent === 0;
    if (!fits) break;
    objects.push(c.objectId);
    spent += c.bytes;
  }
  if (objects.length === 0) return { run: false, reason: 'budget-spent' };
  return { run: true, objects, bytes: spent - input.spentToday };
}

/** What the catalogue counts over all copies (one aggregate query). */
export interface CopyVerificationCounts {
  copies: number;
  /** Copies verified at or after the period's start. */
  verifiedSince: number;
  neverVerified: number;
  /** The oldest verification of any copy verified at least once. */
  oldest: string | null;
}

export interface AuditCoverage {
  periodMonths: number;
  copies: number;
  withinPeriod: number;
  /** withinPeriod / copies (1 when there is nothing to verify). */
  share: number;
  overdue: number;
  neverVerified: number;
  oldestVerification: string | null;
  /** When the next copy falls due: now if some already are, null if there are no copies. */
  nextDue: string | null;
}

export function auditCoverage(counts: CopyVerificationCounts, now: Date, periodMonths: number): AuditCoverage {
  const overdue = counts.copies - counts.verifiedSince;
  let nextDue: string | null = null;
  if (counts.copies > 0)
    nextDue = overdue > 0 || counts.oldest === null ? isoVietnam(now) : isoVietnam(addMonths(new Date(counts.oldest), periodMonths));
  return {
    periodMonths,
    copies: counts.copies,
    withinPeriod: counts.verifiedSince,
    share: counts.copies === 0 ? 1 : counts.verifiedSince / counts.copies,
    overdue,
    neverVerified: counts.neverVerified,
    oldestVerification: counts.oldest,
    nextDue,
  };
}
