import { parseQuery, type AccessMode, type Catalogue, type PortalQuery, type PortalRecord } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

const rec = (n: number, title: string, over: Partial<PortalRecord> = {}): PortalRecord => ({
  peerId: 'tinh-lao-cai',
  oaiId: `oai:tinh-lao-cai:LC.${n}`,
  fileCode: `LC.${n}`,
  title,
  dates: null,
  fondsCode: 'P01',
  fondsName: 'Phông UBND tỉnh',
  unit: 'province-lao-cai',
  province: 'Lào Cai',
  access: '01' as AccessMode,
  url: `https://lc.example/#/ho-so/LC.${n}`,
  datestamp: '2026-12-01T00:00:00Z',
  ...over,
});

export function portalContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });
  const q = (text: string, over: Partial<PortalQuery> = {}) =>
    c.portal.search({ query: parseQuery(text), levels: ['01'], limit: 20, offset: 0, countCap: 1000, ...over });
  const codes = async (text: string, over: Partial<PortalQuery> = {}) => (await q(text, over)).hits.map((h) => h.fileCode);

  describe('national portal records', () => {
    it('matches folded words, a last word as a prefix, phrases in order; the same on both engines', async () => {
      await c.portal.putRecords([
        rec(1, 'Hồ sơ thành lập tỉnh Hà Nội'),
        rec(2, 'Quyết định về Nội vụ Hà Giang'),
        rec(3, 'Tài liệu quy hoạch'.normalize('NFD')),
      ]);
      expect(await codes('ha noi')).toEqual(['LC.1', 'LC.2']);
      expect(await codes('"ha noi"')).toEqual(['LC.1']);
      expect(await codes('"noi ha"')).toEqual([]);
      expect(await codes('quy')).toEqual(['LC.2', 'LC.3']);
      expect(await codes('quyhoach')).toEqual([]);
      expect(await codes('tai lieu quy hoach')).toEqual(['LC.3']);
      expect(await codes('lc')).toEqual(['LC.1', 'LC.2', 'LC.3']); // ordered by title
      expect(
        (await c.portal.search({ query: parseQuery('LC.3'), levels: ['01'], limit: 20, offset: 0, countCap: 1000 })).hits[0]?.title,
      ).toBe('Tài liệu quy hoạch');
    });

    it('replaces by (peer, OAI id), deletes, counts per peer', async () => {
      await c.portal.putRecords([rec(1, 'Cũ'), rec(2, 'Khác', { peerId: 'bo-noi-vu', oaiId: 'oai:bo-noi-vu:LC.2' })]);
      await c.portal.putRecords([rec(1, 'Mới')]);
      expect(await c.portal.countRecords()).toBe(2);
      expect(await c.portal.countRecords('tinh-lao-cai')).toBe(1);
      expect(await codes('moi')).toEqual(['LC.1']);
      expect(await codes('cu')).toEqual([]);
      await c.portal.deleteRecord('tinh-lao-cai', 'oai:tinh-lao-cai:LC.1');
      expect(await c.portal.countRecords()).toBe(1);
    });

    it('shows levels everywhere and more only in scoped units; filters; caps the count and the facets', async () => {
      await c.portal.putRecords([
        rec(1, 'Hồ sơ một', { access: '01' }),
        rec(2, 'Hồ sơ hai', { access: '02' }),
        rec(3, 'Hồ sơ ba', { access: '03', unit: 'province-ha-noi', province: 'Hà Nội', fondsCode: 'P02' }),
        rec(4, 'Hồ sơ bốn', { province: 'Hà Nội', unit: 'province-ha-noi', fondsCode: 'P02' }),
      ]);
      expect(await codes('ho so')).toEqual(['LC.4', 'LC.1']);
      expect(await codes('ho so', { scoped: { levels: ['02', '03'], units: ['province-lao-cai'] } })).toEqual(['LC.4', 'LC.2', 'LC.1']);
      expect(await codes('ho so', { scoped: { levels: ['02', '03'], units: 'all' } })).toEqual(['LC.3', 'LC.4', 'LC.2', 'LC.1']);
      expect(await codes('ho so', { province: 'Hà Nội' })).toEqual(['LC.4']);
      expect(await codes('', { fonds: 'P01' })).toEqual(['LC.1']);
      const capped = await q('ho so', { scoped: { levels: ['02', '03'], units: 'all' }, countCap: 3 });
      expect([capped.total, capped.totalCapped, capped.hits.length]).toEqual([3, true, 3]);
      const all = await q('', { scoped: { levels: ['02', '03'], units: 'all' } });
      expect(all.facets).toEqual({
        province: [
          { value: 'Hà Nội', count: 2 },
          { value: 'Lào Cai', count: 2 },
        ],
        fonds: [
          { value: 'P01', count: 2 },
          { value: 'P02', count: 2 },
        ],
      });
      expect((await q('', { offset: 1, limit: 1 })).hits.map((h) => h.fileCode)).toEqual(['LC.1']);
    });

    it('keeps the harvest state and runs', async () => {
      await c.portal.putState({ peerId: 'p', lastFrom: null, resumptionToken: 't1', pendingFrom: '2026-12-01T00:00:00Z', updatedAt: T(1) });
      await c.portal.putState({ peerId: 'p', lastFrom: '2026-12-01T00:00:00Z', resumptionToken: null, pendingFrom: null, updatedAt: T(2) });
      expect(await c.portal.getState('p')).toEqual({
        peerId: 'p',
        lastFrom: '2026-12-01T00:00:00Z',
        resumptionToken: null,
        pendingFrom: null,
        updatedAt: T(2),
      });
      expect(await c.portal.getState('q')).toBeUndefined();
      const run = {
        id: 'r1',
        peerId: 'p',
        startedAt: T(1),
        endedAt: null,
        status: 'running' as const,
        pages: 0,
        records: 0,
        deleted: 0,
        refused: 0,
        error: null,
      };
      await c.portal.putRun(run);
      await c.portal.putRun({ ...run, status: 'ok', endedAt: T(2), pages: 2, records: 5 });
      await c.portal.putRun({ ...run, id: 'r2', startedAt: T(3) });
      expect((await c.portal.listRuns({ peerId: 'p' })).map((r) => [r.id, r.status, r.records])).toEqual([
        ['r2', 'running', 0],
        ['r1', 'ok', 5],
      ]);
      expect(await c.portal.listRuns({ peerId: 'x' })).toEqual([]);
    });
  });
}
