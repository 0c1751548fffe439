import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { asSeparateTask } from '../adapters/locks/task-locks.js';

/**
 * Two writers on one object inside ONE process (the server: every request shares its pid). The
 * second starts while the first provably holds the lock — from the first's progress callback — so
 * nothing here depends on timing.
 */
describe('object locks inside one process', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir();
    await initHome(join(tmp.path, 'home'), true);
    ctx = await openContext(join(tmp.path, 'home'));
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  it('refuses a concurrent ingest of the same file code with DP-LOCKED; one version, nothing lost', async () => {
    const a = makeSourceFolder(join(tmp.path, 'a'), SAMPLE_FILES);
    const b = makeSourceFolder(join(tmp.path, 'b'), { ...SAMPLE_FILES, 'them.txt': 'tài liệu thêm' });
    let second: Promise<unknown> | undefined;
    const first = await ingestFolder(ctx, {
      folder: a,
      fileCode: 'HS-LOCK-1',
      title: 'Hồ sơ khóa',
      onProgress: () => {
        // another request of the same server: its own task, not the holder's
        second ??= asSeparateTask(() => ingestFolder(ctx, { folder: b, fileCode: 'HS-LOCK-1', title: 'Hồ sơ khóa' })).then(
          () => 'committed',
          (error: { code?: string }) => error.code,
        );
      },
    });
    expect(first.version).toBe(1);
    expect(await second).toBe('DP-LOCKED');
    // the refused writer left nothing behind: the retry makes v2, and the audit finds 3 intact copies
    const retry = await ingestFolder(ctx, { folder: b, fileCode: 'HS-LOCK-1' });
    expect(retry.version).toBe(2);
    const audit = await runAudit(ctx, { all: true });
    expect(audit.damaged).toBe(0);
    expect(audit.checked).toBe(3);
  });

  it('lets a different file code go on at the same time', async () => {
    const a = makeSourceFolder(join(tmp.path, 'a'), SAMPLE_FILES);
    let other: Promise<unknown> | undefined;
    await ingestFolder(ctx, {
      folder: a,
      fileCode: 'HS-LOCK-2',
      title: 'Hồ sơ A',
      onProgress: () => {
        other ??= asSeparateTask(() => ingestFolder(ctx, { folder: a, fileCode: 'HS-LOCK-3', title: 'Hồ sơ B' })).then((r) => r.version);
      },
    });
    expect(await other).toBe(1);
  });

  it('re-enters its own lock from a nested step, and still refuses another task meanwhile', async () => {
    const a = makeSourceFolder(join(tmp.path, 'a'), SAMPLE_FILES);
    await ingestFolder(ctx, { folder: a, fileCode: 'HS-LOCK-4', title: 'Hồ sơ C' });
    const seen = await ctx.locks.hold('HS-LOCK-4', 'audit', async () => {
      const nested = await ctx.locks.hold('HS-LOCK-4', 'replicate', async () => 'nested ok');
      // the nested release did not give the lock away: another task is still refused
      const competitor = await asSeparateTask(() => ingestFolder(ctx, { folder: a, fileCode: 'HS-LOCK-4' })).then(
        () => 'committed',
        (error: { code?: string }) => error.code,
      );
      return [nested, competitor];
    });
    expect(seen).toEqual(['nested ok', 'DP-LOCKED']);
    // free again once the holder is done
    expect((await ingestFolder(ctx, { folder: a, fileCode: 'HS-LOCK-4' })).unchanged).toBe(true);
  });
});
