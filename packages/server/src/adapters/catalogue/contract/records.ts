import type { AuditRun, Catalogue, Incident } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { OID, T, copy, event, file, job, seed, site } from './fixtures.js';

/** PREMIS events, audit runs, incidents, and transactions (commit, rollback, nesting). */
export function recordsContract(current: () => CatalogueFixture): void {
  let fx: CatalogueFixture;
  let c: Catalogue;
  beforeEach(() => {
    fx = current();
    c = fx.catalogue;
  });

  describe('PREMIS events', () => {
    it('appends events and lists them by date and time, per object, with a limit', async () => {
      await c.addEvent(event('e3', T(3)));
      await c.addEvent(event('e1', T(1)));
      await c.addEvent(event('e0', T(2), null));
      await c.addEvent(event('e2', T(2), OID(2)));
      await c.addEvent({
        ...event('e4', T(1, 9)),
        outcome: 'failure',
        type: 'replication',
        detail: 'Không đọc lại được bản sao ở kho Nam',
      });
      expect((await c.listEvents()).map((e) => e.id)).toEqual(['e1', 'e4', 'e0', 'e2', 'e3']);
      expect((await c.listEvents({ objectId: OID(1) })).map((e) => e.id)).toEqual(['e1', 'e4', 'e3']);
      expect((await c.listEvents({ limit: 2 })).map((e) => e.id)).toEqual(['e1', 'e4']);
      expect((await c.listEvents({ objectId: OID(1), limit: 1 }))[0]).toEqual(event('e1', T(1)));
      expect((await c.listEvents()).find((e) => e.id === 'e0')).toEqual(event('e0', T(2), null));
      expect((await c.listEvents()).find((e) => e.id === 'e4')?.detail).toBe('Không đọc lại được bản sao ở kho Nam');
      expect(await c.countEvents()).toBe(5);
      // append-only and idempotent: re-adding an id (journal recovery, rebuild) changes nothing
      await c.addEvent({ ...event('e1', T(4)), detail: 'khác' });
      expect(await c.countEvents()).toBe(5);
      expect((await c.listEvents()).find((e) => e.id === 'e1')).toEqual(event('e1', T(1)));
    });
  });

  describe('audits and incidents', () => {
    it('round-trips audit runs with findings, replaces by id, lists newest first', async () => {
      const run: AuditRun = {
        id: 'r1',
        startedAt: T(1),
        finishedAt: null,
        scope: 'site:bac',
        checked: 0,
        damaged: 0,
        repaired: 0,
        unrepaired: 0,
        findings: [],
      };
      await c.putAuditRun(run);
      const finished: AuditRun = {
        ...run,
        finishedAt: T(1, 9),
        checked: 120,
        damaged: 1,
        repaired: 1,
        findings: [
          {
            object: OID(1),
            site: 'bac',
            path: 'Văn bản/Tờ trình.pdf',
            code: 'DP-FIXITY',
            detail: 'Mã băm không khớp; đã sửa từ kho Trung',
          },
        ],
      };
      await c.putAuditRun(finished);
      await c.putAuditRun({ ...run, id: 'r2', startedAt: T(2), scope: 'due' });
      expect(await c.listAuditRuns()).toEqual([{ ...run, id: 'r2', startedAt: T(2), scope: 'due' }, finished]);
      expect((await c.listAuditRuns(1)).map((r) => r.id)).toEqual(['r2']);
    });

    it('keeps incidents open until resolved', async () => {
      const incident = (id: string, day: number): Incident => ({
        id,
        objectId: OID(1),
        site: 'nam',
        path: 'Ảnh/trang 001.tif',
        code: 'DP-UNREPAIRABLE',
        detail: 'Không còn bản sao nào khớp — cần người quyết định',
        createdAt: T(day),
        resolvedAt: null,
      });
      await c.addIncident(incident('i2', 2));
      await c.addIncident({ ...incident('i1', 1), site: null, path: null });
      expect((await c.listIncidents()).map((i) => i.id)).toEqual(['i1', 'i2']);
      await c.resolveIncident('i2', T(5));
      await c.resolveIncident('i2', T(6)); // the first resolution stands
      const fresh = { lastSeenAt: T(1), occurrences: 1, acknowledgedAt: null, acknowledgedBy: null, acknowledgeNote: null };
      const unresolved = { resolvedBy: null, resolveNote: null };
      expect(await c.listIncidents({ open: true })).toEqual([{ ...incident('i1', 1), site: null, path: null, ...fresh, ...unresolved }]);
      expect(await c.listIncidents({ open: false })).toEqual([
        { ...incident('i2', 2), resolvedAt: T(5), ...fresh, lastSeenAt: T(2), ...unresolved },
      ]);
      await expect(c.resolveIncident('none', T(5))).rejects.toThrow(/none/);
    });

    it('makes one incident of a problem found again, and keeps who acknowledged and resolved it', async () => {
      const found = (id: string, day: number, site: string | null, code = 'DP-AUDIT-UNREPAIRED'): Incident => ({
        id,
        objectId: OID(1),
        site,
        path: 'a.pdf',
        code,
        detail: `lần ${day}`,
        createdAt: T(day),
        resolvedAt: null,
      });
      await c.addIncident(found('a', 1, 'bac'));
      await c.addIncident(found('b', 2, 'bac')); // the same problem again
      await c.addIncident(found('c', 3, 'nam')); // another site: another incident
      await c.addIncident(found('d', 3, null, 'DP-AUDIT-WITNESS-DISAGREE'));
      await c.addIncident(found('e', 4, null, 'DP-AUDIT-WITNESS-DISAGREE'));
      const open = await c.listIncidents({ open: true });
      expect(open.map((i) => [i.id, i.occurrences, i.lastSeenAt, i.detail])).toEqual([
        ['a', 2, T(2), 'lần 2'],
        ['c', 1, T(3), 'lần 3'],
        ['d', 2, T(4), 'lần 4'],
      ]);
      await c.acknowledgeIncident('a', { at: T(5), user: 'lan', note: 'Đang xem' });
      await c.acknowledgeIncident('a', { at: T(6), user: 'minh', note: 'khác' }); // the first stands
      expect((await c.listIncidents({ state: 'acknowledged' })).map((i) => i.id)).toEqual(['a']);
      expect((await c.listIncidents({ state: 'open' })).map((i) => i.id)).toEqual(['c', 'd']);
      await c.resolveIncident('a', T(7), { user: 'minh', note: 'Đã số hóa lại' });
      expect(await c.getIncident('a')).toMatchObject({
        acknowledgedAt: T(5),
        acknowledgedBy: 'lan',
        acknowledgeNote: 'Đang xem',
        resolvedAt: T(7),
        resolvedBy: 'minh',
        resolveNote: 'Đã số hóa lại',
      });
      expect((await c.listIncidents({ state: 'resolved' })).map((i) => i.id)).toEqual(['a']);
      expect((await c.listIncidents({ objectId: OID(2) })).length).toBe(0);
      // Found again after it was resolved: a new incident.
      await c.addIncident(found('f', 8, 'bac'));
      expect((await c.listIncidents({ open: true })).map((i) => i.id)).toEqual(['c', 'd', 'f']);
      expect(await c.getIncident('none')).toBeUndefined();
      await expect(c.acknowledgeIncident('none', { at: T(9), user: 'x', note: '' })).rejects.toThrow(/none/);
    });
  });

  describe('transactions', () => {
    it('commits everything done inside and returns its value', async () => {
      const value = await c.transaction(async (tx) => {
        await seed(tx, 1);
        await tx.putCopy(copy(1, 'bac'));
        await tx.putVersionFiles(OID(1), 1, [{ objectId: OID(1), version: 1, logicalPath: 'a.pdf', sha256: 'b'.repeat(64), size: 1 }]);
        return tx.transaction(async (inner) => {
          await inner.addEvent(event('e1', T(1)));
          return 'xong';
        });
      });
      expect(value).toBe('xong');
      expect(await c.countObjects()).toBe(1);
      expect(await c.listCopies(OID(1))).toHaveLength(1);
      expect(await c.countVersionFiles()).toBe(1);
      expect(await c.countEvents()).toBe(1);
    });

    it('rolls everything back when the function throws, also from a nested transaction', async () => {
      const boom = new Error('Lỗi giữa chừng');
      await expect(
        c.transaction(async (tx) => {
          await seed(tx, 2);
          await tx.putFile(file('G01.001'));
          await tx.putCopy(copy(1, 'bac'));
          await tx.enqueueJob(job('j1'));
          await tx.transaction(async (inner) => {
            await inner.addEvent(event('e1', T(1)));
            throw boom;
          });
        }),
      ).rejects.toBe(boom);
      expect(await c.listSites()).toEqual([]);
      expect(await c.countObjects()).toBe(0);
      expect(await c.countFiles()).toBe(0);
      expect(await c.listCopiesBySite('bac')).toEqual([]);
      expect(await c.listJobs()).toEqual([]);
      expect(await c.countEvents()).toBe(0);
      // The catalogue is still usable afterwards.
      await c.putSite(site('bac'));
      expect(await c.listSites()).toHaveLength(1);
    });

    it('rolls back when a statement fails inside (a foreign key)', async () => {
      await expect(
        c.transaction(async (tx) => {
          await tx.putSite(site('bac'));
          await tx.putCopy(copy(1, 'bac')); // no such object
        }),
      ).rejects.toThrow();
      expect(await c.listSites()).toEqual([]);
    });
  });
}
