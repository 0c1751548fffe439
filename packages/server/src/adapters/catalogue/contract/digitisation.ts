import type { Catalogue, DigitisationBatch, DigitisedDocument } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

const batch = (id: string, over: Partial<DigitisationBatch> = {}): DigitisationBatch => ({
  id,
  name: 'Đợt số hóa phông UBND tỉnh 2024',
  unitId: 'province-lao-cai',
  listId: 'DS-2026-lao-cai',
  state: 'planned',
  files: [{ fileCode: 'G09.2024.01.001', title: 'Hồ sơ quy hoạch đô thị', expectedPages: 12 }],
  operator: 'Trần Văn Quét',
  equipment: 'Máy quét Fujitsu fi-7600',
  dueDate: '2026-12-31',
  createdBy: 'lưu trữ viên',
  createdAt: T(1),
  updatedAt: T(1),
  runStartedAt: null,
  runStartPages: 0,
  note: '',
  closedAt: null,
  ...over,
});

const doc = (ordinal: number, over: Partial<DigitisedDocument> = {}): DigitisedDocument => ({
  batchId: 'b1',
  fileCode: 'G09.2024.01.001',
  ordinal,
  state: 'received',
  sources: [`G09.2024.01.001.${String(ordinal).padStart(7, '0')}.tif`],
  pages: 3,
  findings: [],
  pageInfo: [],
  pdfSha256: null,
  keptAsIs: false,
  kind: 'doc',
  facts: {},
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  updatedAt: T(2),
  ...over,
});

/** Digitisation batches and documents: kept as given (NFC), scoped by unit, the review queue and figures. */
export function digitisationContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('digitisation', () => {
    it('keeps a batch and replaces it by id, names in NFC', async () => {
      const b = batch('b1', { operator: 'Tra\u0302\u0300n Văn Quét'.normalize('NFD') });
      await c.digitisation.putBatch(b);
      expect(await c.digitisation.getBatch('b1')).toEqual({ ...b, operator: 'Trần Văn Quét' });
      await c.digitisation.putBatch({ ...b, state: 'receiving', runStartedAt: T(3), runStartPages: 4, updatedAt: T(3) });
      expect((await c.digitisation.getBatch('b1'))?.state).toBe('receiving');
      expect((await c.digitisation.getBatch('b1'))?.runStartPages).toBe(4);
      await c.digitisation.putBatch({ ...b, state: 'rejected', closedAt: T(5), updatedAt: T(5) });
      expect((await c.digitisation.getBatch('b1'))?.closedAt).toBe(T(5));
      expect(await c.digitisation.getBatch('không-có')).toBeUndefined();
    });

    it('lists batches newest first, by units, list and state; an empty scope sees none', async () => {
      await c.digitisation.putBatch(batch('b1', { createdAt: T(1) }));
      await c.digitisation.putBatch(batch('b2', { createdAt: T(5), unitId: 'province-yen-bai', listId: null, state: 'stored' }));
      const ids = async (f?: Parameters<Catalogue['digitisation']['listBatches']>[0]) =>
        (await c.digitisation.listBatches(f)).map((b) => b.id);
      expect(await ids()).toEqual(['b2', 'b1']);
      expect(await ids({ unitIds: ['province-lao-cai'] })).toEqual(['b1']);
      expect(await ids({ unitIds: [] })).toEqual([]);
      expect(await ids({ listId: 'DS-2026-lao-cai' })).toEqual(['b1']);
      expect(await ids({ state: 'stored' })).toEqual(['b2']);
    });

    it('keeps documents by (batch, file, ordinal) with findings and pages; the review queue is scoped', async () => {
      await c.digitisation.putBatch(batch('b1'));
      await c.digitisation.putBatch(batch('b2', { unitId: 'province-yen-bai', name: 'Đợt Yên Bái' }));
      const finding = { code: 'DP-SCAN-SKEW', severity: 'warning' as const, vi: 'Trang 2 nghiêng 4°', en: 'Page 2 skewed 4°', page: 2 };
      await c.digitisation.putDocument(doc(2, { state: 'review', findings: [finding], updatedAt: T(4) }));
      await c.digitisation.putDocument(doc(1, { state: 'accepted' }));
      await c.digitisation.putDocument(
        doc(1, { batchId: 'b2', state: 'review', updatedAt: T(3), kind: 'media', facts: { playTime: '0:01:05', typeMedia: '02' } }),
      );
      expect((await c.digitisation.listDocuments('b1')).map((d) => d.ordinal)).toEqual([1, 2]);
      expect(await c.digitisation.getDocument('b1', 'G09.2024.01.001', 2)).toEqual(
        doc(2, { state: 'review', findings: [finding], updatedAt: T(4) }),
      );
      expect((await c.digitisation.listDocuments('b1', { state: 'review' })).map((d) => d.ordinal)).toEqual([2]);
      const queue = await c.digitisation.listReview();
      expect(queue.map((d) => [d.batchId, d.ordinal, d.unitId])).toEqual([
        ['b2', 1, 'province-yen-bai'],
        ['b1', 2, 'province-lao-cai'],
      ]);
      expect((await c.digitisation.listReview({ unitIds: ['province-lao-cai'] })).map((d) => d.batchName)).toEqual([
        'Đợt số hóa phông UBND tỉnh 2024',
      ]);
      expect(await c.digitisation.listReview({ unitIds: [] })).toEqual([]);
      await c.digitisation.putDocument(
        doc(2, {
          state: 'stored',
          pdfSha256: 'ab'.repeat(32),
          keptAsIs: true,
          decidedBy: 'Lê Thị Duyệt',
          decidedAt: T(5),
          decisionNote: 'Trang nghiêng nhẹ, đọc được',
          updatedAt: T(6),
        }),
      );
      const stored = await c.digitisation.getDocument('b1', 'G09.2024.01.001', 2);
      expect(stored).toMatchObject({
        state: 'stored',
        keptAsIs: true,
        decidedBy: 'Lê Thị Duyệt',
        decisionNote: 'Trang nghiêng nhẹ, đọc được',
      });
    });

    it('counts stored documents and pages per unit and period', async () => {
      await c.digitisation.putBatch(batch('b1'));
      await c.digitisation.putBatch(batch('b2', { unitId: 'province-yen-bai' }));
      await c.digitisation.putDocument(doc(1, { state: 'stored', pages: 3, updatedAt: T(2) }));
      await c.digitisation.putDocument(doc(2, { state: 'stored', pages: 5, updatedAt: T(8) }));
      await c.digitisation.putDocument(doc(3, { state: 'rejected', pages: 2, updatedAt: T(2) }));
      await c.digitisation.putDocument(doc(1, { batchId: 'b2', state: 'stored', pages: 7 }));
      expect(await c.digitisation.figures()).toEqual({ batches: 2, documentsStored: 3, pagesStored: 15, documentsRejected: 1 });
      expect(await c.digitisation.figures({ unitIds: ['province-lao-cai'] })).toEqual({
        batches: 1,
        documentsStored: 2,
        pagesStored: 8,
        documentsRejected: 1,
      });
      expect(await c.digitisation.figures({ unitIds: ['province-lao-cai'], from: T(5) })).toEqual({
        batches: 1,
        documentsStored: 1,
        pagesStored: 5,
        documentsRejected: 0,
      });
      expect(await c.digitisation.figures({ unitIds: [] })).toEqual({
        batches: 0,
        documentsStored: 0,
        pagesStored: 0,
        documentsRejected: 0,
      });
    });

    it('joins the catalogue transaction', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.digitisation.putBatch(batch('t1'));
          expect(await tx.digitisation.getBatch('t1')).toBeDefined();
          throw new Error('rollback');
        }),
      ).rejects.toThrow('rollback');
      expect(await c.digitisation.getBatch('t1')).toBeUndefined();
    });
  });
}
