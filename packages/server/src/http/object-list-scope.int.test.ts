import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, tempDir } from '../testing/homes.js';
import { actAsFromHeader, asHeader } from '../testing/principal-hook.js';
import { ingestFolder } from '../usecases/ingest.js';
import { queuedJob } from '@duphong/core';
import { buildApp, type DuphongApp } from './app.js';

// Two provinces, each with one fonds, one file and one ingested backup object.
const T = '2026-02-01T08:00:00.000+07:00';
const UNITS = [
  { unit: 'province-lao-cai', fonds: 'P_UBND_LC', file: 'LC.2001.01', title: 'Hồ sơ đê điều tỉnh Lào Cai' },
  { unit: 'province-ha-giang', fonds: 'P_UBND_HG', file: 'HG.1995.01', title: 'Hồ sơ địa giới tỉnh Hà Giang' },
] as const;

describe('HTTP API: the backup-objects list shows a unit-scoped user only their units’ objects', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let app: DuphongApp;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- response shapes are asserted field by field
  type Json = Record<string, any>;
  const get = async (url: string, as: Record<string, string>) => {
    const res = await app.inject({ method: 'GET', url, headers: as });
    return { status: res.statusCode, body: res.json<Json>() };
  };
  const laoCai = asHeader('archivist', ['province-lao-cai']);
  const haGiang = asHeader('digitiser', ['province-ha-giang']);
  const national = asHeader('archive-admin', 'all');

  beforeAll(async () => {
    tmp = tempDir('duphong-http-object-list-scope-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    for (const u of UNITS) {
      if (!(await ctx.catalogue.units.getUnit(u.unit))) await ctx.catalogue.units.putUnit({ id: u.unit, kind: 'province' });
      await ctx.catalogue.records.putFonds({
        code: u.fonds,
        name: `Phông ${u.unit}`,
        kind: 'fonds',
        status: 'closed',
        unitId: u.unit,
        fields: {},
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
      await ctx.catalogue.records.putFile({
        code: u.file,
        fondsCode: u.fonds,
        title: u.title,
        fields: { arcFileCode: u.file, title: u.title, maintenance: '01', mode: '01' },
        legacy: {},
        createdAt: T,
        updatedAt: T,
      });
      const folder = makeSourceFolder(join(tmp.path, 'scans', u.file), { [`${u.file}.01.pdf`]: `nội dung ${u.title}` });
      await ingestFolder(ctx, { folder, fileCode: u.file });
    }
    // One replicate job and one audit finding per object, as a run over both units would leave.
    const ids = (await ctx.catalogue.listObjects()).map((o) => o.id);
    for (const objectId of ids) await ctx.catalogue.enqueueJob(queuedJob('replicate', { objectId, site: 'kho-2' }, T));
    await ctx.catalogue.enqueueJob(queuedJob('audit', { all: true }, T));
    await ctx.catalogue.putAuditRun({
      id: 'audit-both',
      startedAt: T,
      finishedAt: T,
      scope: 'all',
      checked: 2,
      damaged: 2,
      repaired: 0,
      unrepaired: 2,
      findings: ids.map((object) => ({ object, site: 'kho-2', path: null, code: 'DP-AUDIT-MISSING', detail: 'thiếu bản sao' })),
    });
    app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
    actAsFromHeader(app, ctx);
    await app.ready();
  });
  afterAll(async () => {
    await app?.close();
    await ctx?.close();
    tmp?.remove();
  });

  it('a Lào Cai user lists only the Lào Cai object, and the total counts only that one', async () => {
    const { status, body } = await get('/api/objects', laoCai);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.objects.map((o: Json) => o.fileCode)).toEqual(['LC.2001.01']);
    expect(JSON.stringify(body)).not.toContain('Hà Giang');
  });

  it('a Hà Giang user lists only the Hà Giang object', async () => {
    const { status, body } = await get('/api/objects', haGiang);
    expect(status).toBe(200);
    expect(body.total).toBe(1);
    expect(body.objects.map((o: Json) => o.fileCode)).toEqual(['HG.1995.01']);
  });

  it('pages a scoped user’s list within what they can see (no short first page, nothing past the end)', async () => {
    const first = await get('/api/objects?limit=1&offset=0', haGiang);
    expect(first.body.objects.map((o: Json) => o.fileCode)).toEqual(['HG.1995.01']);
    const past = await get('/api/objects?limit=1&offset=1', haGiang);
    expect([past.body.total, past.body.objects]).toEqual([1, []]);
  });

  it('the national user lists both objects, paged over the whole instance', async () => {
    const { status, body } = await get('/api/objects', national);
    expect(status).toBe(200);
    expect(body.total).toBe(2);
    expect(body.objects.map((o: Json) => o.fileCode).sort()).toEqual(['HG.1995.01', 'LC.2001.01']);
    const second = await get('/api/objects?limit=1&offset=1', national);
    expect([second.body.total, second.body.objects.length]).toEqual([2, 1]);
  });

  /** The file code of an object id, asked of the national user's list. */
  const fileCodes = async () => {
    const { body } = await get('/api/objects', national);
    return new Map<string, string>(body.objects.map((o: Json) => [o.id, o.fileCode]));
  };

  it('jobs: a scoped user sees replicate jobs of their objects only; jobs naming no object stay', async () => {
    const codes = await fileCodes();
    const of = (body: Json) =>
      body.jobs.map((j: Json) => (j.kind === 'replicate' ? codes.get(j.payload.objectId as string) : j.kind)).sort();
    const mine = await get('/api/jobs?kind=replicate', laoCai);
    expect(mine.status).toBe(200);
    expect(of(mine.body)).toEqual(['LC.2001.01']);
    expect(of((await get('/api/jobs', haGiang)).body)).toEqual(['HG.1995.01', 'audit']);
    expect(of((await get('/api/jobs?kind=replicate', national)).body)).toEqual(['HG.1995.01', 'LC.2001.01']);
  });

  it('audits: a scoped user sees findings about their objects only, the national user both', async () => {
    const codes = await fileCodes();
    const findings = async (as: Record<string, string>) => {
      const { status, body } = await get('/api/audits', as);
      expect(status).toBe(200);
      const run = body.runs.find((r: Json) => r.id === 'audit-both');
      return run.findings.map((f: Json) => codes.get(f.object as string)).sort();
    };
    expect(await findings(laoCai)).toEqual(['LC.2001.01']);
    expect(await findings(national)).toEqual(['HG.1995.01', 'LC.2001.01']);
  });
});
