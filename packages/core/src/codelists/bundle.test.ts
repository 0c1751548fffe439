import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Hasher } from '../ports/bytes.js';
import { CODE_LIST_BUNDLE_FORMAT, bundleSequence, checkBundle, planBundleApply, type CodeListBundle } from './bundle.js';
import { publishVersion } from './canonical.js';
import type { CodeListVersion } from './model.js';

// Tests run on Node; the library itself stays free of node:* imports.
const hasher: Hasher = {
  create: (alg) => {
    const h = createHash(alg === 'blake2b-512' ? 'blake2b512' : alg);
    return { update: (c) => void h.update(c), digest: () => h.digest('hex') };
  },
};
const LIST = { id: 'mode', nameVi: 'Chế độ sử dụng', nameEn: 'Mode of use', authority: 'TT 05/2025/TT-BNV', source: 'Phụ lục' };
const v = (version: number, labels: string[]): CodeListVersion =>
  publishVersion(hasher, {
    listId: 'mode',
    version,
    validFrom: `202${5 + version}-01-01`,
    publishedAt: '2026-01-01T08:00:00.000+07:00',
    items: labels.map((labelVi, i) => ({ code: `0${i + 1}`, labelVi })),
  });
const V1 = v(1, ['Công khai', 'Sử dụng có điều kiện']);
const V2 = v(2, ['Công khai', 'Sử dụng có điều kiện', 'Mật']);
const bundle = (versions: CodeListVersion[], other: CodeListVersion[] = []): CodeListBundle => {
  const lists = [{ list: LIST, versions }, ...(other.length > 0 ? [{ list: { ...LIST, id: 'colour' }, versions: other }] : [])];
  return { format: CODE_LIST_BUNDLE_FORMAT, publisher: 'trung-uong', sequence: bundleSequence(lists), lists };
};

describe('code-list bundles', () => {
  it('number a bundle by the sum of its newest versions, so every new version makes it grow', () => {
    const colour = [{ ...V1, listId: 'colour' }];
    expect(bundle([V1]).sequence).toBe(1);
    expect(bundle([V1, V2]).sequence).toBe(2);
    expect(bundle([V1, V2], colour).sequence).toBe(3);
  });

  it('accepts a sound bundle and names every fault of a bad one', () => {
    expect(checkBundle(hasher, bundle([V1, V2]))).toEqual([]);
    const altered = bundle([V1, { ...V2, items: [...V2.items, { code: '04', labelVi: 'Tối mật' }] }]);
    expect(checkBundle(hasher, altered).map((f) => [f.code, f.path])).toEqual([['DP-CODELIST-BUNDLE-DIGEST', 'mode/v2']]);
    const gap = { ...bundle([V1, V2]), lists: [{ list: LIST, versions: [V2] }] };
    expect(checkBundle(hasher, gap).map((f) => [f.code, f.path])).toEqual([['DP-CODELIST-BUNDLE-MALFORMED', 'mode/v2']]);
    expect(checkBundle(hasher, { ...bundle([V1]), sequence: 7 }).map((f) => f.path)).toEqual(['sequence']);
  });

  it('plans only the versions missing here, and refuses a local copy that differs or leads', () => {
    expect(planBundleApply(new Map(), bundle([V1, V2])).versions.map((x) => x.version)).toEqual([1, 2]);
    const plan = planBundleApply(new Map([['mode', [V1]]]), bundle([V1, V2]));
    expect(plan).toEqual({ lists: [LIST], versions: [V2], conflicts: [] });
    expect(planBundleApply(new Map([['mode', [V1, V2]]]), bundle([V1, V2])).versions).toEqual([]);
    const edited = v(2, ['Công khai', 'Hạn chế']);
    expect(planBundleApply(new Map([['mode', [V1, edited]]]), bundle([V1, V2])).conflicts.map((f) => f.path)).toEqual(['mode/v2']);
    expect(planBundleApply(new Map([['mode', [V1, V2]]]), bundle([V1])).conflicts.map((f) => f.code)).toEqual(['DP-CODELIST-CONFLICT']);
  });
});
