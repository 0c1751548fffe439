import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/bytes.js';
import { codeListSeed, publicCodeListSource } from './seed.js';

const hasher: Hasher = {
  create: (alg) => {
    const h = createHash(alg === 'blake2b-512' ? 'blake2b512' : alg);
    return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
  },
};

describe('publicCodeListSource', () => {
  it('leaves out the developers\u2019 DOMAIN.md references of catalogues seeded earlier', () => {
    expect(publicCodeListSource('DOMAIN.md §5 (TT05 code lists)')).toBe('');
    expect(publicCodeListSource('Mã do DuPhong đặt tạm (chưa có danh mục chính thức); nhãn theo DOMAIN.md §4')).toBe(
      'Mã do DuPhong đặt tạm (chưa có danh mục chính thức)',
    );
  });

  it('seeds sources a user can read, naming no repository file', () => {
    for (const { list } of codeListSeed(hasher)) {
      expect(list.source).not.toMatch(/DOMAIN\.md/);
      expect(publicCodeListSource(list.source)).not.toBe('');
    }
  });
});
