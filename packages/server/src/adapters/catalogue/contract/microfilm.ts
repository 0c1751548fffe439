import type { Catalogue, FilmDuplicate, FilmInspection, MicrofilmReel } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

export const reel = (id: string, over: Partial<MicrofilmReel> = {}): MicrofilmReel => ({
  id,
  code: `VP-15-${id}`,
  unitId: 'province-lao-cai',
  filmType: '35mm',
  generation: 'master',
  filmedDate: '1998-06-15',
  frameCount: 600,
  reductionRatio: '1:14',
  standard: 'ISO 6199',
  notes: 'Chụp tại Trung tâm Bảo hiểm tài liệu lưu trữ quốc gia',
  createdAt: T(2),
  updatedAt: T(2),
  ...over,
});

export const duplicate = (id: string, reelId: string, over: Partial<FilmDuplicate> = {}): FilmDuplicate => ({
  id,
  reelId,
  code: `B-${id}`,
  generation: 'duplicate-negative',
  location: 'Kho dự phòng Đà Lạt',
  medium: 'polyester',
  createdDate: '1999-01-10',
  condition: '01',
  notes: '',
  createdAt: T(3),
  updatedAt: T(3),
  ...over,
});

const inspection = (id: string, duplicateId: string, date: string, over: Partial<FilmInspection> = {}): FilmInspection => ({
  id,
  duplicateId,
  date,
  inspector: 'Trần Thị Kiểm',
  signs: ['tray-xuoc'],
  readable: true,
  condition: '02',
  notes: 'Xước nhẹ ở đầu cuộn',
  createdAt: T(4),
  ...over,
});

/** Microfilm: reels, frames replaced as a whole, copies, inspections in date order, figures per unit and period. */
export function microfilmContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('microfilm', () => {
    it('keeps a reel as given (NFC), finds it by id and code, replaces it by id', async () => {
      const r = reel('0001', { notes: 'Phim bi\u0323 xước'.normalize('NFD') });
      await c.microfilm.putReel(r);
      expect(await c.microfilm.getReel('0001')).toEqual({ ...r, notes: r.notes.normalize('NFC') });
      expect((await c.microfilm.getReelByCode('VP-15-0001'))?.id).toBe('0001');
      await c.microfilm.putReel({ ...r, frameCount: 700, updatedAt: T(5) });
      expect((await c.microfilm.getReel('0001'))?.frameCount).toBe(700);
      expect(await c.microfilm.getReel('không-có')).toBeUndefined();
    });

    it('lists reels by code, by units and by the file their frames hold', async () => {
      await c.microfilm.putReel(reel('0002'));
      await c.microfilm.putReel(reel('0001', { unitId: 'province-yen-bai' }));
      await c.microfilm.putReel(reel('0003', { unitId: null }));
      await c.microfilm.putFrames('0002', [
        { reelId: '0002', fileCode: 'H15.01.2006.001', documentId: null, frameFrom: 1, frameTo: 200 },
        { reelId: '0002', fileCode: 'H15.01.2006.002', documentId: 'H15.01.2006.002.0000001', frameFrom: 201, frameTo: 260 },
      ]);
      await c.microfilm.putFrames('0001', [{ reelId: '0001', fileCode: 'H15.01.2006.001', documentId: null, frameFrom: 1, frameTo: 50 }]);
      const ids = async (f: Parameters<Catalogue['microfilm']['listReels']>[0]) => (await c.microfilm.listReels(f)).map((r) => r.id);
      expect(await ids({})).toEqual(['0001', '0002', '0003']);
      expect(await ids({ unitIds: ['province-lao-cai'] })).toEqual(['0002']);
      expect(await ids({ unitIds: [] })).toEqual([]);
      expect(await ids({ fileCode: 'H15.01.2006.001' })).toEqual(['0001', '0002']);
      expect(await ids({ fileCode: 'H15.01.2006.002', unitIds: ['province-yen-bai'] })).toEqual([]);
      expect((await c.microfilm.framesOfFile('H15.01.2006.001')).map((f) => [f.reelId, f.frameFrom, f.frameTo])).toEqual([
        ['0001', 1, 50],
        ['0002', 1, 200],
      ]);
    });

    it('replaces a reel’s frame ranges as a whole, in frame order', async () => {
      await c.microfilm.putReel(reel('0001'));
      await c.microfilm.putFrames('0001', [
        { reelId: '0001', fileCode: 'B', documentId: null, frameFrom: 101, frameTo: 200 },
        { reelId: '0001', fileCode: 'A', documentId: null, frameFrom: 1, frameTo: 100 },
      ]);
      expect((await c.microfilm.listFrames('0001')).map((f) => f.fileCode)).toEqual(['A', 'B']);
      await c.microfilm.putFrames('0001', [{ reelId: '0001', fileCode: 'C', documentId: null, frameFrom: 5, frameTo: 9 }]);
      expect(await c.microfilm.listFrames('0001')).toEqual([{ reelId: '0001', fileCode: 'C', documentId: null, frameFrom: 5, frameTo: 9 }]);
      await c.microfilm.putFrames('0001', []);
      expect(await c.microfilm.listFrames('0001')).toEqual([]);
    });

    it('keeps copies and their inspections, oldest inspection first', async () => {
      await c.microfilm.putReel(reel('0001'));
      const d = duplicate('d1', '0001', { location: 'Kho Trung tâm Lưu trữ quốc gia III' });
      await c.microfilm.putDuplicate(d);
      await c.microfilm.putDuplicate(duplicate('d0', '0001', { code: 'A-gốc', generation: 'master', createdDate: null }));
      expect(await c.microfilm.getDuplicate('d1')).toEqual(d);
      expect((await c.microfilm.listDuplicates('0001')).map((x) => x.code)).toEqual(['A-gốc', 'B-d1']);
      await c.microfilm.putDuplicate({ ...d, condition: '03', updatedAt: T(6) });
      expect((await c.microfilm.getDuplicate('d1'))?.condition).toBe('03');
      await c.microfilm.addInspection(
        inspection('i2', 'd1', '2026-03-10', { signs: ['hoi-chung-giam', 'phai-mau'], readable: false, condition: '03' }),
      );
      await c.microfilm.addInspection(inspection('i1', 'd1', '2025-11-02'));
      const list = await c.microfilm.listInspections('d1');
      expect(list.map((i) => i.id)).toEqual(['i1', 'i2']);
      expect(list[1]).toMatchObject({ signs: ['hoi-chung-giam', 'phai-mau'], readable: false, condition: '03' });
      expect(await c.microfilm.listInspections('d0')).toEqual([]);
    });

    it('counts reels, frames, files and copies by condition per unit, for reels filmed in the period', async () => {
      await c.microfilm.putReel(reel('0001', { filmedDate: '1998-02-01', frameCount: 600 }));
      await c.microfilm.putReel(reel('0002', { filmedDate: '1998-12-31', frameCount: 400 }));
      await c.microfilm.putReel(reel('0003', { filmedDate: '1999-01-01', frameCount: 300 }));
      await c.microfilm.putReel(reel('0004', { filmedDate: '1998-05-05', frameCount: 100, unitId: 'province-yen-bai' }));
      const range = (reelId: string, fileCode: string, frameFrom: number) => ({
        reelId,
        fileCode,
        documentId: null,
        frameFrom,
        frameTo: frameFrom + 9,
      });
      await c.microfilm.putFrames('0001', [range('0001', 'A', 1), range('0001', 'B', 11)]);
      await c.microfilm.putFrames('0002', [range('0002', 'B', 1), range('0002', 'C', 11)]);
      await c.microfilm.putFrames('0003', [range('0003', 'D', 1)]);
      await c.microfilm.putDuplicate(duplicate('d1', '0001', { condition: '01' }));
      await c.microfilm.putDuplicate(duplicate('d2', '0001', { code: 'B2', condition: '03' }));
      await c.microfilm.putDuplicate(duplicate('d3', '0002', { condition: '01' }));
      await c.microfilm.putDuplicate(duplicate('d4', '0003', { condition: '02' }));
      const year1998 = await c.microfilm.figures({ from: '1998-01-01', to: '1998-12-31' });
      expect(year1998).toEqual([
        {
          unitId: 'province-lao-cai',
          reels: 2,
          frames: 1000,
          filesCovered: 3,
          duplicates: 3,
          duplicatesByCondition: { '01': 2, '02': 0, '03': 1 },
        },
        {
          unitId: 'province-yen-bai',
          reels: 1,
          frames: 100,
          filesCovered: 0,
          duplicates: 0,
          duplicatesByCondition: { '01': 0, '02': 0, '03': 0 },
        },
      ]);
      expect((await c.microfilm.figures({ unitIds: ['province-yen-bai'] })).map((f) => f.unitId)).toEqual(['province-yen-bai']);
      expect(await c.microfilm.figures({ unitIds: [] })).toEqual([]);
      expect((await c.microfilm.figures())[0]).toMatchObject({ reels: 3, frames: 1300, filesCovered: 4, duplicates: 4 });
    });
  });
}
