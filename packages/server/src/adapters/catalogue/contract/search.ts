import type { Catalogue, SearchOptions } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { KyselyCatalogue } from '../kysely-catalogue.js';
import { fileRecord } from './description.js';
import type { CatalogueFixture } from './fixtures.js';
import { copy, file, object, T } from './fixtures.js';
import { AUTHORISED, brief, D1, D2, D3, D4, doc, F1, F2, F3, PUBLIC, seedDescription, STAFF } from './search-data.js';

/** `catalogue.search`: the same hits, order, totals and facets on every engine. */
export function searchContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  const find = (q: string, options: Partial<SearchOptions> = {}) => c.search.search(q, { allowedModes: STAFF, ...options });
  const codes = async (q: string, options: Partial<SearchOptions> = {}) => (await find(q, options)).hits.map((h) => h.code);

  describe('search', () => {
    beforeEach(async () => {
      c = current().catalogue;
      await seedDescription(c);
    });

    it('finds accented text from a folded query, exact matches first, ties by code', async () => {
      expect(brief((await find('Đà Nẵng')).hits)).toEqual([
        `file ${F1} 3`,
        `document ${D1} 3`,
        `document ${D2} 3`,
        `document ${D3} 3`,
        `file ${F2} 2`,
      ]);
      expect(brief((await find('da nang')).hits)).toEqual([
        `file ${F2} 3`,
        `file ${F1} 2`,
        `document ${D1} 2`,
        `document ${D2} 2`,
        `document ${D3} 2`,
      ]);
      expect(brief((await find('quyet dinh thanh lap')).hits)).toEqual([`document ${D1} 2`]);
    });

    it('is NFC/NFD-insensitive and folds đ/Đ to d', async () => {
      expect(await find('Quyết định'.normalize('NFD'))).toEqual(await find('Quyết định'));
      expect(brief((await find('dinh')).hits)).toEqual([`document ${D4} 2`, `document ${D1} 2`, `document ${D3} 2`]);
      expect(brief((await find('Đinh')).hits)).toEqual([`document ${D4} 3`, `document ${D1} 2`, `document ${D3} 2`]);
      expect(await codes('đinh tiên')).toEqual([D4]);
    });

    it('ranks whole words above prefixes and never matches inside a word', async () => {
      expect(brief((await find('quy')).hits)).toEqual([`file ${F2} 3`, `document ${D4} 1`, `document ${D1} 1`, `document ${D3} 1`]);
      expect(await codes('ang')).toEqual([]);
      expect(await codes('thành ph')).toEqual([F1, D1]);
    });

    it('matches "quoted phrases" as whole words in order', async () => {
      expect(await codes('"thành phố Đà Nẵng"')).toEqual([F1, D1]);
      expect(await codes('"thanh pho da nan"')).toEqual([]);
      expect(await codes('"Đà Nẵng thành phố"')).toEqual([]);
      expect(await codes('“địa giới” Đà')).toEqual([F1, D2]);
    });

    it('finds a record by its code, exactly or by prefix, ranked before text matches', async () => {
      expect(brief((await find(F1)).hits)).toEqual([`file ${F1} 5`, `document ${D1} 4`, `document ${D2} 4`, `document ${D3} 4`]);
      expect(brief((await find(D2.toLowerCase())).hits)).toEqual([`document ${D2} 5`]);
      expect(await codes('QN.20')).toEqual([F1, D1, D2, D3, F2]);
      expect(await codes('qn.2005')).toEqual([F2]);
      // LIKE's wildcards in a query are plain characters; levels apply as to any hit.
      expect(await codes('QN_2001')).toEqual([]);
      expect(await codes('QN%01')).toEqual([]);
      expect(await codes('BNV.2020', { allowedModes: PUBLIC })).toEqual([]);
      expect(await codes('BNV.2020')).toEqual([F3, D4]);
      // A record that only mentions the code in its text comes after the records the code names.
      await c.records.putDocument(doc('QN.2005.02.0000001', F2, 'Kèm theo hồ sơ QN.2001.01'));
      expect(brief((await find(F1)).hits).slice(-2)).toEqual([`document ${D3} 4`, `document QN.2005.02.0000001 3`]);
      expect(await codes(`"${F1}"`)).toEqual(['QN.2005.02.0000001']); // a quoted phrase is text only
      // Only ASCII letters are compared case-insensitively, on both engines.
      await c.records.putDocument(doc('ĐN.1999.01.0000001', F2, 'Tờ trình'));
      expect(await codes('ĐN.1999')).toEqual(['ĐN.1999.01.0000001']);
      expect(await codes('Đn.1999.01.0000001')).toEqual(['ĐN.1999.01.0000001']);
      expect(await codes('đN.1999')).toEqual([]);
    });

    it('returns hits with their file, fonds, year, effective level and highlights', async () => {
      const result = await find('Đà Nẵng quyết', { allowedModes: PUBLIC });
      expect(result.total).toBe(1);
      expect(result.hits).toEqual([
        {
          kind: 'document',
          code: D1,
          title: 'Quyết định thành lập thành phố Đà Nẵng',
          fileCode: F1,
          fondsCode: 'P_QN',
          year: 2001,
          mode: '01',
          score: 3,
          highlight: [
            [0, 5],
            [31, 33],
            [34, 38],
          ],
        },
      ]);
    });

    it('filters by fonds, unit, year range, type, medium, level and backup status', async () => {
      expect(await codes('', { filters: { fondsCode: 'P_BNV' } })).toEqual([F3, D4]);
      expect(await codes('quyết', { filters: { unitId: 'U_QN' } })).toEqual([D1, D3]);
      expect(await codes('', { filters: { yearFrom: 2002, yearTo: 2005 } })).toEqual([D2, F2]);
      expect(await codes('', { filters: { typeNames: ['22'] } })).toEqual([D2]);
      expect(await codes('', { filters: { medium: 'digital' } })).toEqual([F3, D4]);
      expect(await codes('', { filters: { medium: 'paper', kind: 'file' } })).toEqual([F1, F2]);
      expect(await codes('', { filters: { modes: ['02'] } })).toEqual([D2, F2]);
      expect(await codes('', { filters: { backup: ['ok'] } })).toEqual([F1, D1, D2, D3]);
      expect(await codes('', { filters: { backup: ['damaged', 'none'] } })).toEqual([F3, D4, F2]);
      expect(await codes('', { filters: { modes: ['03'] }, allowedModes: PUBLIC })).toEqual([]);
    });

    it('counts facets over every visible match, not just the page', async () => {
      const all = await find('', { limit: 2, offset: 2 });
      expect(all.total).toBe(7);
      expect(all.hits.map((h) => h.code)).toEqual([F1, D1]);
      expect(all.facets).toEqual({
        fonds: [
          { value: 'P_QN', count: 5 },
          { value: 'P_BNV', count: 2 },
        ],
        year: [
          { value: '2001', count: 3 },
          { value: '2020', count: 2 },
          { value: '2002', count: 1 },
          { value: '2005', count: 1 },
        ],
        type: [
          { value: '02', count: 3 },
          { value: '22', count: 1 },
        ],
        mode: [
          { value: '03', count: 3 },
          { value: '01', count: 2 },
          { value: '02', count: 2 },
        ],
        backup: [
          { value: 'ok', count: 4 },
          { value: 'none', count: 2 },
          { value: 'damaged', count: 1 },
        ],
      });
    });

    it('never shows a record above the reader’s levels, not even in totals or facets', async () => {
      const pub = await find('', { allowedModes: PUBLIC });
      expect(pub.hits.map((h) => h.code)).toEqual([F1, D1]);
      expect(pub.facets.mode).toEqual([{ value: '01', count: 2 }]);
      expect(pub.facets.fonds).toEqual([{ value: 'P_QN', count: 2 }]);
      const secret = await find('nhân sự', { allowedModes: AUTHORISED });
      expect(secret).toEqual({ total: 0, hits: [], facets: { fonds: [], year: [], type: [], mode: [], backup: [] } });
      expect((await find('nhân sự')).total).toBe(1);
      // D4 is public itself but lies in a secret file; a file without a level counts as secret.
      expect(await codes('đền thờ', { allowedModes: AUTHORISED })).toEqual([]);
      expect(await codes('đền thờ')).toEqual([D4]);
      await c.putFile(file('HA.01', 'Hồ sơ phố cổ Hội An'));
      expect(await codes('hoi an', { allowedModes: AUTHORISED })).toEqual([]);
      expect(await codes('hoi an')).toEqual(['HA.01']);
      expect((await find('Đà Nẵng', { allowedModes: [] })).total).toBe(0);
    });

    it('sees writes at once, inside a transaction too, and never duplicates a rewritten record', async () => {
      await c.records.putDocument(doc(D2, F1, 'Công văn về địa giới Quảng Nam', { typeName: '22', mode: '02' }));
      expect(await codes('quang nam')).toEqual([D2]);
      expect(await codes('Đà Nẵng')).not.toContain(D2);
      await c.records.putDocument(doc(D1, F1, 'Quyết định thành lập thành phố Đà Nẵng'));
      await c.records.putFile({ ...fileRecord(F1, 'P_QN', 'Hồ sơ thành lập thành phố Đà Nẵng'), updatedAt: T(3) });
      expect(await codes('"thành phố Đà Nẵng"')).toEqual([F1, D1]);
      await c.transaction(async (tx) => {
        await tx.records.putFile(fileRecord('HA.02', 'P_QN', 'Hồ sơ bảo tồn Hội An'));
        expect((await tx.search.search('bảo tồn', { allowedModes: STAFF })).total).toBe(1);
      });
      expect(await codes('bao ton')).toEqual(['HA.02']);
    });

    it('follows copies, heads, file levels and fonds written after the records', async () => {
      expect(await codes('', { filters: { backup: ['ok'] } })).toEqual([F1, D1, D2, D3]);
      await c.putCopy(copy(1, 'nam', { version: 2, status: 'missing' }));
      expect(await codes('', { filters: { backup: ['damaged'] } })).toEqual([F1, D1, D2, D3, F2]);
      await c.putCopy(copy(1, 'nam', { version: 2 }));
      await c.putObject({ ...object(1, 3), fileCode: F1 }); // a new head: the copies are behind it
      expect(await codes('', { filters: { backup: ['pending'] } })).toEqual([F1, D1, D2, D3]);
      expect((await find('')).facets.backup).toEqual([
        { value: 'pending', count: 4 },
        { value: 'none', count: 2 },
        { value: 'damaged', count: 1 },
      ]);
      // The file becomes secret and moves to another fonds: its documents follow at once.
      const moved = fileRecord(F1, 'P_BNV', 'Hồ sơ thành lập thành phố Đà Nẵng');
      await c.records.putFile({ ...moved, fields: { ...moved.fields, mode: '03' } });
      expect(await codes('', { allowedModes: PUBLIC })).toEqual([]);
      expect((await find('"thành phố Đà Nẵng"')).hits.map((h) => `${h.code} ${h.fondsCode} ${h.mode}`)).toEqual([
        `${F1} P_BNV 03`,
        `${D1} P_BNV 03`,
      ]);
      expect(await codes('', { filters: { fondsCode: 'P_QN' } })).toEqual([F2]);
    });

    it('forgets deleted rows (the index follows every write)', async () => {
      if (!(c instanceof KyselyCatalogue)) return;
      await c.db.deleteFrom('documents').where('id', '=', D1).execute();
      expect(await codes('"thành phố Đà Nẵng"')).toEqual([F1]);
      await c.records.putDocument(doc(D1, F1, 'Quyết định thành lập thành phố Đà Nẵng'));
      expect(await codes('"thành phố Đà Nẵng"')).toEqual([F1, D1]);
      await c
        .transaction(async (tx) => {
          await tx.records.putDocument(doc('QN.2001.01.0000009', F1, 'Thành phố Đà Nẵng trước 1997'));
          throw new Error('huỷ');
        })
        .catch(() => undefined);
      expect(await codes('"thành phố Đà Nẵng"')).toEqual([F1, D1]);
    });
  });
}
