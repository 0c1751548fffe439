import { describe, expect, it } from 'vitest';
import { exportFileStem } from './export-file-name.js';

describe('exportFileStem', () => {
  it('names an export by its file code, safe on every file system, in NFC', () => {
    expect(exportFileStem('H49.64.33.2001.160')).toBe('H49.64.33.2001.160');
    expect(exportFileStem('HS/2001:07*?')).toBe('HS_2001_07__');
    expect(exportFileStem('../../etc')).toBe('__.._etc');
    expect(exportFileStem('Hồ sơ '.normalize('NFD'))).toBe('Hồ sơ'.normalize('NFC'));
    expect(exportFileStem('...')).toBe('_');
    expect(exportFileStem('')).toBe('ho-so');
    expect([...exportFileStem('x'.repeat(300))]).toHaveLength(120);
  });
});
