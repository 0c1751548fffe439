import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { duphong } from '../testing/catalog-cli.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { listSitesWithUsage } from './sites.js';

/** A site whose storage vanished must not keep claiming its copies. */
describe('vanished sites', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let objectId: string;

  beforeEach(async () => {
    tmp = tempDir('duphong-vanished-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home);
    objectId = (await ingestFolder(ctx, { folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES), fileCode: 'HS-V', title: 'V' }))
      .object;
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const status = async () => Object.fromEntries((await ctx.catalogue.listCopies(objectId)).map((c) => [c.site, c.status]));

  it('a deleted site folder: its copies become missing on the next audit (even if not due) and in site list', async () => {
    renameSync(join(home, 'sites', 'nam'), join(home, 'sites', 'nam.away'));
    const summary = await runAudit(ctx); // nothing is due: the vanished site is checked anyway
    expect(summary.findings.filter((f) => f.code === 'DP-SITE-VANISHED').map((f) => f.site)).toEqual(['nam']);
    expect(summary).toMatchObject({ checked: 2, unreachable: 1 });
    expect(await status()).toEqual({ bac: 'ok', nam: 'missing', trung: 'ok' });

    const sites = Object.fromEntries((await listSitesWithUsage(ctx)).map((s) => [s.name, s]));
    expect(sites.nam).toMatchObject({ objects: 0, bytes: 0, vanished: true, online: false });
    expect(sites.bac).toMatchObject({ objects: 1, vanished: false });

    const cli = duphong(home, 'audit');
    expect(cli.code).toBe(4); // the site cannot be read: nothing to repair onto until it is back

    // The folder is back (a disk remounted): the next audit verifies its missing copies again.
    renameSync(join(home, 'sites', 'nam.away'), join(home, 'sites', 'nam'));
    expect(await runAudit(ctx)).toMatchObject({ checked: 3, damaged: 0, unreachable: 0 }); // every copy of the object votes
    expect(await status()).toEqual({ bac: 'ok', nam: 'ok', trung: 'ok' });
  });

  it('site list alone already shows the copies of a deleted site as gone (no stale ok)', async () => {
    rmSync(join(home, 'sites', 'trung'), { recursive: true });
    const list = duphong(home, 'site', 'list');
    expect(list.code).toBe(0);
    expect(list.json.find((s: { name: string }) => s.name === 'trung')).toMatchObject({ objects: 0, bytes: 0, vanished: true });
    expect(await status()).toMatchObject({ trung: 'missing' });
  });

  it('an emptied storage root: copies missing without repair, re-laid and repaired with it', async () => {
    rmSync(join(home, 'sites', 'trung', 'ocfl'), { recursive: true });
    const found = await runAudit(ctx, { repair: false });
    expect(found.findings.filter((f) => f.code === 'DP-SITE-ROOT-MISSING').map((f) => f.site)).toEqual(['trung']);
    expect(found).toMatchObject({ unrepaired: 1 });
    expect(await status()).toEqual({ bac: 'ok', nam: 'ok', trung: 'missing' });

    const repaired = await runAudit(ctx);
    expect(repaired).toMatchObject({ repaired: 1, unrepaired: 0 });
    expect(existsSync(join(home, 'sites', 'trung', 'ocfl', '0=ocfl_1.1'))).toBe(true);
    expect(await status()).toEqual({ bac: 'ok', nam: 'ok', trung: 'ok' });
    // Back in place: the next audit finds no vanished site. (That the repaired object is complete
    // OCFL — its own declaration too — is the repair's business: audit-object.ts.)
    expect((await runAudit(ctx, { all: true })).findings.filter((f) => f.code.startsWith('DP-SITE-'))).toEqual([]);
  });
});
