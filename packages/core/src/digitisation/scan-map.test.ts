import { describe, expect, it } from 'vitest';
import { scanMapFromRows, tt05ScanName } from './scan-map.js';

describe('scan map', () => {
  it('reads a sheet with Vietnamese headers (any accents) and names scans by TT05’s rule', () => {
    const { map, findings } = scanMapFromRows([
      ['Bảng ánh xạ bản quét — máy quét số 2'],
      ['Ten tep', 'Mã hồ sơ', 'Số thứ tự văn bản', 'Trang'],
      ['IMG_0001.tif', 'H15.01.2006.001', '1', '1'],
      ['IMG_0002.tif', 'H15.01.2006.001', '1', '2'],
      ['anh ho so.jpg', 'H15.01.2006.001', '2', ''],
      ['', '', '', ''],
      ['IMG_0001.tif', 'H15.01.2006.001', '3', ''],
      ['IMG_0009.tif', '', '3', ''],
      ['IMG_0010.tif', 'H15.01.2006.001', 'ba', ''],
    ]);
    expect(map.get('IMG_0002.tif')).toEqual({ fileCode: 'H15.01.2006.001', ordinal: 1, page: 2 });
    expect(tt05ScanName(map.get('IMG_0002.tif')!, 'TIF')).toBe('H15.01.2006.001.0000001.0002.tif');
    expect(tt05ScanName(map.get('anh ho so.jpg')!, 'jpg')).toBe('H15.01.2006.001.0000002.jpg');
    expect(findings.map((f) => f.vi.slice(0, 7))).toEqual(['Dòng 7 ', 'Dòng 8 ', 'Dòng 9 ']);
    expect(findings.every((f) => f.code === 'DP-SCAN-MAP' && f.severity === 'error')).toBe(true);
  });

  it('says which columns it needs when the sheet has none of them', () => {
    expect(scanMapFromRows([['a', 'b']]).findings[0]?.vi).toContain('"Tên tệp", "Mã hồ sơ"');
  });
});
