import type { Catalogue, HandoverItemRecord, HandoverRecord } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { T, type CatalogueFixture } from './fixtures.js';

const handover = (id: string, over: Partial<HandoverRecord> = {}): HandoverRecord => ({
  id,
  direction: 'out',
  peer: 'trung-uong',
  scopeKind: 'fonds',
  scopeCode: 'Phông UBND tỉnh Đà Nẵng',
  manifest: '{"payload":{}}',
  manifestSha256: 'a'.repeat(64),
  status: 'open',
  receipt: null,
  createdAt: T(1),
  updatedAt: T(1),
  ...over,
});

const item = (n: number, over: Partial<HandoverItemRecord> = {}): HandoverItemRecord => ({
  handoverId: '',
  n,
  fileCode: `HS.${n}`,
  objectId: `urn:uuid:0000000${n}`,
  version: 1,
  sha256: String(n).repeat(64).slice(0, 64),
  size: 5_000_000_000 + n,
  state: 'pending',
  remoteObject: null,
  findingCode: null,
  updatedAt: T(1),
  ...over,
});

/** Handovers: both directions kept, per-item states, the accepted lookup only on incoming rows of that peer. */
export function handoversContract(current: () => CatalogueFixture): void {
  describe('handovers', () => {
    let c: Catalogue;
    beforeEach(() => {
      c = current().catalogue;
    });

    it('creates a handover with its items; sizes above 2^32 survive; newest first', async () => {
      await c.handovers.create(handover('h1'), [item(1), item(2)]);
      await c.handovers.create(handover('h2', { direction: 'in', createdAt: T(2), updatedAt: T(2) }), [item(1)]);
      expect(await c.handovers.get('h1')).toEqual(handover('h1'));
      expect((await c.handovers.items('h1')).map((i) => [i.n, i.size, i.fileCode])).toEqual([
        [1, 5_000_000_001, 'HS.1'],
        [2, 5_000_000_002, 'HS.2'],
      ]);
      expect((await c.handovers.list()).map((h) => h.id)).toEqual(['h2', 'h1']);
      expect((await c.handovers.list({ direction: 'out' })).map((h) => h.id)).toEqual(['h1']);
      expect(await c.handovers.get('none')).toBeUndefined();
    });

    it('updates item states and the receipt; finds accepted incoming items of one peer only', async () => {
      await c.handovers.create(handover('h3', { direction: 'in' }), [item(1), item(2)]);
      await c.handovers.create(handover('h4', { direction: 'out' }), [item(1)]);
      await c.handovers.setItem('h3', 2, { state: 'accepted', remoteObject: 'urn:uuid:r2', updatedAt: T(3) });
      await c.handovers.setItem('h4', 1, { state: 'accepted', remoteObject: 'urn:uuid:x', updatedAt: T(3) });
      await c.handovers.setItem('h3', 1, { state: 'refused', findingCode: 'DP-HANDOVER-DIGEST', updatedAt: T(3) });
      await c.handovers.update('h3', { status: 'incomplete', receipt: '{"r":1}', updatedAt: T(4) });
      expect(await c.handovers.get('h3')).toMatchObject({ status: 'incomplete', receipt: '{"r":1}', updatedAt: T(4) });
      const items = await c.handovers.items('h3');
      expect(items.map((i) => [i.state, i.remoteObject, i.findingCode])).toEqual([
        ['refused', null, 'DP-HANDOVER-DIGEST'],
        ['accepted', 'urn:uuid:r2', null],
      ]);
      expect(await c.handovers.item('h3', 2)).toMatchObject({ n: 2, state: 'accepted', remoteObject: 'urn:uuid:r2' });
      expect(await c.handovers.item('h4', 1)).toMatchObject({ n: 1, state: 'accepted', remoteObject: 'urn:uuid:x' });
      expect(await c.handovers.item('h3', 3)).toBeUndefined();
      expect(await c.handovers.item('h9', 1)).toBeUndefined();
      expect(await c.handovers.findAccepted('trung-uong', item(2).objectId, 1)).toMatchObject({ handoverId: 'h3', n: 2 });
      expect(await c.handovers.findAccepted('tinh-khac', item(2).objectId, 1)).toBeUndefined();
      expect(await c.handovers.findAccepted('trung-uong', item(1).objectId, 1)).toBeUndefined();
      expect(await c.handovers.findAccepted('trung-uong', item(2).objectId, 2)).toBeUndefined();
    });
  });
}
