import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from '../usecases/ingest.js';
import { runAudit } from '../usecases/audit.js';
import { nextInWindow } from '../usecases/dashboard.js';
import { objectKey } from '../storage/site-ocfl.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { seedSelection, SEED } from '../testing/selection-seed.js';
import { principal, signInByHeader } from '../testing/as-principal.js';
import { buildApp, type DuphongApp } from './app.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
type Json = Record<string, any>;

/** The dashboard never looks healthy while something is wrong, and counts only the principal's units. */
describe('dashboard API', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let app: DuphongApp;
  let objectId: string;
  let now = new Date('2026-11-22T03:00:00Z');
  const clock: Clock = { now: () => now };

  const dashboard = async (as: string): Promise<Json> => {
    const res = await app.inject({ method: 'GET', url: '/api/dashboard', headers: { 'x-test-principal': as } });
    expect(res.statusCode).toBe(200);
    return res.json() as Json;
  };

  beforeAll(async () => {
    tmp = tempDir('duphong-dashboard-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    await seedSelection(ctx.catalogue);
    objectId = (await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES), fileCode: SEED.rotting })).object;
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    await signInByHeader(app, ctx, {
      admin: principal('quantri', ['system-admin'], 'all'),
      laocai: principal('lan', ['archivist'], ['15']),
      other: principal('minh', ['archivist'], ['20']),
    });
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('says the policy is unmet when every site is the same kind of medium', async () => {
    const d = await dashboard('laocai');
    expect(d).toMatchObject({ objects: 1, copies: { ok: 3, pending: 0, damaged: 0, missing: 0 } });
    expect(d.policy).toMatchObject({
      copies: 3,
      minMedia: 2,
      unmet: 1,
      belowFloor: 0,
      examples: [{ fileCode: SEED.rotting, verified: 3, regions: 3, media: 1 }],
    });
    expect(d.health).toBe('warning');
    expect(d.reasons.map((r: Json) => r.vi)).toEqual([expect.stringMatching(/^1 hồ sơ chưa đạt chính sách nhân bản/)]);
  });

  it('is ok only when nothing is wrong, with the last and next audits, sites and selection', async () => {
    ctx.config.policy.minMedia = 1;
    await runAudit(ctx, { all: true });
    const d = await dashboard('laocai');
    expect(d).toMatchObject({ health: 'ok', reasons: [] });
    expect(d.audit).toMatchObject({
      periodMonths: 12,
      copies: 3,
      withinPeriod: 3,
      overdue: 0,
      lastRun: { startedAt: '2026-11-22T10:00:00.000+07:00', checked: 3, unrepaired: 0 },
      nextDue: '2027-11-22T10:00:00.000+07:00',
      nextAudit: '2027-11-22T10:00:00.000+07:00',
      scheduled: true,
    });
    expect(d.sites.map((s: Json) => [s.name, s.online, s.objects, s.copies.ok, s.lastVerifiedAt])).toEqual([
      ['bac', true, 1, 1, '2026-11-22T10:00:00.000+07:00'],
      ['nam', true, 1, 1, '2026-11-22T10:00:00.000+07:00'],
      ['trung', true, 1, 1, '2026-11-22T10:00:00.000+07:00'],
    ]);
    expect(d.sites[0].bytes).toBeGreaterThan(95_000);
    expect(d.selection).toEqual({ listsByStatus: {}, recognisedFiles: 1 });
    expect(d.intake).toMatchObject({ objects: 1, jobsFailed: 0 });
  });

  it('counts nothing of another unit’s records (sites stay shared)', async () => {
    const d = await dashboard('other');
    expect(d).toMatchObject({ objects: 0, copies: { ok: 0 }, policy: { unmet: 0 }, incidents: { open: 0 } });
    expect(d.selection.recognisedFiles).toBe(0);
    expect(d.sites).toHaveLength(3);
  });

  it('turns critical with a damaged copy and an open incident, and warns of overdue audits', async () => {
    const data = (site: string) =>
      join(home, 'sites', site, objectKey(objectId, ctx.hasher), 'v1', 'content', 'representations', 'rep1', 'data', 'Biên bản họp.txt');
    for (const site of ['bac', 'trung', 'nam']) writeFileSync(data(site), `hỏng ở ${site}`);
    await runAudit(ctx, { all: true });
    const d = await dashboard('admin');
    expect(d.health).toBe('critical');
    expect(d.copies).toMatchObject({ ok: 0, damaged: 3 });
    expect(d.incidents).toEqual({ open: 1, critical: 1, high: 0, medium: 0 }); // one record with no intact copy: one incident
    expect(d.policy).toMatchObject({ unmet: 1, belowFloor: 1 });
    expect(d.reasons.map((r: Json) => r.level)).toContain('critical');
    expect(d.reasons.map((r: Json) => r.en).join(' | ')).toMatch(/1 critical incident\(s\) open.*3 damaged/);

    now = new Date('2028-01-01T03:00:00Z');
    await signInByHeader(app, ctx, { later: principal('quantri2', ['system-admin'], 'all') }); // yesterday's session expired
    const late = await dashboard('later');
    expect(late.audit.overdue).toBe(3);
    expect(late.reasons.map((r: Json) => r.vi)).toContain('3 bản sao quá hạn kiểm tra toàn vẹn');
  });

  it('places the next audit inside the audit window (Vietnam time)', () => {
    // 10:00 in Vietnam, window 22:00–05:00: the next audit starts at 22:00 that day.
    expect(nextInWindow(new Date('2026-11-22T03:00:00Z'), '22:00-05:00').toISOString()).toBe('2026-11-22T15:00:00.000Z');
    expect(nextInWindow(new Date('2026-11-22T16:00:00Z'), '22:00-05:00').toISOString()).toBe('2026-11-22T16:00:00.000Z');
  });
});
