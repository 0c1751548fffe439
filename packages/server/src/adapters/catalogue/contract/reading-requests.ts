import type { Catalogue, ReadingRequest } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

const request = (id: string, over: Partial<ReadingRequest> = {}): ReadingRequest => ({
  id,
  recordKind: 'file',
  recordCode: 'G09.2026.001',
  fileCode: 'G09.2026.001',
  title: 'Hồ sơ phê duyệt Đề án số hóa tài liệu lưu trữ',
  unitId: 'province-lao-cai',
  requesterId: 'u-doc-gia',
  requesterName: 'Nguyễn Thị Đọc',
  purpose: 'Nghiên cứu lịch sử hành chính tỉnh Lào Cai',
  state: 'pending',
  createdAt: T(2),
  decidedAt: null,
  deciderId: null,
  deciderName: null,
  reason: null,
  expiresAt: null,
  ...over,
});

/** Reading-room requests: stored as given (NFC), filtered by requester, units, record and state at a time. */
export function readingRequestsContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('reading-room requests', () => {
    it('keeps a request and its decision, text in NFC', async () => {
      const r = request('r1', { purpose: 'Nghie\u0302n cứu'.normalize('NFD') + ' tài liệu' });
      await c.readingRequests.put(r);
      expect(await c.readingRequests.get('r1')).toEqual({ ...r, purpose: r.purpose.normalize('NFC') });
      const decided = {
        ...r,
        state: 'refused' as const,
        decidedAt: T(3),
        deciderId: 'u-ltv',
        deciderName: 'Lê Văn Lưu',
        reason: 'Hồ sơ đang tu bổ',
      };
      await c.readingRequests.put(decided);
      expect(await c.readingRequests.get('r1')).toEqual({ ...decided, purpose: r.purpose.normalize('NFC') });
      expect(await c.readingRequests.get('không-có')).toBeUndefined();
    });

    it('lists newest first, by requester, units, record and paging', async () => {
      await c.readingRequests.put(request('r1', { createdAt: T(2) }));
      await c.readingRequests.put(request('r2', { createdAt: T(4), unitId: 'province-yen-bai', requesterId: 'u-khac' }));
      await c.readingRequests.put(
        request('r3', { createdAt: T(3), unitId: null, recordKind: 'document', recordCode: 'G09.2026.001.0000001' }),
      );
      const now = T(10);
      const ids = async (f: Parameters<Catalogue['readingRequests']['list']>[0]) => (await c.readingRequests.list(f)).map((r) => r.id);
      expect(await ids({ now })).toEqual(['r2', 'r3', 'r1']);
      expect(await ids({ now, requesterId: 'u-doc-gia' })).toEqual(['r3', 'r1']);
      expect(await ids({ now, unitIds: ['province-lao-cai'] })).toEqual(['r1']);
      expect(await ids({ now, unitIds: [] })).toEqual([]);
      expect(await ids({ now, recordKind: 'document' })).toEqual(['r3']);
      expect(await ids({ now, fileCode: 'G09.2026.001', recordCode: 'G09.2026.001' })).toEqual(['r2', 'r1']);
      expect(await ids({ now, limit: 1, offset: 1 })).toEqual(['r3']);
      expect(await ids({ now, offset: 2 })).toEqual(['r1']);
      expect(await c.readingRequests.count({ now, unitIds: ['province-lao-cai', 'province-yen-bai'] })).toBe(2);
    });

    it('tells an approval still valid from an expired one at the given time', async () => {
      await c.readingRequests.put(request('p', { state: 'pending' }));
      await c.readingRequests.put(request('a', { state: 'approved', decidedAt: T(3), expiresAt: T(20) }));
      await c.readingRequests.put(request('x', { state: 'refused', decidedAt: T(3), reason: 'Không phù hợp mục đích' }));
      const ids = async (now: string, state: ReadingRequest['state'] | 'expired') =>
        (await c.readingRequests.list({ now, state })).map((r) => r.id);
      expect(await ids(T(19), 'approved')).toEqual(['a']);
      expect(await ids(T(19), 'expired')).toEqual([]);
      expect(await ids(T(20), 'approved')).toEqual([]);
      expect(await ids(T(20), 'expired')).toEqual(['a']);
      expect(await ids(T(20), 'pending')).toEqual(['p']);
      expect(await ids(T(20), 'refused')).toEqual(['x']);
      expect(await c.readingRequests.count({ now: T(20), state: 'expired' })).toBe(1);
    });

    it('joins the catalogue transaction', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.readingRequests.put(request('t1'));
          expect(await tx.readingRequests.get('t1')).toBeDefined();
          throw new Error('hủy');
        }),
      ).rejects.toThrow('hủy');
      expect(await c.readingRequests.get('t1')).toBeUndefined();
    });
  });
}
