import { describe, expect, it } from 'vitest';
import { placeCopies, policyProblems, DEFAULT_POLICY, type PlacementCandidate } from './replication.js';

const site = (name: string, region: PlacementCandidate['region'], medium: PlacementCandidate['medium'], online = true) => ({
  name,
  region,
  medium,
  online,
});

describe('replication policy', () => {
  it('refuses a policy below two copies', () => {
    expect(policyProblems({ copies: 1, minRegions: 1, minMedia: 1 })).toHaveLength(1);
    expect(policyProblems(DEFAULT_POLICY)).toEqual([]);
  });

  it('prefers diversity of regions and media', () => {
    const p = placeCopies(
      [
        site('a', 'bac', 'disk'),
        site('b', 'bac', 'disk'),
        site('c', 'bac', 'disk'),
        site('d', 'nam', 'object'),
        site('e', 'trung', 'tape'),
      ],
      DEFAULT_POLICY,
    );
    expect(p.shortfalls).toEqual([]);
    expect(p.sites).toContain('d');
    expect(p.sites).toContain('e');
  });

  it('reports shortfalls instead of hiding them', () => {
    const p = placeCopies([site('bac', 'bac', 'disk'), site('trung', 'trung', 'disk'), site('nam', 'nam', 'disk')], DEFAULT_POLICY);
    expect(p.sites).toEqual(['bac', 'nam', 'trung']);
    expect(p.acceptable).toBe(true);
    expect(p.shortfalls).toEqual(['chỉ 1/2 loại phương tiện lưu trữ']);
  });

  it('is not acceptable with a single site', () => {
    const p = placeCopies([site('bac', 'bac', 'disk')], DEFAULT_POLICY);
    expect(p.acceptable).toBe(false);
  });

  it('prefers an online site over an equally diverse offline one', () => {
    const p = placeCopies([site('a', 'bac', 'disk', false), site('b', 'bac', 'disk'), site('c', 'nam', 'object')], {
      copies: 2,
      minRegions: 2,
      minMedia: 2,
    });
    expect(p.sites.sort()).toEqual(['b', 'c']);
  });
});
