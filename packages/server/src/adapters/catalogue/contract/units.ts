import type { Catalogue, Succession, UnitVersion } from '@duphong/core';
import { buildUnitSeed } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';

const version = (unitId: string, validFrom: string, validTo: string | null, extra: Partial<UnitVersion> = {}): UnitVersion => ({
  unitId,
  validFrom,
  validTo,
  name: 'Yên Bái',
  shortName: null,
  type: 'tỉnh',
  adminCode: '15',
  agencyCode: null,
  parentId: null,
  verified: true,
  source: 'QĐ 124/2004/QĐ-TTg',
  note: null,
  ...extra,
});
const succession = (id: string, from: string[], to: string[], extra: Partial<Succession> = {}): Succession => ({
  id,
  date: '2025-07-01',
  kind: 'merger',
  from,
  to,
  note: 'Hợp nhất Lào Cai, Yên Bái thành tỉnh Lào Cai',
  verified: true,
  source: null,
  ...extra,
});

/** Units, their versions and successions (`Catalogue.units`), including the seed. */
export function unitsContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('units', () => {
    it('stores units and versions, lists a history oldest first and replaces a version by its start date', async () => {
      await c.units.putUnit({ id: 'province-yen-bai', kind: 'province' });
      await c.units.putUnit({ id: 'archives-department', kind: 'other' });
      await c.units.putUnit({ id: 'archives-department', kind: 'other' });
      expect(await c.units.listUnits()).toEqual([
        { id: 'archives-department', kind: 'other' },
        { id: 'province-yen-bai', kind: 'province' },
      ]);
      expect(await c.units.countUnits()).toBe(2);
      expect(await c.units.getUnit('none')).toBeUndefined();

      const later = version('province-yen-bai', '2020-01-01', '2025-06-30', { note: 'Ghi chú: trụ sở tại TP. Yên Bái', verified: false });
      const earlier = version('province-yen-bai', '2008-08-01', '2019-12-31', { shortName: 'YB', agencyCode: 'H63.1' });
      await c.units.putVersion(later);
      await c.units.putVersion(earlier);
      expect(await c.units.history('province-yen-bai')).toEqual([earlier, later]);

      const renamed = { ...later, name: 'Yên Bái (đã sửa)', validTo: null };
      await c.units.putVersion(renamed);
      expect(await c.units.history('province-yen-bai')).toEqual([earlier, renamed]);
      expect(await c.units.deleteVersion('province-yen-bai', '2008-08-01')).toBe(true);
      expect(await c.units.deleteVersion('province-yen-bai', '2008-08-01')).toBe(false);
      expect(await c.units.listVersions()).toEqual([renamed]);
    });

    it('lists the units in force at a date, both ends inclusive, filtered by kind and parent', async () => {
      await c.units.putUnit({ id: 'ministry-noi-vu', kind: 'ministry' });
      await c.units.putUnit({ id: 'archives-department', kind: 'other' });
      await c.units.putUnit({ id: 'province-yen-bai', kind: 'province' });
      await c.units.putUnit({ id: 'province-2025-lao-cai', kind: 'province' });
      await c.units.putVersion(
        version('ministry-noi-vu', '2008-08-01', null, { name: 'Bộ Nội vụ', type: 'bộ', adminCode: null, agencyCode: 'G09' }),
      );
      await c.units.putVersion(
        version('archives-department', '2008-08-01', null, {
          name: 'Cục Văn thư và Lưu trữ nhà nước',
          type: 'cục',
          adminCode: null,
          parentId: 'ministry-noi-vu',
        }),
      );
      await c.units.putVersion(version('province-yen-bai', '2008-08-01', '2025-06-30'));
      await c.units.putVersion(version('province-2025-lao-cai', '2025-07-01', null, { name: 'Lào Cai' }));

      const ids = async (date: string, filter?: Parameters<Catalogue['units']['listAt']>[1]) =>
        (await c.units.listAt(date, filter)).map((u) => u.unit.id);
      expect(await ids('2025-06-30')).toEqual(['province-yen-bai', 'ministry-noi-vu', 'archives-department']);
      expect(await ids('2025-07-01')).toEqual(['province-2025-lao-cai', 'ministry-noi-vu', 'archives-department']);
      expect(await ids('2008-07-31')).toEqual([]);
      expect(await ids('2025-07-01', { kind: 'province' })).toEqual(['province-2025-lao-cai']);
      expect(await ids('2025-07-01', { parentId: 'ministry-noi-vu' })).toEqual(['archives-department']);
      const [first] = await c.units.listAt('2030-01-01', { kind: 'ministry' });
      expect(first).toEqual({
        unit: { id: 'ministry-noi-vu', kind: 'ministry' },
        version: expect.objectContaining({ agencyCode: 'G09', name: 'Bộ Nội vụ' }),
      });
    });

    it('stores successions with their ordered from/to lists, replaces them by id and lists them per unit', async () => {
      for (const id of ['province-lao-cai', 'province-yen-bai', 'province-2025-lao-cai', 'province-ha-giang', 'province-2025-tuyen-quang'])
        await c.units.putUnit({ id, kind: 'province' });
      const laoCai = succession('merger-2025-lao-cai', ['province-yen-bai', 'province-lao-cai'], ['province-2025-lao-cai']);
      const tuyenQuang = succession('merger-2025-tuyen-quang', ['province-ha-giang'], ['province-2025-tuyen-quang'], {
        date: '2025-07-01',
        verified: false,
        source: 'DOMAIN.md §10',
      });
      await c.units.putSuccession(tuyenQuang);
      await c.units.putSuccession(laoCai);
      expect(await c.units.getSuccession('merger-2025-lao-cai')).toEqual(laoCai);
      expect(await c.units.listSuccessions()).toEqual([laoCai, tuyenQuang]);
      expect(await c.units.listSuccessions({ unitId: 'province-ha-giang' })).toEqual([tuyenQuang]);

      const fixed = { ...laoCai, from: ['province-lao-cai', 'province-yen-bai'], kind: 'rename' as const, note: 'Sửa' };
      await c.units.putSuccession(fixed);
      expect(await c.units.getSuccession(fixed.id)).toEqual(fixed);
      expect(await c.units.listSuccessions({ unitId: 'province-yen-bai' })).toEqual([fixed]);
      expect(await c.units.getSuccession('none')).toBeUndefined();
    });

    it('refuses a succession naming an unknown unit, leaving nothing behind', async () => {
      await c.units.putUnit({ id: 'province-yen-bai', kind: 'province' });
      await expect(c.units.putSuccession(succession('bad', ['province-yen-bai'], ['province-none']))).rejects.toThrow();
      expect(await c.units.listSuccessions()).toEqual([]);
    });

    it('works inside a transaction through tx.units, and rolls back with it', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.units.putUnit({ id: 'province-yen-bai', kind: 'province' });
          await tx.units.putVersion(version('province-yen-bai', '2008-08-01', null));
          expect(await tx.units.history('province-yen-bai')).toHaveLength(1);
          throw new Error('huỷ');
        }),
      ).rejects.toThrow('huỷ');
      expect(await c.units.countUnits()).toBe(0);
      await c.transaction(async (tx) => {
        await tx.units.putUnit({ id: 'province-yen-bai', kind: 'province' });
        await tx.units.seed({ units: [], versions: [version('province-yen-bai', '2008-08-01', null)], successions: [] });
      });
      expect(await c.units.history('province-yen-bai')).toHaveLength(1);
    });

    it('seeds once: 63 provinces before 01/07/2025, 34 after; a second run and people’s edits are left alone', async () => {
      const seed = buildUnitSeed();
      expect(await c.units.seed(seed)).toEqual({
        units: seed.units.length,
        versions: seed.versions.length,
        successions: seed.successions.length,
      });
      expect((await c.units.listAt('2025-06-30', { kind: 'province' })).length).toBe(63);
      const now = await c.units.listAt('2025-07-01', { kind: 'province' });
      expect(now.length).toBe(34);
      expect(now.map((u) => u.version.adminCode).slice(0, 3)).toEqual(['01', '04', '08']);
      expect(now.find((u) => u.version.adminCode === '15')?.version.name).toBe('Lào Cai');

      const edited = { ...(now[0]?.version as UnitVersion), note: 'Sửa tay' };
      await c.units.putVersion(edited);
      expect(await c.units.seed(seed)).toEqual({ units: 0, versions: 0, successions: 0 });
      expect((await c.units.history(edited.unitId)).at(-1)?.note).toBe('Sửa tay');
      expect(await c.units.listSuccessions()).toEqual(
        [...seed.successions].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1)),
      );
    });
  });
}
