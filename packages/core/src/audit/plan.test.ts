import { describe, expect, it } from 'vitest';
import { chooseReference, planRepairs, type SiteObservation } from './plan.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const BAD = 'f'.repeat(64);
const manifest = new Map([
  ['v1/content/data/x.pdf', A],
  ['v1/content/data/y.pdf', B],
]);

function site(name: string, files: Record<string, string | null>, extra: Partial<SiteObservation> = {}): SiteObservation {
  return {
    site: name,
    reachable: true,
    head: 1,
    inventoryDigest: 'inv1',
    sidecarOk: true,
    files: new Map(Object.entries(files)),
    extras: [],
    ...extra,
  };
}

const good = { 'v1/content/data/x.pdf': A, 'v1/content/data/y.pdf': B };

describe('chooseReference', () => {
  it('takes the inventory most copies agree on', () => {
    const ref = chooseReference([site('bac', good), site('trung', good), site('nam', good, { inventoryDigest: 'other' })], 1);
    expect(ref).toEqual({ head: 1, digest: 'inv1', sites: ['bac', 'trung'] });
  });

  it('ignores copies whose sidecar does not verify', () => {
    const ref = chooseReference([site('bac', good, { sidecarOk: false, inventoryDigest: 'x' }), site('nam', good)], 1);
    expect(ref).toMatchObject({ digest: 'inv1', sites: ['nam'] });
  });

  it('reports a conflict when no majority exists', () => {
    const ref = chooseReference([site('bac', good), site('nam', good, { inventoryDigest: 'other' })], 1);
    expect(ref).toHaveProperty('conflict');
  });

  it('prefers the newest version over more copies of an older one', () => {
    const ref = chooseReference([site('bac', good, { head: 2, inventoryDigest: 'inv2' }), site('trung', good), site('nam', good)], 2);
    expect(ref).toMatchObject({ head: 2, sites: ['bac'] });
  });
});

describe('planRepairs', () => {
  const ref = { head: 1, digest: 'inv1', manifest };

  it('repairs a damaged file from a copy that verified it', () => {
    const plan = planRepairs([site('bac', good), site('trung', { ...good, 'v1/content/data/x.pdf': BAD }), site('nam', good)], ref, [
      'bac',
      'trung',
      'nam',
    ]);
    expect(plan.findings).toEqual([expect.objectContaining({ site: 'trung', code: 'DP-AUDIT-DAMAGED', path: 'v1/content/data/x.pdf' })]);
    expect(plan.repairs).toEqual([{ kind: 'copy-file', site: 'trung', path: 'v1/content/data/x.pdf', fromSite: 'bac', sha256: A }]);
    expect(plan.unrepairable).toEqual([]);
    expect(plan.intactSites).toEqual(['bac', 'nam']);
  });

  it('never repairs from a copy that is itself damaged: no good source → unrepairable', () => {
    const plan = planRepairs(
      [site('bac', { ...good, 'v1/content/data/y.pdf': BAD }), site('nam', { ...good, 'v1/content/data/y.pdf': null })],
      ref,
      ['bac', 'nam'],
    );
    expect(plan.repairs).toEqual([]);
    expect(plan.unrepairable.map((f) => [f.site, f.code])).toEqual([
      ['bac', 'DP-AUDIT-NO-SOURCE'],
      ['nam', 'DP-AUDIT-NO-SOURCE'],
    ]);
  });

  it('quarantines extra files and fixes a damaged inventory from the majority', () => {
    const plan = planRepairs(
      [site('bac', good, { extras: ['v1/content/data/lạ.exe'] }), site('trung', good, { inventoryDigest: 'zzz' }), site('nam', good)],
      ref,
      ['bac', 'nam'],
    );
    expect(plan.repairs).toEqual([
      { kind: 'quarantine', site: 'bac', path: 'v1/content/data/lạ.exe' },
      { kind: 'copy-inventory', site: 'trung', fromSite: 'bac' },
    ]);
  });

  it('reports unreachable sites and copies that fell behind without touching them', () => {
    const behind = site('trung', { 'v1/content/data/x.pdf': A }, { head: 1, inventoryDigest: 'old' });
    const plan = planRepairs(
      [site('bac', { ...good, 'v2/content/data/z.pdf': A }, { head: 2 }), behind, site('nam', {}, { reachable: false })],
      { head: 2, digest: 'inv1', manifest: new Map([...manifest, ['v2/content/data/z.pdf', A]]) },
      ['bac'],
    );
    expect(plan.findings.map((f) => [f.site, f.code])).toEqual([
      ['trung', 'DP-AUDIT-BEHIND'],
      ['nam', 'DP-SITE-UNAVAILABLE'],
    ]);
  });

  it('a version above the reference is unknown: its folder is quarantined whole and an incident is raised', () => {
    const forged = site('nam', good, {
      head: 2,
      inventoryDigest: 'inv2',
      extras: ['v2/content/data/x.pdf', 'v2/inventory.json', 'v2/inventory.json.sha256', 'v1/content/lạ.exe'],
    });
    const plan = planRepairs([site('bac', good), forged], ref, ['bac']);
    expect(plan.repairs).toEqual([
      { kind: 'copy-inventory', site: 'nam', fromSite: 'bac' },
      {
        kind: 'quarantine-version',
        site: 'nam',
        version: 2,
        paths: ['v2/content/data/x.pdf', 'v2/inventory.json', 'v2/inventory.json.sha256'],
      },
      { kind: 'quarantine', site: 'nam', path: 'v1/content/lạ.exe' },
    ]);
    expect(plan.alarming).toEqual([expect.objectContaining({ site: 'nam', code: 'DP-AUDIT-UNKNOWN-VERSION', path: 'v2/' })]);
    expect(plan.intactSites).toEqual(['bac']);
  });

  it('structure named in the reference manifest (declaration, version inventory) is repaired like content', () => {
    const withStructure = new Map([...manifest, ['0=ocfl_object_1.1', 'd'.repeat(64)], ['v1/inventory.json', 'e'.repeat(64)]]);
    const full = { ...good, '0=ocfl_object_1.1': 'd'.repeat(64), 'v1/inventory.json': 'e'.repeat(64) };
    const plan = planRepairs(
      [site('bac', full), site('nam', { ...full, '0=ocfl_object_1.1': null, 'v1/inventory.json': BAD })],
      { head: 1, digest: 'inv1', manifest: withStructure, inline: new Set(['v1/inventory.json']) },
      ['bac', 'nam'],
    );
    expect(plan.repairs).toEqual([
      { kind: 'copy-file', site: 'nam', path: '0=ocfl_object_1.1', fromSite: 'bac', sha256: 'd'.repeat(64) },
      { kind: 'write-structure', site: 'nam', path: 'v1/inventory.json', sha256: 'e'.repeat(64) },
    ]);
    expect(plan.unrepairable).toEqual([]);
  });
});
