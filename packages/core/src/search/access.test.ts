import { describe, expect, it } from 'vitest';
import { effectiveDocumentMode, effectiveFileMode, mayRead } from './access.js';
import { READER_LEVELS } from './model.js';

describe('access-level policy (search and record reads)', () => {
  it('counts an unknown or missing level as secret', () => {
    expect([
      effectiveFileMode('01'),
      effectiveFileMode(' 02 '),
      effectiveFileMode(''),
      effectiveFileMode(undefined),
      effectiveFileMode('9'),
    ]).toEqual(['01', '02', '03', '03', '03']);
  });

  it('never makes a document more open than its file', () => {
    expect(effectiveDocumentMode('01', '01')).toBe('01');
    expect(effectiveDocumentMode('01', '02')).toBe('02');
    expect(effectiveDocumentMode('01', '03')).toBe('03');
    expect(effectiveDocumentMode('03', '01')).toBe('03');
    expect(effectiveDocumentMode(null, '02')).toBe('02'); // takes its file's level
    expect(effectiveDocumentMode('01', null)).toBe('01'); // or its own when the file has none
    expect(effectiveDocumentMode(null, null)).toBe('03');
  });

  it('lets a reader see exactly their levels', () => {
    expect(mayRead(READER_LEVELS.authorised, '02')).toBe(true);
    expect(mayRead(READER_LEVELS.authorised, '03')).toBe(false);
    expect(mayRead(READER_LEVELS.staff, '03')).toBe(true);
  });
});
