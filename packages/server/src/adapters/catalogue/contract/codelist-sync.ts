import type { Catalogue, CodeListDriftRecord } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';

const at = (minute: string) => `2026-03-01T08:${minute}:00.000+07:00`;
const drift = (signedAt: string, inSync: boolean): CodeListDriftRecord => ({
  peerId: 'tinh-lao-cai',
  receivedAt: signedAt,
  signedAt,
  sequence: 16,
  lists: [{ listId: 'mode', version: 2, digest: 'ab'.repeat(32) }],
  inSync,
  findings: inSync ? [] : [{ code: 'DP-CODELIST-BEHIND', severity: 'error', path: 'mode', message: 'cũ hơn' }],
});

/** Code-list sync state (decision 0029): origins lock lists, pulls give the last sequence, drift keeps the newest, the feed grows. */
export function codeListSyncContract(current: () => CatalogueFixture): void {
  let c: Catalogue;
  beforeEach(() => {
    c = current().catalogue;
  });

  describe('code-list sync', () => {
    it('records which lists came from the upstream, and updates them', async () => {
      expect(await c.codeListSync.origins()).toEqual([]);
      expect(await c.codeListSync.originOf('mode')).toBeUndefined();
      const o = { listId: 'mode', origin: 'trung-uong', originName: 'Cục Văn thư và Lưu trữ nhà nước', sequence: 15, updatedAt: at('00') };
      await c.codeListSync.setOrigin(o);
      await c.codeListSync.setOrigin({ ...o, listId: 'colour' });
      await c.codeListSync.setOrigin({ ...o, sequence: 16, updatedAt: at('05') });
      expect(await c.codeListSync.originOf('mode')).toEqual({ ...o, sequence: 16, updatedAt: at('05') });
      expect((await c.codeListSync.origins()).map((x) => x.listId)).toEqual(['colour', 'mode']);
    });

    it('keeps pulls newest first; the last sequence counts only applied or unchanged ones', async () => {
      const base = { upstream: 'trung-uong', applied: 0, code: null, message: null };
      expect(await c.codeListSync.lastSequence('trung-uong')).toBeNull();
      await c.codeListSync.recordPull({ ...base, id: 'p1', at: at('00'), outcome: 'applied', sequence: 15, applied: 15 });
      await c.codeListSync.recordPull({
        ...base,
        id: 'p2',
        at: at('01'),
        outcome: 'refused',
        sequence: 40,
        code: 'DP-SIGNATURE-BAD',
        message: 'sai',
      });
      await c.codeListSync.recordPull({ ...base, id: 'p3', at: at('02'), outcome: 'unchanged', sequence: 16 });
      await c.codeListSync.recordPull({ ...base, id: 'p4', at: at('03'), outcome: 'failed', sequence: null });
      expect(await c.codeListSync.lastSequence('trung-uong')).toBe(16);
      expect(await c.codeListSync.lastSequence('khac')).toBeNull();
      const pulls = await c.codeListSync.pulls(3);
      expect(pulls.map((p) => p.id)).toEqual(['p4', 'p3', 'p2']);
      expect(pulls[2]).toEqual({
        ...base,
        id: 'p2',
        at: at('01'),
        outcome: 'refused',
        sequence: 40,
        code: 'DP-SIGNATURE-BAD',
        message: 'sai',
      });
    });

    it('keeps the drift report signed last, whatever order they arrive in', async () => {
      expect(await c.codeListSync.putDrift(drift(at('05'), false))).toBe(true);
      expect(await c.codeListSync.putDrift(drift(at('01'), true))).toBe(false);
      expect(await c.codeListSync.listDrift()).toEqual([drift(at('05'), false)]);
      expect(await c.codeListSync.putDrift(drift(at('09'), true))).toBe(true);
      expect(await c.codeListSync.listDrift()).toEqual([drift(at('09'), true)]);
    });

    it('numbers feed events in order, readable after a cursor', async () => {
      const e = { at: at('00'), kind: 'codelist.version', subject: 'mode', detail: { version: 2, tên: 'Chế độ sử dụng' } };
      const a = await c.codeListSync.appendEvent(e);
      const b = await c.codeListSync.appendEvent({ ...e, subject: 'colour' });
      const d = await c.transaction((tx) => tx.codeListSync.appendEvent({ ...e, subject: 'language' }));
      expect(a < b && b < d).toBe(true);
      expect(await c.codeListSync.eventsAfter(0, 10)).toEqual([
        { id: a, ...e },
        { id: b, ...e, subject: 'colour' },
        { id: d, ...e, subject: 'language' },
      ]);
      expect((await c.codeListSync.eventsAfter(a, 1)).map((x) => x.subject)).toEqual(['colour']);
      expect(await c.codeListSync.eventsAfter(d, 10)).toEqual([]);
    });
  });
}
