import { describe, expect, it } from 'vitest';
import { importFinding } from './finding-codes.js';
import { groupImportFindings } from './group-findings.js';

describe('groupImportFindings', () => {
  it('folds identical findings of one column into one group with a count and the first rows', () => {
    const same = Array.from({ length: 144 }, (_, i) =>
      importFinding({ row: i + 2, column: 'F' }, 'DP-IMPORT-COLUMN-UNKNOWN', 'x', 'cột không khớp'),
    );
    const other = importFinding({ row: 7, column: 'C' }, 'DP-IMPORT-COLUMN-UNKNOWN', 'y', 'cột không khớp');
    const groups = groupImportFindings([...same, other]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({ code: 'DP-IMPORT-COLUMN-UNKNOWN', column: 'F', count: 144, rows: [2, 3, 4, 5, 6] });
    expect(groups[0]!.message.vi).toBe('cột không khớp');
    expect(groups[1]).toMatchObject({ column: 'C', count: 1, rows: [7] });
  });

  it("uses the code's general words when the messages of a group differ", () => {
    const groups = groupImportFindings([
      importFinding({ row: 2, column: 'A' }, 'DP-IMPORT-COLUMN-UNKNOWN', 'a', 'một'),
      importFinding({ row: 3, column: 'A' }, 'DP-IMPORT-COLUMN-UNKNOWN', 'b', 'hai'),
    ]);
    expect(groups[0]!.message).toEqual({
      vi: 'cột không khớp trường TT05 nào: giữ nguyên trong dữ liệu cũ (legacy)',
      en: 'column kept as legacy',
    });
  });
});
