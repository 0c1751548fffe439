import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { ingestFolder } from './ingest.js';
import { rebuildFromSite } from './rebuild.js';
import { objectKey } from '../storage/site-ocfl.js';

/**
 * A site holding two objects for one file code (two writers before locks held, or a planted copy):
 * the rebuild indexes one and reports the other — found by the campaign as an exit 1 on the
 * catalogue's unique key.
 */
describe('rebuild from a site with two objects of one file code', () => {
  let tmp: ReturnType<typeof tempDir>;
  let ctx: Context;
  const home = () => join(tmp.path, 'home');

  beforeEach(async () => {
    tmp = tempDir();
    await initHome(home(), true);
    await initHome(join(tmp.path, 'other'), true);
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  it('indexes one object, skips the other with DP-REINDEX-DUPLICATE-FILE-CODE, loses nothing on disk', async () => {
    const src = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    const other = await openContext(join(tmp.path, 'other'));
    const planted = await ingestFolder(other, { folder: src, fileCode: 'HS-DUP', title: 'Hồ sơ trùng' });
    await other.close();
    ctx = await openContext(home());
    const genuine = await ingestFolder(ctx, { folder: src, fileCode: 'HS-DUP', title: 'Hồ sơ trùng' });
    expect(planted.object).not.toBe(genuine.object);
    const key = objectKey(planted.object, ctx.hasher);
    cpSync(join(tmp.path, 'other', 'sites', 'nam', key), join(home(), 'sites', 'nam', key), { recursive: true });
    await ctx.close();
    for (const f of readdirSync(home())) if (f.startsWith('catalogue.sqlite')) rmSync(join(home(), f));
    ctx = await openContext(home());
    const result = await rebuildFromSite(ctx, 'nam');
    expect(result.objects).toBe(1);
    expect(result.skipped).toHaveLength(1);
    expect(result.skipped[0]!.reason).toContain('HS-DUP');
    const indexed = await ctx.catalogue.getObjectByFileCode('HS-DUP');
    expect([planted.object, genuine.object]).toContain(indexed?.id);
    // both object folders are still on the site: nothing deleted
    expect(readdirSync(join(home(), 'sites', 'nam', key)).length).toBeGreaterThan(0);
  });
});
