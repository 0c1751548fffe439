import { describe, expect, it } from 'vitest';
import { dayAfter, dayBefore, parseUnitDate } from './dates.js';
import type { Succession, Unit, UnitVersion } from './model.js';
import { rollUp, successorsAt, unitAt } from './timeline.js';
import { checkHistory, validateUnits } from './validate.js';

const s = (id: string, date: string, from: string[], to: string[], kind: Succession['kind'] = 'merger'): Succession => ({
  id,
  date,
  kind,
  from,
  to,
  note: '',
  verified: true,
  source: null,
});
const v = (unitId: string, validFrom: string, validTo: string | null, extra: Partial<UnitVersion> = {}): UnitVersion => ({
  unitId,
  validFrom,
  validTo,
  name: unitId.toUpperCase(),
  shortName: null,
  type: 'tỉnh',
  adminCode: null,
  agencyCode: null,
  parentId: null,
  verified: true,
  source: null,
  note: null,
  ...extra,
});
const u = (id: string): Unit => ({ id, kind: 'province' });

describe('unit dates', () => {
  it('parses DD/MM/YYYY, ISO dates and timestamps without shifting the day', () => {
    expect(parseUnitDate('01/07/2025')).toBe('2025-07-01');
    expect(parseUnitDate('1/7/2025')).toBe('2025-07-01');
    expect(parseUnitDate('2025-07-01')).toBe('2025-07-01');
    expect(parseUnitDate('2025-07-01T00:30:00+07:00')).toBe('2025-07-01');
    expect(parseUnitDate('31/02/2025')).toBeUndefined();
    expect(parseUnitDate('2025-7-1')).toBeUndefined();
    expect(dayAfter('2024-12-31')).toBe('2025-01-01');
    expect(dayBefore('2024-03-01')).toBe('2024-02-29');
  });
});

describe('successorsAt and rollUp', () => {
  const chain = [s('m1', '2025-07-01', ['a', 'b'], ['c']), s('m2', '2030-01-01', ['c', 'd'], ['e'])];

  it('follows successions transitively up to the date asked', () => {
    expect(successorsAt(chain, 'a', '2025-06-30')).toEqual(['a']);
    expect(successorsAt(chain, 'a', '2025-07-01')).toEqual(['c']);
    expect(successorsAt(chain, 'a', '2031-01-01')).toEqual(['e']);
    expect(successorsAt(chain, 'zz', '2031-01-01')).toEqual(['zz']);
  });

  it('keeps a unit that absorbs another, and splits into several candidates', () => {
    const absorb = [s('m', '2025-03-01', ['x', 'y'], ['x'])];
    expect(successorsAt(absorb, 'x', '2026-01-01')).toEqual(['x']);
    expect(successorsAt(absorb, 'y', '2026-01-01')).toEqual(['x']);
    const split = [s('sp', '2004-01-01', ['p'], ['q', 'r'], 'split')];
    expect(successorsAt(split, 'p', '2005-01-01')).toEqual(['q', 'r']);
  });

  it('terminates on a cycle, which rolls into nothing', () => {
    const loop = [s('l1', '2020-01-01', ['a'], ['b']), s('l2', '2021-01-01', ['b'], ['a'])];
    expect(successorsAt(loop, 'a', '2022-01-01')).toEqual([]);
  });

  it('counts per unit in force, lists split units as unresolved, flags items dated after their unit ended', () => {
    const successions = [...chain, s('sp', '2026-01-01', ['k'], ['l', 'n'], 'split')];
    const result = rollUp(
      [
        { unitId: 'a', date: '2024-01-01' },
        { unitId: 'b' },
        { unitId: 'c', date: '2026-01-01' },
        { unitId: 'k' },
        { unitId: 'a', date: '2025-08-01' },
      ],
      successions,
      '2027-01-01',
    );
    expect(result.totals).toEqual([
      {
        unitId: 'c',
        count: 4,
        from: [
          { unitId: 'a', count: 2 },
          { unitId: 'b', count: 1 },
          { unitId: 'c', count: 1 },
        ],
      },
    ]);
    expect(result.unresolved).toEqual([{ unitId: 'k', candidates: ['l', 'n'], count: 1 }]);
    expect(result.findings.map((f) => f.code)).toEqual(['DP-UNIT-ATTACHED-AFTER-END', 'DP-UNIT-ROLLUP-SPLIT']);
  });
});

describe('unit validation', () => {
  it('finds overlapping versions, gaps and reversed ranges', () => {
    const codes = checkHistory('a', [
      v('a', '2000-01-01', '2010-12-31'),
      v('a', '2010-06-01', '2012-12-31'),
      v('a', '2014-01-01', null),
      v('a', '2020-01-01', '2019-01-01'),
    ]).map((f) => f.code);
    expect(codes).toEqual(['DP-UNIT-VERSION-RANGE', 'DP-UNIT-VERSION-OVERLAP', 'DP-UNIT-VERSION-GAP']);
    expect(unitAt([v('a', '2000-01-01', '2010-12-31')], 'a', '2010-12-31')?.validFrom).toBe('2000-01-01');
    expect(unitAt([v('a', '2000-01-01', '2010-12-31')], 'a', '2011-01-01')).toBeUndefined();
  });

  it('finds succession cycles, units ended twice, unknown units and code clashes', () => {
    const findings = validateUnits({
      units: [u('a'), u('b'), u('c')],
      versions: [
        v('a', '2000-01-01', null, { adminCode: '10' }),
        v('b', '2000-01-01', null, { adminCode: '10' }),
        v('c', '2000-01-01', null, { adminCode: '7' }),
      ],
      successions: [s('l1', '2020-01-01', ['a'], ['b']), s('l2', '2021-01-01', ['b'], ['a']), s('l3', '2022-01-01', ['a'], ['ghost'])],
    });
    const codes = new Set(findings.map((f) => f.code));
    for (const code of [
      'DP-UNIT-SUCCESSION-CYCLE',
      'DP-UNIT-ENDED-TWICE',
      'DP-UNIT-UNKNOWN',
      'DP-UNIT-CODE-CLASH',
      'DP-UNIT-ADMIN-CODE-FORMAT',
      'DP-UNIT-SUCCESSION-DATES',
    ])
      expect(codes).toContain(code);
    const cycle = findings.find((f) => f.code === 'DP-UNIT-SUCCESSION-CYCLE');
    expect(cycle?.message).toMatch(/a → b → a/);
    expect(findings.filter((f) => f.code === 'DP-UNIT-SUCCESSION-CYCLE')).toHaveLength(1);
  });
});
