import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/bytes.js';
import { LAYOUT_0004_CONFIG, objectRootPath, OCFL_LAYOUT_JSON } from './layout.js';

// Tests run on Node; the library itself stays free of node:* imports.
const hasher: Hasher = {
  create: (alg) => {
    const h = createHash(alg === 'blake2b-512' ? 'blake2b512' : alg);
    return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
  },
};

describe('layout 0004-hashed-n-tuple-storage-layout', () => {
  it('maps ids as in the extension examples (sha256, 3 × 3, full digest)', () => {
    expect(objectRootPath('object-01', hasher)).toBe('3c0/ff4/240/3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4');
    // sha256("ark:123/abc") = a4781783…; checked with `printf 'ark:123/abc' | sha256sum`.
    expect(objectRootPath('ark:123/abc', hasher)).toBe('a47/817/83d/a4781783dceceffe7af9af3fc4299cc6c93dc87754d6353d31a9e44e8a2838a0');
  });

  it('supports shortObjectRoot and other tuple shapes, and rejects impossible ones', () => {
    const short = { ...LAYOUT_0004_CONFIG, tupleSize: 2, numberOfTuples: 15, shortObjectRoot: true };
    expect(objectRootPath('object-01', hasher, short)).toBe(
      '3c/0f/f4/24/0c/1e/11/6d/ba/14/c7/62/7f/23/19/b58aa3d77606d0d90dfc6161608ac987d4',
    );
    expect(objectRootPath('object-01', hasher, { ...LAYOUT_0004_CONFIG, tupleSize: 0, numberOfTuples: 0 })).toBe(
      '3c0ff4240c1e116dba14c7627f2319b58aa3d77606d0d90dfc6161608ac987d4',
    );
    expect(() => objectRootPath('x', hasher, { ...LAYOUT_0004_CONFIG, tupleSize: 0 })).toThrow(RangeError);
    expect(() => objectRootPath('x', hasher, { ...LAYOUT_0004_CONFIG, tupleSize: 8, numberOfTuples: 8, shortObjectRoot: true })).toThrow(
      RangeError,
    );
  });

  it('describes itself in ocfl_layout.json and config.json', () => {
    expect(OCFL_LAYOUT_JSON.extension).toBe('0004-hashed-n-tuple-storage-layout');
    expect(LAYOUT_0004_CONFIG).toEqual({
      extensionName: '0004-hashed-n-tuple-storage-layout',
      digestAlgorithm: 'sha256',
      tupleSize: 3,
      numberOfTuples: 3,
      shortObjectRoot: false,
    });
  });
});
