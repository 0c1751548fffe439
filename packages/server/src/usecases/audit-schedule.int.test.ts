import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { holdLockInOtherProcess } from '../testing/hold-lock.js';
import { duphong } from '../testing/catalog-cli.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { AuditScheduler, auditStatus } from './audit-schedule.js';

/** Vietnam wall time. */
const vn = (iso: string) => new Date(`${iso}+07:00`);

/** The background audit, driven tick by tick with a fake clock (no timers, no sleeps). */
describe('scheduled audits', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let now = vn('2025-11-01T10:00:00');
  const clock: Clock = { now: () => now };
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    tmp = tempDir('duphong-schedule-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    // Three objects verified on three different days: A oldest.
    for (const [i, code] of ['HS-A', 'HS-B', 'HS-C'].entries()) {
      now = vn(`2025-11-0${i + 1}T10:00:00`);
      const r = await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, code), SAMPLE_FILES), fileCode: code, title: code });
      ids[code] = r.object;
    }
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const verifiedAt = async (code: string) => (await ctx.catalogue.listCopies(ids[code]!)).map((c) => c.verifiedAt);

  it('re-verifies oldest first within the day budget, and continues the next day', async () => {
    ctx.config.audit.dailyBytes = 1; // smaller than any object: one object a day (the first may exceed it)
    const scheduler = new AuditScheduler(ctx, { idleMs: 60_000 });
    now = vn('2025-11-20T10:00:00');
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'nothing-due' });

    now = vn('2026-11-10T09:00:00'); // 12 months after every verification
    const first = await scheduler.tick(now);
    expect(first).toMatchObject({ ran: true, objects: [ids['HS-A']], summary: { checked: 3, damaged: 0, skipped: 0 } });
    expect(await verifiedAt('HS-A')).toEqual(Array(3).fill('2026-11-10T09:00:00.000+07:00'));
    expect(scheduler.spentToday).toBeGreaterThan(1);

    now = vn('2026-11-10T09:01:00');
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'budget-spent' });
    now = vn('2026-11-10T09:01:30'); // within idleMs of the last look: the catalogue is not asked again
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'waiting' });

    now = vn('2026-11-11T00:05:00'); // a new day in Vietnam
    expect(await scheduler.tick(now)).toMatchObject({ ran: true, objects: [ids['HS-B']] });
    expect(await verifiedAt('HS-C')).toEqual(Array(3).fill('2025-11-03T10:00:00.000+07:00'));
  });

  it('runs only inside the configured window (Vietnam time)', async () => {
    ctx.config.audit.window = '22:00-06:00';
    const scheduler = new AuditScheduler(ctx, { idleMs: 0 });
    now = vn('2026-11-10T12:00:00');
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'outside-window' });
    now = vn('2026-11-10T23:00:00');
    expect(await scheduler.tick(now)).toMatchObject({ ran: true, objects: [ids['HS-A'], ids['HS-B'], ids['HS-C']] });
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'nothing-due' });
  });

  it('skips an object another process holds, and audits it on a later tick', async () => {
    const scheduler = new AuditScheduler(ctx, { idleMs: 0 });
    now = vn('2026-11-10T09:00:00');
    const holder = await holdLockInOtherProcess(home, 'HS-A');
    let tick;
    try {
      tick = await scheduler.tick(now);
    } finally {
      await holder.release();
    }
    expect(tick).toMatchObject({ ran: true, summary: { checked: 6, skipped: 1 } });
    if (!tick.ran) throw new Error('unreachable');
    expect(tick.summary.findings.map((f) => [f.object, f.code])).toEqual([[ids['HS-A'], 'DP-LOCKED']]);
    expect(await verifiedAt('HS-A')).toEqual(Array(3).fill('2025-11-01T10:00:00.000+07:00'));
    now = vn('2026-11-10T09:05:00');
    expect(await scheduler.tick(now)).toMatchObject({ ran: true, objects: [ids['HS-A']], summary: { checked: 3, skipped: 0 } });
  });

  it('notices a vanished site even when nothing is due', async () => {
    const scheduler = new AuditScheduler(ctx, { idleMs: 60_000 });
    rmSync(join(home, 'sites', 'trung'), { recursive: true });
    now = vn('2025-11-20T10:00:00');
    expect(await scheduler.tick(now)).toEqual({ ran: false, reason: 'nothing-due' });
    const trung = await ctx.catalogue.listCopiesBySite('trung');
    expect(trung.map((c) => c.status)).toEqual(['missing', 'missing', 'missing']);
  });

  it('reports coverage: share verified within the period, oldest verification, next due', async () => {
    now = vn('2026-10-15T10:00:00');
    expect(await auditStatus(ctx)).toEqual({
      periodMonths: 12,
      copies: 9,
      withinPeriod: 9,
      share: 1,
      overdue: 0,
      neverVerified: 0,
      oldestVerification: '2025-11-01T10:00:00.000+07:00',
      nextDue: '2026-11-01T10:00:00.000+07:00',
      dailyBytes: 50_000_000_000,
      window: '00:00-24:00',
      scheduled: true,
    });
    now = vn('2026-11-01T12:00:00'); // A is due, B and C not yet
    expect(await auditStatus(ctx)).toMatchObject({ withinPeriod: 6, share: 6 / 9, overdue: 3, nextDue: '2026-11-01T12:00:00.000+07:00' });
  });

  it('audit --all goes on past a locked object, lists it, and exits by what it checked', async () => {
    now = vn('2025-11-20T10:00:00');
    const holder = await holdLockInOtherProcess(home, 'HS-B');
    let summary;
    let cli;
    try {
      summary = await runAudit(ctx, { all: true });
      cli = duphong(home, 'audit', '--all');
    } finally {
      await holder.release();
    }
    expect(summary).toMatchObject({ checked: 6, damaged: 0, skipped: 1 });
    expect(summary.findings).toEqual([expect.objectContaining({ object: ids['HS-B'], code: 'DP-LOCKED' })]);
    expect(cli.code).toBe(0);
    expect(cli.json).toMatchObject({ checked: 6, skipped: 1, findings: [{ object: ids['HS-B'], code: 'DP-LOCKED' }] });

    const status = duphong(home, 'audit', '--status');
    expect(status.code).toBe(0);
    expect(status.json).toMatchObject({ copies: 9, share: expect.any(Number), oldestVerification: expect.any(String) });
  });
});
