import { CodeListVersionConflict, codeListDigest, codeListSeed, ensureCodeListsSeeded, publishVersion } from '@duphong/core';
import type { Catalogue, CodeListVersion, SharedCodeList } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeHasher } from '../../node-hasher.js';
import type { CatalogueFixture } from './fixtures.js';

/**
 * Digests of the seed's version 1, pinned: every installation on either engine must hold exactly
 * these, or "in sync" means nothing. A deliberate seed change updates them here.
 */
const SEED_DIGESTS = {
  typeName: 'ac1dc197b786a4bd453bdccf4ff766825de86abd21ddd431819c7b8f824308ee',
  mode: 'ee56be06f6bd443d7e57b4ff62674a7bc731f5c4b94bc69bf3e668dbaf5a9cff',
  damageSign: 'd3c39b69a612c9140815c82f71fd27fa8f7e27b6ee3c9392e29a1d7251662bf9',
};

const LIST: SharedCodeList = {
  id: 'thuNghiem',
  nameVi: 'Danh mục thử nghiệm',
  nameEn: 'Test list',
  authority: 'TT 05/2025/TT-BNV',
  source: 'kiểm thử',
};
const at = (day: string) => `${day}T08:00:00.000+07:00`;
const v = (version: number, validFrom: string, items: CodeListVersion['items']): CodeListVersion =>
  publishVersion(nodeHasher, { listId: LIST.id, version, validFrom, publishedAt: at(validFrom), items });
const V1 = v(1, '2025-07-01', [
  { code: '02', labelVi: 'Hạn chế', labelEn: 'Restricted' },
  { code: '01', labelVi: 'Công khai' },
]);
const V2 = v(2, '2026-01-01', [
  { code: '01', labelVi: 'Công khai', note: 'giữ nguyên' },
  { code: '02', labelVi: 'Sử dụng có điều kiện', deprecated: true },
  { code: '03', labelVi: 'Mật' },
]);

/** Shared code lists: seed, versions (immutable, numbered without gaps), lookup by date, transactions. */
export function codeListsContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('shared code lists', () => {
    it('seeds a fresh catalogue once, with the pinned digests', async () => {
      expect(await c.codeLists.listCodeLists()).toEqual([]);
      const seed = codeListSeed(nodeHasher);
      expect(await ensureCodeListsSeeded(c.codeLists, nodeHasher)).toEqual(seed.map((s) => s.list.id));
      expect(await ensureCodeListsSeeded(c.codeLists, nodeHasher)).toEqual([]);
      expect(await c.codeLists.seed(seed)).toEqual([]);
      const summaries = await c.codeLists.listCodeLists();
      expect(summaries.map((s) => s.list.id)).toEqual(seed.map((s) => s.list.id).sort((a, b) => (a < b ? -1 : 1)));
      const typeName = summaries.find((s) => s.list.id === 'typeName')!;
      expect(typeName.list.nameVi).toBe('Tên loại tài liệu');
      expect(typeName.latest).toEqual({
        version: 1,
        validFrom: '2025-07-01',
        publishedAt: expect.any(String),
        digest: SEED_DIGESTS.typeName,
        items: 32,
      });
      for (const [id, digest] of Object.entries(SEED_DIGESTS)) {
        const stored = (await c.codeLists.getVersion(id))!;
        expect(stored.digest, id).toBe(digest);
        expect(codeListDigest(nodeHasher, stored), `${id} recomputed after the round trip`).toBe(digest);
      }
      expect((await c.codeLists.getVersion('typeName'))!.items[0]).toEqual({ code: '01', labelVi: 'Nghị quyết', labelEn: 'Resolution' });
    });

    it('lets two handles seed the same fresh catalogue at once: each list once, no failure', async () => {
      const fx = current();
      const second = await fx.openSecond();
      try {
        const seed = codeListSeed(nodeHasher);
        const [a, b] = fx.parallelWriters
          ? await Promise.all([c.codeLists.seed(seed), second.codeLists.seed(seed)])
          : [await c.codeLists.seed(seed), await second.codeLists.seed(seed)];
        expect([...a, ...b].sort()).toEqual(seed.map((s) => s.list.id).sort());
        expect(await second.codeLists.listCodeLists()).toHaveLength(seed.length);
      } finally {
        await second.close();
      }
    });

    it('round-trips versions exactly, items in code order, optional fields absent when unset', async () => {
      await c.codeLists.putCodeList(LIST);
      expect(await c.codeLists.getCodeList(LIST.id)).toEqual(LIST);
      await c.codeLists.putCodeList({ ...LIST, source: 'Phụ lục II' });
      expect((await c.codeLists.getCodeList(LIST.id))?.source).toBe('Phụ lục II');
      await c.codeLists.putVersion(V1);
      await c.codeLists.putVersion(V2);
      expect(await c.codeLists.getVersion(LIST.id, { version: 1 })).toEqual(V1);
      expect(await c.codeLists.getVersion(LIST.id)).toEqual(V2);
      expect(await c.codeLists.history(LIST.id)).toEqual([V1, V2]);
      expect(await c.codeLists.getVersion(LIST.id, { version: 3 })).toBeUndefined();
      expect(await c.codeLists.getVersion('khongCo')).toBeUndefined();
      expect(await c.codeLists.getCodeList('khongCo')).toBeUndefined();
      expect(await c.codeLists.history('khongCo')).toEqual([]);
    });

    it('picks the version in force on a date', async () => {
      await c.codeLists.putCodeList(LIST);
      await c.codeLists.putVersion(V1);
      await c.codeLists.putVersion(V2);
      expect((await c.codeLists.getVersion(LIST.id, { at: '2025-12-31' }))?.version).toBe(1);
      expect((await c.codeLists.getVersion(LIST.id, { at: '2026-01-01' }))?.version).toBe(2);
      expect((await c.codeLists.getVersion(LIST.id, { at: at('2027-05-05') }))?.version).toBe(2);
      expect(await c.codeLists.getVersion(LIST.id, { at: '2020-01-01' })).toBeUndefined();
    });

    it('never edits a published version: a change must be the next number', async () => {
      await expect(c.codeLists.putVersion(V1)).rejects.toMatchObject({ code: 'DP-CODELIST-UNKNOWN' });
      await c.codeLists.putCodeList(LIST);
      await c.codeLists.putVersion(V1);
      const edited = v(1, '2025-07-01', [{ code: '01', labelVi: 'Đã sửa' }]);
      await expect(c.codeLists.putVersion(edited)).rejects.toBeInstanceOf(CodeListVersionConflict);
      await expect(c.codeLists.putVersion(edited)).rejects.toMatchObject({ code: 'DP-CODELIST-VERSION-EXISTS', expected: 2 });
      await expect(c.codeLists.putVersion({ ...V2, version: 3 })).rejects.toMatchObject({ code: 'DP-CODELIST-VERSION-GAP', expected: 2 });
      expect(await c.codeLists.history(LIST.id)).toEqual([V1]);
    });

    it('sorts codes by code point, as on SQLite, and keeps Vietnamese text byte for byte', async () => {
      await c.codeLists.putCodeList(LIST);
      const nfd = 'Mờ chữ'.normalize('NFD');
      const codes = ['b', 'B', '10', '9', '01', 'Đ', 'a'];
      await c.codeLists.putVersion({ ...V1, items: codes.map((code) => ({ code, labelVi: code === '9' ? nfd : `nhãn ${code}` })) });
      const stored = (await c.codeLists.getVersion(LIST.id))!;
      expect(stored.items.map((i) => i.code)).toEqual([...codes].sort());
      expect(stored.items.find((i) => i.code === '9')?.labelVi).toBe(nfd);
    });

    it('joins the catalogue transaction: a failure rolls the new version back', async () => {
      await c.codeLists.putCodeList(LIST);
      const boom = new Error('Lỗi giữa chừng');
      await expect(
        c.transaction(async (tx) => {
          await tx.codeLists.putVersion(V1);
          expect((await tx.codeLists.getVersion(LIST.id))?.version).toBe(1);
          throw boom;
        }),
      ).rejects.toBe(boom);
      expect(await c.codeLists.history(LIST.id)).toEqual([]);
      await c.transaction(async (tx) => {
        await tx.codeLists.putVersion(V1);
        await tx.codeLists.putVersion(V2);
      });
      expect((await c.codeLists.history(LIST.id)).map((x) => x.version)).toEqual([1, 2]);
    });
  });
}
