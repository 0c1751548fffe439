import { describe, expect, it } from 'vitest';
import { selectDipDocuments } from './export-dip.js';
import type { VersionSource } from './write-version.js';

const doc = (relative: string, mode: string, holey = false): VersionSource => ({
  kind: 'stored',
  relative,
  size: 1,
  sha256: 'a'.repeat(64),
  description: { eadName: `EAD_DOC_${relative}.xml`, fields: { mode } },
  ...(holey && { holey: true }),
});

describe('DIP document selection (access level)', () => {
  const kept = [doc('a.pdf', '01'), doc('b.pdf', '03'), doc('c.pdf', '02'), doc('d.pdf.fetch.txt', '01', true)];
  it('withholds secret documents (mode 03) and linked ones', () => {
    const r = selectDipDocuments(kept, false);
    expect(r.chosen.map((d) => d.relative)).toEqual(['a.pdf', 'c.pdf']);
    expect(r.withheld).toEqual(['b.pdf']);
  });
  it('includes secret documents only when the operator asks', () => {
    expect(selectDipDocuments(kept, true).chosen.map((d) => d.relative)).toEqual(['a.pdf', 'b.pdf', 'c.pdf']);
  });
});
