import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { ingestFolder } from '../usecases/ingest.js';
import { JobRunner } from './runner.js';

/** The server's worker runs the background audit once its queue is drained (one tick, called directly). */
describe('JobRunner and the background audit', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  let now = new Date('2025-11-01T03:00:00Z');
  const clock: Clock = { now: () => now };
  let objectId: string;

  beforeEach(async () => {
    tmp = tempDir('duphong-runner-');
    const home = join(tmp.path, 'home');
    await initHome(home, true);
    now = new Date('2025-11-01T03:00:00Z');
    ctx = await openContext(home, { clock });
    objectId = (await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES), fileCode: 'HS-R', title: 'R' }))
      .object;
    now = new Date('2026-12-01T03:00:00Z'); // past the 12-month period
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const verified = async () => (await ctx.catalogue.listCopies(objectId)).map((c) => c.verifiedAt);

  it('re-verifies due copies on a tick', async () => {
    const runner = new JobRunner(ctx);
    try {
      await runner.tick();
    } finally {
      await runner.stop();
    }
    expect(await verified()).toEqual(Array(3).fill('2026-12-01T10:00:00.000+07:00'));
  });

  it('leaves audits alone when audit.scheduled is false', async () => {
    ctx.config.audit.scheduled = false;
    const runner = new JobRunner(ctx);
    try {
      await runner.tick();
    } finally {
      await runner.stop();
    }
    expect(runner.audits).toBeUndefined();
    expect(await verified()).toEqual(Array(3).fill('2025-11-01T10:00:00.000+07:00'));
  });
});
