import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/bytes.js';
import { TT05_CODE_LISTS } from '../tt05/profile/code-lists.js';
import { canonicalCodeList, codeListDigest, digestMatches, publishVersion } from './canonical.js';
import { diffVersions, isEmptyDiff } from './diff.js';
import type { CodeListVersionDraft } from './model.js';
import { codeListSeed } from './seed.js';

// Tests run on Node; the library itself stays free of node:* imports.
const hasher: Hasher = {
  create: (alg) => {
    const h = createHash(alg === 'blake2b-512' ? 'blake2b512' : alg);
    return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
  },
};

const draft = (items: CodeListVersionDraft['items'], extra: Partial<CodeListVersionDraft> = {}): CodeListVersionDraft => ({
  listId: 'mode',
  version: 1,
  validFrom: '2025-07-01',
  publishedAt: '2025-07-01T00:00:00.000+07:00',
  items,
  ...extra,
});
const MODE = [
  { code: '01', labelVi: 'Công khai', labelEn: 'Public' },
  { code: '02', labelVi: 'Sử dụng có điều kiện', labelEn: 'Conditional use' },
  { code: '03', labelVi: 'Mật', labelEn: 'Secret' },
];

describe('canonical serialisation and digest', () => {
  it('is sorted JSON of the content, without the publication time', () => {
    expect(canonicalCodeList(draft([MODE[2]!, { ...MODE[0]!, deprecated: false, note: '' }]))).toBe(
      '{"format":"duphong-codelist/1","items":[{"code":"01","labelEn":"Public","labelVi":"Công khai"},' +
        '{"code":"03","labelEn":"Secret","labelVi":"Mật"}],"listId":"mode","validFrom":"2025-07-01","version":1}',
    );
  });

  it('gives the same digest whatever the item order, key order, Unicode form or publication time', () => {
    const a = codeListDigest(hasher, draft(MODE));
    expect(a).toMatch(/^[0-9a-f]{64}$/);
    expect(codeListDigest(hasher, draft([...MODE].reverse()))).toBe(a);
    expect(
      codeListDigest(hasher, draft(MODE.map((i) => ({ labelEn: i.labelEn, labelVi: i.labelVi.normalize('NFD'), code: i.code })))),
    ).toBe(a);
    expect(codeListDigest(hasher, draft(MODE, { publishedAt: '2026-01-01T09:30:00.000+07:00' }))).toBe(a);
  });

  it('changes with anything the list says: a label, a deprecation, a note, the version, the date', () => {
    const a = codeListDigest(hasher, draft(MODE));
    const changed = [
      draft([{ ...MODE[0]!, labelVi: 'Công khai rộng rãi' }, MODE[1]!, MODE[2]!]),
      draft([{ ...MODE[0]!, deprecated: true }, MODE[1]!, MODE[2]!]),
      draft([{ ...MODE[0]!, note: 'ghi chú' }, MODE[1]!, MODE[2]!]),
      draft([MODE[0]!, MODE[1]!]),
      draft(MODE, { version: 2 }),
      draft(MODE, { validFrom: '2026-01-01' }),
      draft(MODE, { listId: 'mode2' }),
    ].map((d) => codeListDigest(hasher, d));
    expect(new Set([a, ...changed]).size).toBe(changed.length + 1);
  });

  it('publishes a draft in code order, NFC, with a digest that verifies', () => {
    const v = publishVersion(hasher, draft([{ code: '02', labelVi: 'Sử dụng có điều kiện'.normalize('NFD'), labelEn: '' }, MODE[0]!]));
    expect(v.items).toEqual([MODE[0], { code: '02', labelVi: 'Sử dụng có điều kiện' }]);
    expect(digestMatches(hasher, v)).toBe(true);
    expect(digestMatches(hasher, { ...v, items: [MODE[0]!] })).toBe(false);
  });
});

describe('diffVersions', () => {
  it('reports added, removed, relabelled, deprecated, reinstated and renoted items by code', () => {
    const a = draft([MODE[0]!, MODE[1]!, { ...MODE[2]!, deprecated: true }, { code: '04', labelVi: 'Tối mật' }]);
    const b = draft([
      { ...MODE[0]!, note: 'theo Luật Lưu trữ 2024' },
      { ...MODE[1]!, labelVi: 'Sử dụng hạn chế', deprecated: true },
      MODE[2]!,
      { code: '05', labelVi: 'Tuyệt mật' },
    ]);
    const d = diffVersions(a, b);
    expect(d.added.map((i) => i.code)).toEqual(['05']);
    expect(d.removed.map((i) => i.code)).toEqual(['04']);
    expect(d.relabelled).toEqual([{ code: '02', from: MODE[1], to: { ...MODE[1], labelVi: 'Sử dụng hạn chế', deprecated: true } }]);
    expect(d.deprecated.map((i) => i.code)).toEqual(['02']);
    expect(d.reinstated.map((i) => i.code)).toEqual(['03']);
    expect(d.renoted.map((r) => r.code)).toEqual(['01']);
    expect(isEmptyDiff(d)).toBe(false);
  });

  it('sees no change between the same list in another order or Unicode form', () => {
    const nfd = MODE.map((i) => ({ ...i, labelVi: i.labelVi.normalize('NFD') })).reverse();
    expect(isEmptyDiff(diffVersions(draft(MODE), draft(nfd)))).toBe(true);
  });
});

describe('seed', () => {
  const seed = codeListSeed(hasher);

  it('holds every TT05 list and the selection lists, each as version 1 with English labels', () => {
    const ids = seed.map((s) => s.list.id);
    expect(ids).toEqual(expect.arrayContaining([...Object.keys(TT05_CODE_LISTS), 'carrier', 'damageSign', 'electronicRisk']));
    expect(new Set(ids).size).toBe(ids.length);
    for (const { list, version } of seed) {
      expect(version).toMatchObject({ listId: list.id, version: 1 });
      expect(digestMatches(hasher, version)).toBe(true);
      for (const item of version.items) expect(item.labelEn, `${list.id} ${item.code}`).toBeTruthy();
    }
    const typeName = seed.find((s) => s.list.id === 'typeName')!.version;
    expect(typeName.items).toHaveLength(32);
    expect(typeName.items[0]).toEqual({ code: '01', labelVi: 'Nghị quyết', labelEn: 'Resolution' });
    const damage = seed.find((s) => s.list.id === 'damageSign')!.version.items.map((i) => i.labelVi);
    expect(damage).toEqual(['Nhạt màu', 'Đổi màu', 'Rách', 'Thủng lỗ', 'Mủn', 'Giòn', 'Mờ chữ']);
  });

  it('is deterministic: two installations seed the same digests', () => {
    const again = codeListSeed(hasher);
    expect(again.map((s) => s.version.digest)).toEqual(seed.map((s) => s.version.digest));
  });
});
