import { describe, expect, it } from 'vitest';
import { unitsUnder } from './hierarchy.js';
import type { UnitVersion } from './model.js';

const v = (unitId: string, parentId: string | null, validFrom = '2008-08-01', validTo: string | null = null): UnitVersion => ({
  unitId,
  parentId,
  validFrom,
  validTo,
  name: unitId,
  shortName: null,
  type: 'sở',
  adminCode: null,
  agencyCode: null,
  verified: true,
  source: null,
  note: null,
});

describe('units under a unit on a date', () => {
  const versions = [
    v('tinh', null),
    v('so-noi-vu', 'tinh'),
    v('chi-cuc', 'so-noi-vu'),
    v('so-cu', 'tinh', '2008-08-01', '2020-12-31'),
    v('so-cu', 'tinh-khac', '2021-01-01'),
    v('vong-a', 'vong-b'),
    v('vong-b', 'vong-a'),
  ];
  it('follows parents in force that day, to any depth', () => {
    expect(unitsUnder(versions, 'tinh', '2019-06-01')).toEqual(['tinh', 'so-noi-vu', 'so-cu', 'chi-cuc']);
    expect(unitsUnder(versions, 'tinh', '2024-06-01')).toEqual(['tinh', 'so-noi-vu', 'chi-cuc']);
  });
  it('stops at a cycle', () => {
    expect(unitsUnder(versions, 'vong-a', '2024-06-01')).toEqual(['vong-a', 'vong-b']);
  });
});
