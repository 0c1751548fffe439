import type { Catalogue } from '@duphong/core';
import { beforeEach, describe, expect, it } from 'vitest';
import type { CatalogueFixture } from './fixtures.js';
import { T, job } from './fixtures.js';

/** The durable job queue, including concurrent claimers. */
export function jobsContract(current: () => CatalogueFixture): void {
  let fx: CatalogueFixture;
  let c: Catalogue;
  beforeEach(() => {
    fx = current();
    c = fx.catalogue;
  });

  describe('jobs', () => {
    it('claims the oldest due queued job, by kind, counting attempts', async () => {
      await c.enqueueJob(job('later', { runAt: T(9) }));
      await c.enqueueJob(job('second', { runAt: T(3) }));
      await c.enqueueJob(job('first', { runAt: T(2) }));
      await c.enqueueJob(job('audit', { kind: 'audit', runAt: T(1) }));
      expect(await c.claimJob(T(5), [])).toBeUndefined();
      const first = await c.claimJob(T(5), ['replicate']);
      expect(first).toEqual({ ...job('first', { runAt: T(2) }), status: 'running', attempts: 1, updatedAt: T(5) });
      expect((await c.claimJob(T(5)))?.id).toBe('audit');
      expect((await c.claimJob(T(5)))?.id).toBe('second');
      expect(await c.claimJob(T(5))).toBeUndefined(); // `later` is not due yet
      expect((await c.claimJob(T(9)))?.id).toBe('later');
      expect((await c.listJobs({ status: 'running' })).length).toBe(4);
      expect((await c.listJobs({ kind: 'audit' })).map((j) => j.id)).toEqual(['audit']);
    });

    it('finishes jobs: done, failed with an error, queued again for a retry at runAt', async () => {
      await c.enqueueJob(job('a'));
      await c.enqueueJob(job('b', { createdAt: T(1, 9) }));
      await c.claimJob(T(2));
      await c.claimJob(T(2));
      await c.finishJob('a', { status: 'done', now: T(3) });
      await c.finishJob('b', { status: 'queued', error: 'Kho Nam không phản hồi', runAt: T(6), now: T(3) });
      expect((await c.listJobs({ status: 'done' })).map((j) => [j.id, j.updatedAt, j.lastError])).toEqual([['a', T(3), null]]);
      const retry = (await c.listJobs({ status: 'queued' }))[0];
      expect(retry).toMatchObject({ id: 'b', runAt: T(6), attempts: 1, lastError: 'Kho Nam không phản hồi' });
      expect(await c.claimJob(T(5))).toBeUndefined();
      expect(await c.claimJob(T(6))).toMatchObject({ id: 'b', attempts: 2, status: 'running' });
      await c.finishJob('b', { status: 'failed', error: 'Hết số lần thử', now: T(7) });
      expect(await c.listJobs({ status: 'failed' })).toEqual([
        { ...job('b', { createdAt: T(1, 9) }), status: 'failed', runAt: T(6), attempts: 2, lastError: 'Hết số lần thử', updatedAt: T(7) },
      ]);
      await expect(c.finishJob('none', { status: 'done', now: T(7) })).rejects.toThrow(/none/);
    });

    it('requeues jobs left running by a crash', async () => {
      for (const id of ['a', 'b', 'c']) await c.enqueueJob(job(id));
      await c.claimJob(T(2));
      await c.claimJob(T(2));
      expect(await c.requeueRunningJobs(T(3))).toBe(2);
      expect((await c.listJobs({ status: 'queued' })).map((j) => [j.id, j.attempts])).toEqual([
        ['a', 1],
        ['b', 1],
        ['c', 0],
      ]);
      expect(await c.requeueRunningJobs(T(3))).toBe(0);
    });

    it('never gives one job to two concurrent claimers', async () => {
      const total = 40;
      for (let i = 0; i < total; i++) await c.enqueueJob(job(`j${String(i).padStart(3, '0')}`, { runAt: T(1, i % 10) }));
      const second = await fx.openSecond();
      try {
        const claimer = async (cat: Catalogue): Promise<string[]> => {
          const taken: string[] = [];
          for (let j = await cat.claimJob(T(2)); j; j = await cat.claimJob(T(2))) taken.push(j.id);
          return taken;
        };
        const results = await Promise.all([claimer(c), claimer(second), claimer(c), claimer(second)]);
        const all = results.flat();
        expect(all.length).toBe(total);
        expect(new Set(all).size).toBe(total);
        expect((await c.listJobs({ status: 'running' })).every((j) => j.attempts === 1)).toBe(true);
      } finally {
        await second.close();
      }
    });

    it('lets concurrent claimers inside slow transactions each take a different job', async () => {
      const total = 12;
      for (let i = 0; i < total; i++) await c.enqueueJob(job(`j${String(i).padStart(3, '0')}`));
      const second = fx.parallelWriters ? await fx.openSecond() : c;
      try {
        // A worker that claims in a transaction and keeps it open a moment (as while recording
        // the start of its work): its claimed row stays locked while the others claim.
        const claimer = async (cat: Catalogue): Promise<string[]> => {
          const taken: string[] = [];
          for (;;) {
            const claimed = await cat.transaction(async (tx) => {
              const j = await tx.claimJob(T(2));
              await new Promise((resolve) => setTimeout(resolve, 5));
              return j;
            });
            if (!claimed) {
              // Nothing claimable may only mean "the rest is locked by the other claimers'
              // open transactions" — never "I queued up behind one and gave up" (no SKIP LOCKED).
              expect((await cat.listJobs({ status: 'queued' })).length).toBeLessThanOrEqual(3);
              return taken;
            }
            taken.push(claimed.id);
          }
        };
        const all = (await Promise.all([claimer(c), claimer(second), claimer(c), claimer(second)])).flat();
        expect(all.sort()).toEqual(Array.from({ length: total }, (_, i) => `j${String(i).padStart(3, '0')}`));
      } finally {
        if (second !== c) await second.close();
      }
    });
  });
}
