import { describe, expect, it } from 'vitest';
import { SCAN_EXTENSIONS, isScanExtension, parseScanName } from './scan-names.js';

const CODE = 'G09.2024.01.001';

describe('parseScanName (TT05 Art. 8 naming)', () => {
  it('reads the document ordinal, and the page when each page is its own file', () => {
    expect(parseScanName('G09.2024.01.001.0000003.tif', CODE)).toEqual({ ordinal: 3, page: null, ext: 'tif' });
    expect(parseScanName('G09.2024.01.001.0000003.0002.tif', CODE)).toEqual({ ordinal: 3, page: 2, ext: 'tif' });
    expect(parseScanName('G09.2024.01.001.1234567.9999.png', CODE)).toEqual({ ordinal: 1234567, page: 9999, ext: 'png' });
  });

  it('takes every scan extension, in any case, and reports it in lower case', () => {
    for (const ext of SCAN_EXTENSIONS)
      expect(parseScanName(`${CODE}.0000001.${ext.toUpperCase()}`, CODE)).toEqual({ ordinal: 1, page: null, ext });
    expect(parseScanName(`${CODE}.0000001.Jpeg`, CODE)).toEqual({ ordinal: 1, page: null, ext: 'jpeg' });
    expect(isScanExtension('TIFF')).toBe(true);
    expect(isScanExtension('bmp')).toBe(false);
  });

  it('a whole-file PDF is named by the file code alone; any other whole-file scan is not', () => {
    expect(parseScanName('G09.2024.01.001.pdf', CODE)).toEqual({ wholeFile: true, ext: 'pdf' });
    expect(parseScanName('G09.2024.01.001.PDF', CODE)).toEqual({ wholeFile: true, ext: 'pdf' });
    expect(parseScanName('G09.2024.01.001.tif', CODE)).toBeNull();
  });

  it('refuses names that break the rule', () => {
    for (const name of [
      'G09.2024.01.001.3.tif', // ordinal not 7 digits
      'G09.2024.01.001.00000003.tif', // 8 digits
      'G09.2024.01.001.0000003.2.tif', // page not 4 digits
      'G09.2024.01.001.0000003.00002.tif',
      'G09.2024.01.001.0000000.tif', // ordinals start at 1
      'G09.2024.01.001.0000003.0000.tif', // pages start at 1
      'G09.2024.01.001.0000003.bmp', // not a scan format
      'G09.2024.01.001.0000003', // no extension
      'G09.2024.01.001_0000003.tif', // wrong separator
      'G09.2024.01.001.0000003.0001.0002.tif',
      'G09.2024.01.001.000000a.tif',
      'G09.2024.01.001.0000003.tif.tmp',
      '.tif',
      '',
    ])
      expect(parseScanName(name, CODE), name).toBeNull();
  });

  it("a name of another file code is not this file's, even a code that extends it", () => {
    expect(parseScanName('G09.2024.01.002.0000003.tif', CODE)).toBeNull();
    // 'G09.2024.01.001.0000003' could be read as file code G09.2024.01.001 + ordinal; with the
    // longer code G09.2024.01.001.0000003 the remainder is not an ordinal
    expect(parseScanName('G09.2024.01.001.0000003.0000004.tif', 'G09.2024.01.001.0000003')).toEqual({ ordinal: 4, page: null, ext: 'tif' });
    expect(parseScanName('G09.2024.01.001.0000003.0000004.tif', CODE)).toBeNull();
    expect(parseScanName('G09.2024.01.0010.0000003.tif', CODE)).toBeNull();
    expect(parseScanName('XG09.2024.01.001.0000003.tif', CODE)).toBeNull();
  });

  it('file codes with dashes, underscores and Vietnamese letters; NFC and NFD compare equal', () => {
    const code = 'PHÔNG_UBND-HN.2006.001';
    expect(parseScanName('PHÔNG_UBND-HN.2006.001.0000012.0003.jpg', code)).toEqual({ ordinal: 12, page: 3, ext: 'jpg' });
    expect(parseScanName('PHÔNG_UBND-HN.2006.001.0000012.jpg'.normalize('NFD'), code)).toEqual({ ordinal: 12, page: null, ext: 'jpg' });
    expect(parseScanName('PHÔNG_UBND-HN.2006.001.0000012.jpg', code.normalize('NFD'))).toEqual({ ordinal: 12, page: null, ext: 'jpg' });
  });
});
