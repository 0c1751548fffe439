import { describe, expect, it } from 'vitest';
import { indexOfAscii } from './bytes.js';
describe('indexOfAscii', () => {
  const bytes = new TextEncoder().encode('xx%%EO%%EOF pdfaid:part');
  it('finds the first whole occurrence at or after `from`', () => {
    expect(indexOfAscii(bytes, '%%EOF')).toBe(6);
    expect(indexOfAscii(bytes, 'pdfaid:')).toBe(12);
    expect(indexOfAscii(bytes, '%%EOF', 7)).toBe(-1);
  });
  it('says -1 for a needle cut by the end or absent', () => {
    expect(indexOfAscii(bytes, 'part!')).toBe(-1);
    expect(indexOfAscii(new Uint8Array(0), 'a')).toBe(-1);
  });
});
