import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { validateOcflPath } from '../ocfl/validate-path.js';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { objectKey } from '../storage/site-ocfl.js';
import { runOneJob } from '../jobs/runner.js';
import { ingestFolder } from './ingest.js';

/** A copy that fell behind must never receive only the newest version (a gap called "ok"). */
describe('ingest onto a copy that is still pending', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir('duphong-pending-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const ingestVersion = (n: number) =>
    ingestFolder(ctx, {
      folder: makeSourceFolder(join(tmp.path, `src${n}`), { ...SAMPLE_FILES, [`Bổ sung ${n}.txt`]: `phiên bản ${n}` }),
      fileCode: 'HS-P',
      title: 'Hồ sơ chờ',
      confirmReplace: true, // each version drops the previous one's "Bổ sung" document
    });
  const siteHead = (objectId: string, site: string) => {
    const root = join(home, 'sites', site, objectKey(objectId, ctx.hasher));
    return (JSON.parse(readFileSync(join(root, 'inventory.json'), 'utf8')) as { head: string }).head;
  };

  it('leaves the copy pending with its replication job, then replication brings every version', async () => {
    const v1 = await ingestVersion(1);
    renameSync(join(home, 'sites', 'nam'), join(home, 'sites', 'nam.away'));
    const v2 = await ingestVersion(2);
    expect(v2.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'pending' },
      { site: 'trung', status: 'ok' },
    ]);
    renameSync(join(home, 'sites', 'nam.away'), join(home, 'sites', 'nam'));

    // nam is online again but holds only v1: v3 must not be written there over the missing v2.
    const v3 = await ingestVersion(3);
    expect(v3.version).toBe(3);
    expect(v3.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'pending' },
      { site: 'trung', status: 'ok' },
    ]);
    expect(siteHead(v1.object, 'nam')).toBe('v1');
    expect(await ctx.catalogue.getCopy(v1.object, 'nam')).toMatchObject({ status: 'pending', version: 1 });
    const jobs = await ctx.catalogue.listJobs({ status: 'queued', kind: 'replicate' });
    expect(jobs.some((j) => j.payload.site === 'nam' && j.payload.objectId === v1.object)).toBe(true);

    while (await runOneJob(ctx)) {
      // run the replication jobs
    }
    expect(await ctx.catalogue.getCopy(v1.object, 'nam')).toMatchObject({ status: 'ok', version: 3 });
    expect(siteHead(v1.object, 'nam')).toBe('v3');
    const nam = join(home, 'sites', 'nam', objectKey(v1.object, ctx.hasher));
    for (const v of ['v1', 'v2', 'v3']) expect(existsSync(join(nam, v, 'inventory.json')), v).toBe(true);
  });

  it('replication clears the temp file a writer killed on that site left in a version folder', async () => {
    const v1 = await ingestVersion(1);
    renameSync(join(home, 'sites', 'nam'), join(home, 'sites', 'nam.away'));
    await ingestVersion(2);
    renameSync(join(home, 'sites', 'nam.away'), join(home, 'sites', 'nam'));
    // what a write killed half-way leaves: hidden from list(), so only a validator reading the disk sees it
    const nam = join(home, 'sites', 'nam', objectKey(v1.object, ctx.hasher));
    mkdirSync(join(nam, 'v2', 'content'), { recursive: true });
    writeFileSync(join(nam, 'v2', 'content', '.dp-tmp-0b5e'), 'half a file');
    writeFileSync(join(nam, 'v2', '.dp-tmp-1c6f'), '{"head": "v2"');

    while (await runOneJob(ctx)) {
      // run the replication jobs
    }
    expect(await ctx.catalogue.getCopy(v1.object, 'nam')).toMatchObject({ status: 'ok', version: 2 });
    expect(existsSync(join(nam, 'v2', '.dp-tmp-1c6f'))).toBe(false);
    expect(existsSync(join(nam, 'v2', 'content', '.dp-tmp-0b5e'))).toBe(false);
    const report = await validateOcflPath(nam);
    expect(report.errors).toEqual([]);
  });

  it('refuses (exit 4, nothing written) when no online copy is current', async () => {
    const v1 = await ingestVersion(1);
    for (const site of ['bac', 'nam', 'trung'])
      await ctx.catalogue.putCopy({ ...(await ctx.catalogue.getCopy(v1.object, site))!, status: 'damaged', detail: 'test' });
    await expect(ingestVersion(2)).rejects.toMatchObject({ code: 'DP-COPIES-NOT-CURRENT', kind: 'unavailable' });
    expect(siteHead(v1.object, 'bac')).toBe('v1');
    expect((await ctx.catalogue.getObject(v1.object))?.head).toBe(1);
  });
});
