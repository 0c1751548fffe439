import { describe, expect, it } from 'vitest';
import { characterErrorRate, characterErrors, editDistance, normaliseForCer } from './cer.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance([...'kitten'], [...'sitting'])).toBe(3);
    expect(editDistance([], [...'abc'])).toBe(3);
    expect(editDistance([...'abc'], [])).toBe(3);
    expect(editDistance([...'abc'], [...'abc'])).toBe(0);
    expect(editDistance([...'ab'], [...'ba'])).toBe(2);
  });
});

describe('characterErrors', () => {
  it('is zero for the same text whatever its line breaks and spaces', () => {
    expect(characterErrorRate('Cộng hòa xã hội\nchủ nghĩa', '  Cộng  hòa xã hội chủ\fnghĩa\n')).toBe(0);
  });

  it('compares NFC code points: a decomposed Vietnamese letter is one character', () => {
    const decomposed = 'Nghĩa'.normalize('NFD');
    expect(decomposed.length).toBeGreaterThan(5);
    expect(characterErrorRate('Nghĩa', decomposed)).toBe(0);
    // one wrong tone mark on one letter is one error, not two
    expect(characterErrors('Nghĩa', 'Nghìa'.normalize('NFD'))).toEqual({ errors: 1, length: 5, rate: 0.2 });
  });

  it('counts a missing diacritic as an error (ư vs u)', () => {
    expect(characterErrors('lưu trữ', 'luu trữ')).toEqual({ errors: 1, length: 7, rate: 1 / 7 });
  });

  it('counts characters outside the basic plane once', () => {
    expect(characterErrors('a𠀀b', 'ab').errors).toBe(1);
  });

  it('handles empty texts: blank page read blank, blank page read as text', () => {
    expect(characterErrors('', '')).toEqual({ errors: 0, length: 0, rate: 0 });
    expect(characterErrors(' \n', 'abc').rate).toBe(3);
    expect(characterErrors('abc', '').rate).toBe(1);
  });

  it('keeps case: OCR that loses capitals is wrong', () => {
    expect(normaliseForCer(' Việt\tNam ')).toBe('Việt Nam');
    expect(characterErrorRate('VIỆT NAM', 'việt nam')).toBe(7 / 8); // every letter differs, the space does not
  });
});
