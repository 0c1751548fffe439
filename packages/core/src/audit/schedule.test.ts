import { describe, expect, it } from 'vitest';
import { auditCoverage, dueBefore, inAuditWindow, parseAuditWindow, planAuditTick, vietnamDay, type AuditCandidate } from './schedule.js';

/** A fake clock reading: the given Vietnam wall time. */
const vn = (iso: string) => new Date(`${iso}+07:00`);
const WHOLE = parseAuditWindow('00:00-24:00')!;
const GB = 1_000_000_000;

describe('audit window', () => {
  it('parses HH:MM-HH:MM and refuses malformed or empty windows', () => {
    expect(parseAuditWindow('22:00-06:00')).toEqual({ start: 22 * 60, end: 6 * 60 });
    expect(parseAuditWindow('00:00-24:00')).toEqual({ start: 0, end: 24 * 60 });
    for (const bad of ['22-06', '25:00-06:00', '10:60-11:00', '24:30-01:00', '08:00-08:00', '08:00-24:01', ''])
      expect(parseAuditWindow(bad), bad).toBeUndefined();
  });

  it('is read in Vietnam time, start included, end excluded, wrapping past midnight', () => {
    const night = parseAuditWindow('22:00-06:00')!;
    expect(inAuditWindow(vn('2026-12-04T22:00:00'), night)).toBe(true);
    expect(inAuditWindow(vn('2026-12-05T05:59:00'), night)).toBe(true);
    expect(inAuditWindow(vn('2026-12-05T06:00:00'), night)).toBe(false);
    expect(inAuditWindow(vn('2026-12-04T12:00:00'), night)).toBe(false);
    // 16:00 UTC is 23:00 in Hà Nội: inside the night window although it is "afternoon" in UTC.
    expect(inAuditWindow(new Date('2026-12-04T16:00:00Z'), night)).toBe(true);
    const office = parseAuditWindow('08:00-17:30')!;
    expect(inAuditWindow(vn('2026-12-04T17:29:00'), office)).toBe(true);
    expect(inAuditWindow(vn('2026-12-04T17:30:00'), office)).toBe(false);
    expect(inAuditWindow(vn('2026-12-04T00:00:00'), WHOLE)).toBe(true);
    expect(inAuditWindow(vn('2026-12-04T23:59:00'), WHOLE)).toBe(true);
  });

  it('counts days in Vietnam time', () => {
    expect(vietnamDay(new Date('2026-12-04T17:30:00Z'))).toBe('2026-12-05');
    expect(vietnamDay(new Date('2026-12-04T16:59:00Z'))).toBe('2026-12-04');
  });
});

describe('dueBefore', () => {
  it('is the period before now', () => {
    expect(dueBefore(vn('2026-12-04T10:00:00'), 12)).toBe('2025-12-04T10:00:00.000+07:00');
    expect(dueBefore(vn('2026-12-04T10:00:00'), 36)).toBe('2023-12-04T10:00:00.000+07:00');
  });
});

describe('planAuditTick', () => {
  const c = (objectId: string, bytes: number): AuditCandidate => ({ objectId, bytes });
  const base = { now: vn('2026-12-04T23:00:00'), window: WHOLE, dailyBytes: 50 * GB, spentToday: 0, maxObjects: 10 };

  it('takes due objects oldest first within the day budget, keeping the order strictly', () => {
    const d = planAuditTick({ ...base, dailyBytes: 10 * GB, candidates: [c('a', 4 * GB), c('b', 5 * GB), c('c', 3 * GB), c('d', 1)] });
    // c would overflow the budget; d fits but must not overtake c (c would otherwise wait forever).
    expect(d).toEqual({ run: true, objects: ['a', 'b'], bytes: 9 * GB });
  });

  it('continues the day from what was already spent, and stops when it is spent', () => {
    expect(planAuditTick({ ...base, dailyBytes: 10 * GB, spentToday: 7 * GB, candidates: [c('a', 2 * GB), c('b', 2 * GB)] })).toEqual({
      run: true,
      objects: ['a'],
      bytes: 2 * GB,
    });
    expect(planAuditTick({ ...base, dailyBytes: 10 * GB, spentToday: 10 * GB, candidates: [c('a', 1)] })).toEqual({
      run: false,
      reason: 'budget-spent',
    });
  });

  it('lets the first object of a day exceed the budget, so no object is too big to be audited', () => {
    expect(planAuditTick({ ...base, dailyBytes: GB, candidates: [c('huge', 30 * GB), c('b', 1)] })).toEqual({
      run: true,
      objects: ['huge'],
      bytes: 30 * GB,
    });
  });

  it('does nothing outside the window or when nothing is due', () => {
    const night = parseAuditWindow('22:00-06:00')!;
    expect(planAuditTick({ ...base, window: night, now: vn('2026-12-04T09:00:00'), candidates: [c('a', 1)] })).toEqual({
      run: false,
      reason: 'outside-window',
    });
    expect(planAuditTick({ ...base, candidates: [] })).toEqual({ run: false, reason: 'nothing-due' });
  });

  it('takes at most maxObjects per tick', () => {
    const d = planAuditTick({ ...base, maxObjects: 2, candidates: [c('a', 1), c('b', 1), c('c', 1)] });
    expect(d).toEqual({ run: true, objects: ['a', 'b'], bytes: 2 });
  });
});

describe('auditCoverage', () => {
  const now = vn('2026-12-04T10:00:00');

  it('gives the share verified within the period, the oldest verification and when the next copy falls due', () => {
    const cov = auditCoverage({ copies: 4, verifiedSince: 4, neverVerified: 0, oldest: '2026-03-01T08:00:00.000+07:00' }, now, 12);
    expect(cov).toEqual({
      periodMonths: 12,
      copies: 4,
      withinPeriod: 4,
      share: 1,
      overdue: 0,
      neverVerified: 0,
      oldestVerification: '2026-03-01T08:00:00.000+07:00',
      nextDue: '2027-03-01T08:00:00.000+07:00',
    });
  });

  it('says copies are due now when some are overdue or never verified', () => {
    const cov = auditCoverage({ copies: 4, verifiedSince: 3, neverVerified: 1, oldest: '2026-03-01T08:00:00.000+07:00' }, now, 12);
    expect(cov.share).toBe(0.75);
    expect(cov.overdue).toBe(1);
    expect(cov.nextDue).toBe('2026-12-04T10:00:00.000+07:00');
  });

  it('is complete and has nothing due with no copies', () => {
    expect(auditCoverage({ copies: 0, verifiedSince: 0, neverVerified: 0, oldest: null }, now, 12)).toMatchObject({
      share: 1,
      nextDue: null,
      oldestVerification: null,
    });
  });
});
