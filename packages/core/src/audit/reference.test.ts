import { describe, expect, it } from 'vitest';
import type { Inventory } from '../ocfl/inventory.js';
import { decideReference, type CatalogueWitness, type InventoryWitness } from './reference.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const F = 'f'.repeat(64);

/** An inventory whose versions hold the given logical path → digest states (content path = vN/content/path). */
function inventory(states: Array<Record<string, string>>, message = 'ghi'): Inventory {
  const manifest: Record<string, string[]> = {};
  const versions: Inventory['versions'] = {};
  states.forEach((state, i) => {
    const v = `v${i + 1}`;
    const vstate: Record<string, string[]> = {};
    for (const [path, digest] of Object.entries(state)) {
      manifest[digest] ??= [`${v}/content/${path}`];
      vstate[digest] = [...(vstate[digest] ?? []), path];
    }
    versions[v] = { created: '2026-01-01T00:00:00+07:00', state: vstate, message };
  });
  return {
    id: 'urn:uuid:x',
    type: 'https://ocfl.io/1.1/spec/#inventory',
    digestAlgorithm: 'sha256',
    head: `v${states.length}`,
    manifest,
    versions,
  };
}

const genuine = [{ 'data/x.pdf': A, 'data/y.pdf': B }];
const catalogue: CatalogueWitness = { head: 1, versions: new Map([[1, new Map(Object.entries(genuine[0]!))]]) };
const honest = (site: string): InventoryWitness => ({ site, digest: 'inv1', inventory: inventory(genuine) });

describe('decideReference: the audit cannot be talked into a forgery', () => {
  it('all copies agree with the catalogue: they are the reference', () => {
    const d = decideReference(catalogue, [honest('bac'), honest('trung'), honest('nam')]);
    expect(d).toMatchObject({ kind: 'reference', head: 1, digest: 'inv1', sites: ['bac', 'trung', 'nam'], basis: 'catalogue' });
  });

  it('an extra well-formed v2 on one site is unknown, never the reference', () => {
    const forged: InventoryWitness = { site: 'nam', digest: 'inv2', inventory: inventory([...genuine, { 'data/x.pdf': F }]) };
    const d = decideReference(catalogue, [honest('bac'), honest('trung'), forged]);
    expect(d).toMatchObject({ kind: 'reference', head: 1, digest: 'inv1', sites: ['bac', 'trung'] });
    expect(d.comparisons.find((c) => c.site === 'nam')).toMatchObject({ unknownVersions: [2] });
    expect(d.witnesses).toContain('phiên bản lạ v2');
  });

  it('an extra v2 on every site still loses to the catalogue: an incident, nothing overwritten', () => {
    const forged = (site: string): InventoryWitness => ({ site, digest: 'inv2', inventory: inventory([...genuine, { 'data/x.pdf': F }]) });
    const d = decideReference(catalogue, [forged('bac'), forged('trung')]);
    expect(d).toMatchObject({ kind: 'incident', code: 'DP-AUDIT-WITNESS-DISAGREE' });
  });

  it('the same consistent forgery on two of three sites loses to the one copy that matches the catalogue', () => {
    const forged = (site: string): InventoryWitness => ({
      site,
      digest: 'forged',
      inventory: inventory([{ 'data/x.pdf': F, 'data/y.pdf': B }]),
    });
    const d = decideReference(catalogue, [forged('bac'), forged('trung'), honest('nam')]);
    expect(d).toMatchObject({ kind: 'reference', digest: 'inv1', sites: ['nam'] });
    expect(d.comparisons.filter((c) => c.mismatch).map((c) => c.site)).toEqual(['bac', 'trung']);
  });

  it('a forged inventory + sidecar with an altered digest on one site is outvoted by the catalogue', () => {
    const forged: InventoryWitness = { site: 'trung', digest: 'alt', inventory: inventory([{ 'data/x.pdf': A, 'data/y.pdf': F }]) };
    const d = decideReference(catalogue, [honest('bac'), forged]);
    expect(d).toMatchObject({ kind: 'reference', sites: ['bac'] });
    expect(d.comparisons[1]!.mismatch).toContain('v1 data/y.pdf');
  });

  it('the catalogue disagreeing with every copy stops with an incident naming the witnesses', () => {
    const other: CatalogueWitness = {
      head: 1,
      versions: new Map([
        [
          1,
          new Map([
            ['data/x.pdf', F],
            ['data/y.pdf', B],
          ]),
        ],
      ]),
    };
    const d = decideReference(other, [honest('bac'), honest('trung')], ['nam']);
    expect(d.kind).toBe('incident');
    if (d.kind !== 'incident') return;
    expect(d.code).toBe('DP-AUDIT-WITNESS-DISAGREE');
    expect(d.detail).toBe(`inventory của site bac,trung ≠ danh mục v1 ở v1 data/x.pdf: ${A.slice(0, 12)}… ≠ ${F.slice(0, 12)}…`);
    expect(d.witnesses).toContain('nam: inventory không có sidecar khớp');
  });

  it('copies that match the catalogue but differ in bytes with no majority: a conflict', () => {
    const d = decideReference(catalogue, [honest('bac'), { site: 'nam', digest: 'inv1b', inventory: inventory(genuine, 'khác') }]);
    expect(d).toMatchObject({ kind: 'incident', code: 'DP-AUDIT-CONFLICT' });
  });

  it('a copy behind the catalogue is not the reference; the one at the catalogue head is', () => {
    const two: CatalogueWitness = { head: 2, versions: new Map([...catalogue.versions, [2, new Map([['data/x.pdf', A]])]]) };
    const newest: InventoryWitness = { site: 'bac', digest: 'inv2', inventory: inventory([...genuine, { 'data/x.pdf': A }]) };
    const d = decideReference(two, [honest('trung'), honest('nam'), newest]);
    expect(d).toMatchObject({ kind: 'reference', head: 2, sites: ['bac'] });
  });

  it('no catalogue record (fresh rebuild of old data): the majority of verifying inventories decides, a tie stops', () => {
    const forged: InventoryWitness = { site: 'nam', digest: 'inv2', inventory: inventory([...genuine, { 'data/x.pdf': F }]) };
    expect(decideReference(undefined, [honest('bac'), honest('trung'), forged])).toMatchObject({
      kind: 'reference',
      digest: 'inv1',
      basis: 'majority',
    });
    expect(decideReference({ head: 1, versions: new Map() }, [honest('bac'), forged])).toMatchObject({
      kind: 'incident',
      code: 'DP-AUDIT-CONFLICT',
    });
    expect(decideReference(undefined, [])).toMatchObject({ kind: 'incident', code: 'DP-AUDIT-NO-SOURCE' });
  });
});
