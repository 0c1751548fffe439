import type { Catalogue, ObjectFileEntry, Site } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { BIG, OID, T, copy, file, object, seed, site, version } from './fixtures.js';

/** Sites, catalogue files, backup objects, versions, version files and copies. */
export function objectsContract(current: () => CatalogueFixture): void {
  let fx: CatalogueFixture;
  let c: Catalogue;
  beforeEach(() => {
    fx = current();
    c = fx.catalogue;
  });

  describe('sites', () => {
    it('round-trips, replaces by name, sets online, lists by name', async () => {
      await c.putSite(site('trung', 'trung'));
      await c.putSite(site('bac'));
      expect(await c.getSite('bac')).toEqual(site('bac'));
      const moved: Site = { ...site('bac', 'nam'), medium: 'tape', online: false, settings: { path: '/mnt/băng-từ' } };
      await c.putSite(moved);
      expect(await c.getSite('bac')).toEqual(moved);
      await c.setSiteOnline('bac', true);
      expect((await c.getSite('bac'))?.online).toBe(true);
      expect((await c.listSites()).map((s) => s.name)).toEqual(['bac', 'trung']);
      expect(await c.getSite('khong-co')).toBeUndefined();
      await expect(c.setSiteOnline('khong-co', false)).rejects.toThrow(/khong-co/);
    });
  });

  describe('catalogue files and objects', () => {
    it('round-trips files with Vietnamese titles and keeps their exact bytes (NFC and NFD)', async () => {
      const nfd = 'Hồ sơ Đà Nẵng'.normalize('NFD');
      await c.putFile(file('G01.001'));
      await c.putFile(file('G01.002', nfd));
      expect(await c.getFile('G01.001')).toEqual(file('G01.001'));
      expect((await c.getFile('G01.002'))?.title).toBe(nfd);
      await c.putFile({ ...file('G01.001', 'Tên mới của hồ sơ'), updatedAt: T(2) });
      expect(await c.getFile('G01.001')).toEqual({ ...file('G01.001', 'Tên mới của hồ sơ'), updatedAt: T(2) });
      expect(await c.countFiles()).toBe(2);
      expect(await c.getFile('G01.999')).toBeUndefined();
    });

    it('round-trips objects, finds them by file code, upserts, pages and counts', async () => {
      for (const n of [3, 1, 2]) await c.putObject(object(n));
      expect(await c.getObject(OID(1))).toEqual(object(1));
      expect(await c.getObjectByFileCode(object(2).fileCode)).toEqual(object(2));
      await c.putObject({ ...object(1, 4), updatedAt: T(9) });
      expect(await c.getObject(OID(1))).toEqual({ ...object(1, 4), updatedAt: T(9) });
      expect((await c.listObjects()).map((o) => o.id)).toEqual([OID(1), OID(2), OID(3)]);
      expect((await c.listObjects({ limit: 2 })).map((o) => o.id)).toEqual([OID(1), OID(2)]);
      expect((await c.listObjects({ limit: 1, offset: 1 })).map((o) => o.id)).toEqual([OID(2)]);
      expect((await c.listObjects({ offset: 2 })).map((o) => o.id)).toEqual([OID(3)]);
      expect(await c.countObjects()).toBe(3);
      expect(await c.getObject(OID(99))).toBeUndefined();
      expect(await c.getObjectByFileCode('none')).toBeUndefined();
    });

    it('keeps versions in order, upserts them, and round-trips sizes above 2^32 exactly', async () => {
      await c.putObject(object(1, 2));
      await c.putVersion(version(1, 2, BIG));
      await c.putVersion(version(1, 1, 5_000_000_000));
      expect(await c.listVersions(OID(1))).toEqual([version(1, 1, 5_000_000_000), version(1, 2, BIG)]);
      await c.putVersion({ ...version(1, 2, Number.MAX_SAFE_INTEGER), message: 'Chuyển đổi định dạng sang PDF/A' });
      expect((await c.listVersions(OID(1)))[1]).toEqual({
        ...version(1, 2, Number.MAX_SAFE_INTEGER),
        message: 'Chuyển đổi định dạng sang PDF/A',
      });
      expect(await c.listVersions(OID(2))).toEqual([]);
    });

    it('replaces version file entries, lists them by path, counts them', async () => {
      await seed(c, 1);
      await c.putVersion(version(1, 2));
      const entry = (path: string, size: number, v = 1): ObjectFileEntry => ({
        objectId: OID(1),
        version: v,
        logicalPath: path,
        sha256: 'a'.repeat(64),
        size,
      });
      await c.putVersionFiles(OID(1), 1, [entry('Văn bản/Tờ trình.pdf', BIG), entry('Mục lục.xml', 12)]);
      await c.putVersionFiles(OID(1), 2, [entry('Mục lục.xml', 13, 2)]);
      expect(await c.listVersionFiles(OID(1), 1)).toEqual([entry('Mục lục.xml', 12), entry('Văn bản/Tờ trình.pdf', BIG)]);
      expect(await c.countVersionFiles()).toBe(3);
      await c.putVersionFiles(OID(1), 1, [entry('Ảnh/trang 001.tif', 7)]);
      expect(await c.listVersionFiles(OID(1), 1)).toEqual([entry('Ảnh/trang 001.tif', 7)]);
      expect(await c.countVersionFiles()).toBe(2);
      // An entry of another version is refused and the replacement is all or nothing.
      await expect(c.putVersionFiles(OID(1), 1, [entry('a.txt', 1), entry('b.txt', 1, 2)])).rejects.toThrow();
      expect(await c.listVersionFiles(OID(1), 1)).toEqual([entry('Ảnh/trang 001.tif', 7)]);
      // Many entries (more than one insert batch).
      const many = Array.from({ length: 1234 }, (_, i) => entry(`trang/${String(i).padStart(5, '0')}.tif`, i));
      await c.putVersionFiles(OID(1), 1, many);
      expect(await c.listVersionFiles(OID(1), 1)).toEqual(many);
    });
  });

  describe('copies', () => {
    it('round-trips, replaces by (object, site), lists by object, site and status', async () => {
      await seed(c, 2);
      await c.putCopy(copy(1, 'trung'));
      await c.putCopy(copy(1, 'bac', { status: 'damaged', detail: 'Sai mã băm: Văn bản/Tờ trình.pdf', verifiedAt: T(3) }));
      await c.putCopy(copy(2, 'bac', { status: 'pending' }));
      expect(await c.getCopy(OID(1), 'bac')).toEqual(
        copy(1, 'bac', { status: 'damaged', detail: 'Sai mã băm: Văn bản/Tờ trình.pdf', verifiedAt: T(3) }),
      );
      await c.putCopy(copy(1, 'bac', { version: 2, verifiedAt: T(4) }));
      expect(await c.getCopy(OID(1), 'bac')).toEqual(copy(1, 'bac', { version: 2, verifiedAt: T(4) }));
      expect((await c.listCopies(OID(1))).map((x) => x.site)).toEqual(['bac', 'trung']);
      expect((await c.listCopiesBySite('bac')).map((x) => x.objectId)).toEqual([OID(1), OID(2)]);
      expect(await c.listCopiesByStatus('pending')).toEqual([copy(2, 'bac', { status: 'pending' })]);
      expect(await c.listCopiesByStatus('damaged')).toEqual([]);
      expect(await c.getCopy(OID(2), 'nam')).toBeUndefined();
    });

    it('lists copies due: never verified first, then oldest; `before` is exclusive; site and limit filter', async () => {
      await seed(c, 4);
      await c.putCopy(copy(1, 'bac', { verifiedAt: T(5) }));
      await c.putCopy(copy(2, 'bac', { verifiedAt: T(2) }));
      await c.putCopy(copy(3, 'bac'));
      await c.putCopy(copy(4, 'bac', { verifiedAt: T(10) })); // equal to `before`: not due
      await c.putCopy(copy(1, 'nam', { verifiedAt: T(1) }));
      await c.putCopy(copy(2, 'nam'));
      const due = await c.listCopiesDue(T(10));
      expect(due.map((x) => [x.objectId, x.site])).toEqual([
        [OID(2), 'nam'],
        [OID(3), 'bac'],
        [OID(1), 'nam'],
        [OID(2), 'bac'],
        [OID(1), 'bac'],
      ]);
      expect((await c.listCopiesDue(T(10), { site: 'bac' })).map((x) => x.objectId)).toEqual([OID(3), OID(2), OID(1)]);
      expect((await c.listCopiesDue(T(10), { site: 'bac', limit: 2 })).map((x) => x.objectId)).toEqual([OID(3), OID(2)]);
      expect((await c.listCopiesDue(T(1))).map((x) => [x.objectId, x.site])).toEqual([
        [OID(2), 'nam'],
        [OID(3), 'bac'],
      ]);
    });

    it('counts audit coverage: copies verified since a time, never verified, the oldest verification', async () => {
      expect(await c.copyCoverage(T(5))).toEqual({ copies: 0, verifiedSince: 0, neverVerified: 0, oldest: null });
      await seed(c, 3);
      await c.putCopy(copy(1, 'bac', { verifiedAt: T(2) }));
      await c.putCopy(copy(2, 'bac', { verifiedAt: T(5) }));
      await c.putCopy(copy(3, 'bac', { verifiedAt: T(8) }));
      await c.putCopy(copy(1, 'nam'));
      expect(await c.copyCoverage(T(5))).toEqual({ copies: 4, verifiedSince: 2, neverVerified: 1, oldest: T(2) });
    });

    it('sums site usage from the versions held, above 2^32, leaving out missing copies', async () => {
      await seed(c, 3);
      await c.putVersion(version(1, 2, BIG));
      await c.putVersion(version(2, 1, 5_000_000_000));
      await c.putCopy(copy(1, 'bac', { version: 2 }));
      await c.putCopy(copy(2, 'bac', { status: 'damaged' }));
      await c.putCopy(copy(3, 'bac', { status: 'missing' }));
      await c.putCopy(copy(3, 'nam'));
      expect(await c.siteUsage('bac')).toEqual({ objects: 2, bytes: BIG + 5_000_000_000 });
      expect(await c.siteUsage('nam')).toEqual({ objects: 1, bytes: 1000 });
      expect(await c.siteUsage('trung')).toEqual({ objects: 0, bytes: 0 });
    });
  });
}
