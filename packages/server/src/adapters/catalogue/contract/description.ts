import type { Catalogue, FileRecord, Fonds } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { T, file } from './fixtures.js';

export const fonds = (code: string, name = 'Phông Ủy ban nhân dân tỉnh Quảng Nam'): Fonds => ({
  code,
  name,
  kind: 'fonds',
  status: 'closed',
  unitId: null,
  fields: { history: 'Thành lập năm 1997, sáp nhập vào Đà Nẵng từ 01/07/2025', startYear: '1997', endYear: '2025' },
  legacy: { 'Số lượng (mét)': '12,5' },
  createdAt: T(1),
  updatedAt: T(1),
});

export const fileRecord = (code: string, fondsCode: string | null = 'P_UBND_QN', title = 'Hồ sơ về việc thành lập tỉnh'): FileRecord => ({
  code,
  fondsCode,
  title,
  fields: {
    arcFileCode: code,
    title,
    maintenance: '01',
    mode: '01',
    language: '01',
    startDate: '12/03/2001',
    endDate: '30/12/2001',
    keyword: 'thành lập; địa giới',
  },
  legacy: {},
  createdAt: T(1),
  updatedAt: T(1),
});

/** Fonds, files with TT05 fields, documents, holdings, inspections (catalogue.records). */
export function descriptionContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('archival description', () => {
    it('keeps fonds and files with their TT05 fields, NFC, upserted by code (created date kept)', async () => {
      await c.records.putFonds(fonds('P_UBND_QN'));
      await c.records.putFonds({ ...fonds('P_UBND_QN', 'Phông UBND tỉnh Quảng Nam'.normalize('NFD')), createdAt: T(5), updatedAt: T(5) });
      expect(await c.records.getFonds('P_UBND_QN')).toEqual({ ...fonds('P_UBND_QN', 'Phông UBND tỉnh Quảng Nam'), updatedAt: T(5) });
      await c.records.putFile(fileRecord('H49.64.33.2001.160'));
      await c.records.putFile(fileRecord('H49.64.33.2001.161', 'P_UBND_QN', 'Hồ sơ hội nghị'));
      await c.records.putFile(fileRecord('G09.2020.01', 'P_BNV', 'Hồ sơ Bộ Nội vụ'));
      expect(await c.records.getFile('H49.64.33.2001.160')).toEqual(fileRecord('H49.64.33.2001.160'));
      expect((await c.records.listFiles({ fondsCode: 'P_UBND_QN' })).map((f) => f.code)).toEqual([
        'H49.64.33.2001.160',
        'H49.64.33.2001.161',
      ]);
      expect((await c.records.listFiles({ limit: 1, offset: 1 })).map((f) => f.code)).toEqual(['H49.64.33.2001.160']);
      expect(await c.records.countFiles()).toBe(3);
      expect(await c.records.countFiles({ fondsCode: 'P_BNV' })).toBe(1);
      expect(await c.records.listFonds()).toHaveLength(1);
    });

    it('lists and counts files by effective access level, as search does (unknown counts as 03)', async () => {
      const open = fileRecord('HS.01');
      await c.records.putFile(open);
      await c.records.putFile({ ...fileRecord('HS.03'), fields: { ...open.fields, mode: '03' } });
      await c.records.putFile({ ...fileRecord('HS.KHONG-RO'), fields: { title: 'Chưa ghi chế độ sử dụng' } });
      const codes = async (modes: Array<'01' | '02' | '03'>) => (await c.records.listFiles({ modes })).map((f) => f.code);
      expect(await codes(['01', '02'])).toEqual(['HS.01']);
      expect(await codes(['03'])).toEqual(['HS.03', 'HS.KHONG-RO']);
      expect(await codes([])).toEqual([]);
      expect(await c.records.countFiles({ modes: ['01', '02'], fondsCode: 'P_UBND_QN' })).toBe(1);
      expect(await c.records.countFiles({ modes: ['01', '02', '03'] })).toBe(3);
    });

    it('ingest writing a file (code, title) keeps the description it already has', async () => {
      await c.records.putFile(fileRecord('H49.64.33.2001.160'));
      await c.putFile({ ...file('H49.64.33.2001.160', 'Tên mới của hồ sơ'), updatedAt: T(9) });
      const got = await c.records.getFile('H49.64.33.2001.160');
      expect(got?.title).toBe('Tên mới của hồ sơ');
      expect(got?.fields.keyword).toBe('thành lập; địa giới');
      expect(got?.fondsCode).toBe('P_UBND_QN');
    });

    it('keeps documents in ordinal order, holdings and inspections (newest first)', async () => {
      await c.records.putFile(fileRecord('F1'));
      for (const n of [3, 1, 2])
        await c.records.putDocument({
          id: `F1.000000${n}`,
          fileCode: 'F1',
          ordinal: n,
          kind: 'doc',
          fields: {
            subject: `Quyết định số ${n}/QĐ-UBND về việc thành lập`,
            typeName: '02',
            issuedDate: `0${n}/01/2001`,
            mode: n === 2 ? '03' : '01',
          },
          legacy: {},
          createdAt: T(1),
          updatedAt: T(1),
        });
      expect((await c.records.listDocuments('F1')).map((d) => d.ordinal)).toEqual([1, 2, 3]);
      expect((await c.records.getDocument('F1.0000002'))?.fields.mode).toBe('03');
      expect(await c.records.countDocuments({ fileCode: 'F1' })).toBe(3);
      await c.records.putHolding({
        id: 'h1',
        fondsCode: 'P_UBND_QN',
        fileCode: null,
        medium: 'paper',
        shelfMetres: 12.5,
        store: 'Kho 2',
        shelf: 'Giá 14',
        box: 'Hộp 301',
        condition: '03',
        createdAt: T(1),
        updatedAt: T(1),
      });
      expect((await c.records.listHoldings('P_UBND_QN'))[0]).toMatchObject({ shelfMetres: 12.5, condition: '03' });
      await c.records.addInspection({
        id: 'i1',
        recordKind: 'file',
        recordCode: 'F1',
        date: '2024-05-02',
        inspector: 'Nguyễn Thị Lan',
        signs: ['mun', 'gion'],
        readable: true,
        notes: 'Giấy mủn ở mép',
      });
      await c.records.addInspection({
        id: 'i2',
        recordKind: 'file',
        recordCode: 'F1',
        date: '2025-06-10',
        inspector: 'Trần Văn Minh',
        signs: ['mo-chu'],
        readable: false,
        notes: '',
      });
      expect((await c.records.listInspections('file', 'F1')).map((i) => [i.id, i.readable, i.signs])).toEqual([
        ['i2', false, ['mo-chu']],
        ['i1', true, ['mun', 'gion']],
      ]);
    });

    it('rolls back description writes with the transaction', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.records.putFonds(fonds('P_TAM'));
          await tx.records.putFile(fileRecord('TAM.01', 'P_TAM'));
          throw new Error('huỷ nhập');
        }),
      ).rejects.toThrow('huỷ nhập');
      expect(await c.records.getFonds('P_TAM')).toBeUndefined();
      expect(await c.records.countFiles()).toBe(0);
    });
  });
}
