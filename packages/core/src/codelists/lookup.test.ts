import { describe, expect, it } from 'vitest';
import { TT05_CODE_LISTS } from '../tt05/profile/code-lists.js';
import { lookup, resolveLabel, versionAt } from './lookup.js';
import { foldVietnamese } from '../records/fold.js';
import type { CodeListVersion } from './model.js';

const typeName: Pick<CodeListVersion, 'items'> = {
  items: TT05_CODE_LISTS.typeName.entries.map((e) => ({ code: e.code, labelVi: e.label })),
};
const language: Pick<CodeListVersion, 'items'> = {
  items: TT05_CODE_LISTS.language.entries.map((e) => ({ code: e.code, labelVi: e.label })),
};

const version = (n: number, validFrom: string, items: CodeListVersion['items']): CodeListVersion => ({
  listId: 'mode',
  version: n,
  validFrom,
  publishedAt: `${validFrom}T00:00:00.000+07:00`,
  items,
  digest: String(n).repeat(64),
});

describe('resolveLabel', () => {
  it('resolves "Quyết định", "quyet dinh", "02", "2" and NFD input to typeName 02', () => {
    for (const text of [
      'Quyết định',
      'quyet dinh',
      'QUYẾT ĐỊNH',
      '  Quyết   định ',
      '02',
      '2',
      'Quyết định'.normalize('NFD'),
      'quyết định'.normalize('NFD'),
    ]) {
      expect(resolveLabel(typeName, text)?.item.code, JSON.stringify(text)).toBe('02');
    }
    expect(resolveLabel(typeName, '02')?.match).toBe('code');
    expect(resolveLabel(typeName, '2')?.match).toBe('padded-code');
    expect(resolveLabel(typeName, 'quyết định')?.match).toBe('label');
    expect(resolveLabel(typeName, 'quyet dinh')?.match).toBe('folded-label');
  });

  it('handles đ/Đ, dashes and spacing', () => {
    expect(resolveLabel(typeName, 'de an')?.item.labelVi).toBe('Đề án');
    expect(resolveLabel(typeName, 'giay uy quyen')?.item.code).toBe('16');
    expect(resolveLabel(language, 'Việt-Anh')?.item.code).toBe('06');
    expect(resolveLabel(language, 'viet anh')?.item.code).toBe('06');
    expect(resolveLabel(language, 'Hán Nôm')?.item.code).toBe('09');
  });

  it('accepts the English label last, and refuses unknown or ambiguous text', () => {
    const withEnglish = { items: [{ code: '01', labelVi: 'Nghị quyết', labelEn: 'Resolution' }] };
    expect(resolveLabel(withEnglish, 'resolution')).toEqual({ item: withEnglish.items[0], match: 'english-label' });
    expect(resolveLabel(typeName, 'Quyết định xử phạt')).toBeUndefined();
    expect(resolveLabel(typeName, '')).toBeUndefined();
    expect(resolveLabel(typeName, '33')).toBeUndefined();
    // "Mật" and "Mất" fold alike: the exact label still wins, the folded form is refused.
    const clash = {
      items: [
        { code: '01', labelVi: 'Mật' },
        { code: '02', labelVi: 'Mất' },
      ],
    };
    expect(resolveLabel(clash, 'mật')?.item.code).toBe('01');
    expect(resolveLabel(clash, 'mat')).toBeUndefined();
  });

  it('folds Vietnamese text', () => {
    expect(foldVietnamese('Đổi màu – Mờ chữ')).toBe('doi mau mo chu');
    expect(foldVietnamese('Nhạt màu'.normalize('NFD'))).toBe('nhat mau');
  });
});

describe('lookup and versionAt', () => {
  const history = [
    version(1, '2025-07-01', [
      { code: '01', labelVi: 'Công khai' },
      { code: '02', labelVi: 'Hạn chế' },
    ]),
    version(2, '2026-01-01', [
      { code: '01', labelVi: 'Công khai' },
      { code: '02', labelVi: 'Sử dụng có điều kiện' },
      { code: '03', labelVi: 'Mật', deprecated: true },
    ]),
  ];

  it('finds the label in force on a date, the newest without one', () => {
    expect(lookup(history, '02')).toEqual({ item: { code: '02', labelVi: 'Sử dụng có điều kiện' }, version: 2 });
    expect(lookup(history, '02', '2025-12-31')?.item.labelVi).toBe('Hạn chế');
    expect(lookup(history, '02', '2026-01-01')?.version).toBe(2);
    expect(lookup(history, '02', '2025-12-31T23:59:00.000+07:00')?.version).toBe(1);
    expect(lookup(history, '03')?.item.deprecated).toBe(true);
    expect(lookup(history, '03', '2025-08-01')).toBeUndefined();
    expect(lookup(history, '01', '2024-01-01')).toBeUndefined(); // before the first version
    expect(versionAt([...history].reverse())?.version).toBe(2);
    expect(versionAt([])).toBeUndefined();
  });
});
