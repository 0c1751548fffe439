import { describe, expect, it } from 'vitest';
import { checkCodeListVersion, checkNextVersion } from './check.js';
import type { CodeListDigestRef, CodeListVersionDraft } from './model.js';
import { checkSync } from './sync.js';

const v = (version: number, items: CodeListVersionDraft['items'], validFrom = '2025-07-01'): CodeListVersionDraft => ({
  listId: 'format',
  version,
  validFrom,
  publishedAt: `${validFrom}T00:00:00.000+07:00`,
  items,
});
const FORMAT = [
  { code: '01', labelVi: 'Tốt' },
  { code: '02', labelVi: 'Bình thường' },
  { code: '03', labelVi: 'Hỏng' },
];
const codes = (findings: Array<{ code: string }>) => findings.map((f) => f.code);

describe('checkCodeListVersion / checkNextVersion', () => {
  it('accepts a well-formed first version', () => {
    expect(checkNextVersion(undefined, v(1, FORMAT))).toEqual([]);
  });

  it('refuses malformed ids, dates, duplicate codes and empty labels', () => {
    const bad = {
      ...v(0, [...FORMAT, { code: '01', labelVi: 'Tốt lắm' }, { code: ' 04', labelVi: ' ' }], '2025-02-30'),
      listId: 'định dạng',
    };
    expect(codes(checkCodeListVersion(bad)).sort()).toEqual(
      [
        'DP-CODELIST-DUPLICATE-CODE',
        'DP-CODELIST-INVALID',
        'DP-CODELIST-INVALID',
        'DP-CODELIST-INVALID',
        'DP-CODELIST-INVALID',
        'DP-CODELIST-INVALID',
      ].sort(),
    );
    expect(codes(checkCodeListVersion(v(1, [])))).toEqual(['DP-CODELIST-INVALID']);
  });

  it('warns about labels that fold alike', () => {
    const findings = checkCodeListVersion(
      v(1, [
        { code: '01', labelVi: 'Mật' },
        { code: '02', labelVi: 'Mất' },
      ]),
    );
    expect(findings).toEqual([expect.objectContaining({ code: 'DP-CODELIST-AMBIGUOUS-LABEL', severity: 'warning', path: '02' })]);
  });

  it('wants the next number, a date not going back, and deprecation rather than removal', () => {
    const first = v(1, FORMAT, '2025-07-01');
    expect(codes(checkNextVersion(first, v(3, FORMAT)))).toEqual(['DP-CODELIST-VERSION-GAP']);
    expect(codes(checkNextVersion(first, v(1, FORMAT)))).toEqual(['DP-CODELIST-VERSION-GAP']);
    expect(codes(checkNextVersion(first, v(2, FORMAT, '2025-06-30')))).toEqual(['DP-CODELIST-VALID-FROM-BACKWARDS']);
    const removed = checkNextVersion(first, v(2, FORMAT.slice(0, 2), '2026-01-01'));
    expect(removed).toEqual([expect.objectContaining({ code: 'DP-CODELIST-CODE-REMOVED', severity: 'warning', path: '03' })]);
    expect(removed[0]!.message).toMatch(/mã "03" \(Hỏng\) bị xóa/);
    expect(checkNextVersion(first, v(2, [...FORMAT.slice(0, 2), { ...FORMAT[2]!, deprecated: true }], '2026-01-01'))).toEqual([]);
  });
});

describe('checkSync', () => {
  const ref = (listId: string, version: number, digest = `${listId}-${version}`): CodeListDigestRef => ({ listId, version, digest });

  it('is in sync when every central list is here at the same version and digest', () => {
    const report = checkSync([ref('mode', 1), ref('format', 2)], [ref('format', 2), ref('mode', 1)]);
    expect(report).toEqual({
      inSync: true,
      findings: [],
      lists: [
        { listId: 'format', status: 'in-sync', local: ref('format', 2), central: ref('format', 2) },
        { listId: 'mode', status: 'in-sync', local: ref('mode', 1), central: ref('mode', 1) },
      ],
    });
  });

  it('names every way a local copy can drift, with stable codes and Vietnamese messages', () => {
    const local = [ref('behind', 1), ref('ahead', 3), ref('edited', 2, 'aaaaaaaaaaaaaaaa'), ref('ours', 1), ref('same', 1)];
    const central = [ref('behind', 2), ref('ahead', 2), ref('edited', 2, 'bbbbbbbbbbbbbbbb'), ref('missing', 1), ref('same', 1)];
    const report = checkSync(local, central);
    expect(report.inSync).toBe(false);
    expect(report.lists.map((l) => [l.listId, l.status])).toEqual([
      ['ahead', 'ahead'],
      ['behind', 'behind'],
      ['edited', 'differs'],
      ['missing', 'missing'],
      ['same', 'in-sync'],
      ['ours', 'local-only'],
    ]);
    expect(report.findings.map((f) => [f.path, f.code, f.severity])).toEqual([
      ['ahead', 'DP-CODELIST-AHEAD', 'error'],
      ['behind', 'DP-CODELIST-BEHIND', 'error'],
      ['edited', 'DP-CODELIST-DIGEST-MISMATCH', 'error'],
      ['missing', 'DP-CODELIST-MISSING', 'error'],
      ['ours', 'DP-CODELIST-LOCAL-ONLY', 'warning'],
    ]);
    expect(report.findings[1]!.message).toBe('Danh mục "behind" ở đây là phiên bản 1, trung ương đã ban hành phiên bản 2: cần đồng bộ.');
  });

  it('treats a local-only list as a warning, not as out of sync', () => {
    expect(checkSync([ref('mode', 1), ref('ours', 1)], [ref('mode', 1)]).inSync).toBe(true);
  });
});
