import { describe, expect, it } from 'vitest';
import { isoDay } from './format.js';

describe('isoDay (DD/MM/YYYY typed by people → YYYY-MM-DD for the API)', () => {
  it('reads day-first dates, with or without leading zeros', () => {
    expect(isoDay('04/12/2026')).toBe('2026-12-04');
    expect(isoDay(' 4/1/2027 ')).toBe('2027-01-04');
    expect(isoDay('29/02/2028')).toBe('2028-02-29');
  });
  it('leaves an empty field out and refuses what is not a real date', () => {
    expect(isoDay('')).toBeUndefined();
    expect(isoDay('31/02/2026')).toBeNull();
    expect(isoDay('2026-12-04')).toBeNull();
    expect(isoDay('12/31/2026')).toBeNull();
  });
});
