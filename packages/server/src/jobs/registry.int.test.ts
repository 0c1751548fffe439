import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { JOB_KINDS, isoVietnam, queuedJob } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { Context } from '../ports/context.js';
import { tempDir } from '../testing/homes.js';
import { JOB_REGISTRY } from './registry.js';
import { runOneJob } from './runner.js';

describe('job registry', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  beforeAll(async () => {
    tmp = tempDir('duphong-jobs-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
  });
  afterAll(async () => {
    await ctx?.close();
    tmp?.remove();
  });

  it('has one handler for every kind core declares, and no other', () => {
    expect(Object.keys(JOB_REGISTRY).sort()).toEqual([...JOB_KINDS].sort());
  });

  it('runs a job of a registered kind through its handler', async () => {
    const job = queuedJob('audit', { all: true }, isoVietnam(ctx.clock.now()));
    await ctx.catalogue.enqueueJob(job);
    expect((await runOneJob(ctx))?.id).toBe(job.id);
    expect((await ctx.catalogue.listJobs({ kind: 'audit' })).find((j) => j.id === job.id)?.status).toBe('done');
  });

  it('fails a stored job whose payload does not fit its kind, without retrying it', async () => {
    const job = { ...queuedJob('replicate', { objectId: 'x', site: 'bac' }, isoVietnam(ctx.clock.now())), payload: { objectId: 42 } };
    await ctx.catalogue.enqueueJob(job);
    expect((await runOneJob(ctx))?.id).toBe(job.id);
    const stored = (await ctx.catalogue.listJobs({ kind: 'replicate' })).find((j) => j.id === job.id);
    expect(stored?.status).toBe('failed');
    expect(stored?.lastError).toMatch(/^Tác vụ "replicate" có dữ liệu không hợp lệ: objectId, site/);
  });

  it('never claims a kind it does not know', async () => {
    const job = { ...queuedJob('audit', {}, isoVietnam(ctx.clock.now())), kind: 'khong-biet' };
    await ctx.catalogue.enqueueJob(job);
    expect(await runOneJob(ctx)).toBeUndefined();
    expect((await ctx.catalogue.listJobs({ status: 'queued' })).map((j) => j.id)).toEqual([job.id]);
  });
});
