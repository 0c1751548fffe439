import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { objectKey } from '../storage/site-ocfl.js';

/** The audit's harder decisions, on real storage: what it may repair, what it must leave to a person. */
describe('audit decisions', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let now = new Date('2026-11-22T03:00:00Z');
  const clock: Clock = { now: () => now };
  let objectDir: (site: string) => string;
  let objectId: string;

  beforeEach(async () => {
    tmp = tempDir('duphong-audit-');
    home = join(tmp.path, 'home');
    now = new Date('2026-11-22T03:00:00Z');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    const result = await ingestFolder(ctx, {
      folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES),
      fileCode: 'HS-A',
      title: 'Kiểm tra',
    });
    objectId = result.object;
    objectDir = (site) => join(home, 'sites', site, objectKey(objectId, ctx.hasher));
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const content = (site: string, name: string) => join(objectDir(site), 'v1', 'content', 'representations', 'rep1', 'data', name);

  it('audits only what is due: nothing right after ingest, every copy once the period has passed', async () => {
    expect(await runAudit(ctx)).toMatchObject({ checked: 0 });
    now = new Date('2027-12-01T03:00:00Z'); // 12-month default period exceeded
    expect(await runAudit(ctx)).toMatchObject({ checked: 3, damaged: 0 });
    expect(await runAudit(ctx)).toMatchObject({ checked: 0 }); // just verified again
  });

  it('restores a missing file and quarantines an extra one, recording PREMIS events', async () => {
    rmSync(content('bac', 'Biên bản họp.txt'));
    writeFileSync(join(objectDir('nam'), 'v1', 'content', 'representations', 'rep1', 'data', 'lạ.exe'), 'không thuộc hồ sơ');
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ checked: 3, damaged: 2, repaired: 2, unrepaired: 0 });
    expect(audit.findings.map((f) => [f.site, f.code]).sort()).toEqual([
      ['bac', 'DP-AUDIT-MISSING'],
      ['nam', 'DP-AUDIT-EXTRA'],
    ]);
    expect(readFileSync(content('bac', 'Biên bản họp.txt'), 'utf8')).toContain('Ủy ban');
    expect(existsSync(join(objectDir('nam'), 'v1', 'content', 'representations', 'rep1', 'data', 'lạ.exe'))).toBe(false);
    const quarantine = join(home, 'sites', 'nam', 'quarantine');
    expect(readdirSync(quarantine)).toHaveLength(1);
    const types = (await ctx.catalogue.listEvents({ objectId })).map((e) => e.type);
    expect(types).toContain('quarantine');
    expect(types).toContain('replication');
  });

  it('never repairs from a damaged copy: the same file damaged everywhere is left unrepaired as an incident', async () => {
    for (const site of ['bac', 'trung', 'nam']) writeFileSync(content(site, 'Quyết định số 15-QĐ.pdf'), `hỏng ở ${site}`);
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ checked: 3, damaged: 3, repaired: 0, unrepaired: 3 });
    expect(readFileSync(content('bac', 'Quyết định số 15-QĐ.pdf'), 'utf8')).toBe('hỏng ở bac'); // untouched
    const incidents = await ctx.catalogue.listIncidents({ open: true });
    // One incident for the record (no intact copy anywhere), not one per site.
    expect(incidents.map((i) => [i.code, i.site])).toEqual([['DP-AUDIT-NO-SOURCE', null]]);
    expect((await ctx.catalogue.listCopies(objectId)).map((c) => c.status)).toEqual(['damaged', 'damaged', 'damaged']);
  });

  it('copies that disagree with no majority are left for a person to decide', async () => {
    // Two sites rewritten differently, each with a matching sidecar: three inventories, no majority.
    for (const [site, message] of [
      ['bac', 'sửa trái phép A'],
      ['trung', 'sửa trái phép B'],
    ] as const) {
      const file = join(objectDir(site), 'inventory.json');
      const inventory = JSON.parse(readFileSync(file, 'utf8'));
      inventory.versions.v1.message = message;
      const bytes = Buffer.from(JSON.stringify(inventory, null, 2));
      writeFileSync(file, bytes);
      writeFileSync(`${file}.sha256`, `${createHash('sha256').update(bytes).digest('hex')}  inventory.json\n`);
    }
    const audit = await runAudit(ctx, { all: true });
    expect(audit.unrepaired).toBeGreaterThan(0);
    expect(audit.findings[0]).toMatchObject({ code: 'DP-AUDIT-CONFLICT' });
    expect((await ctx.catalogue.listIncidents({ open: true }))[0]).toMatchObject({ code: 'DP-AUDIT-CONFLICT' });
    expect(JSON.parse(readFileSync(join(objectDir('bac'), 'inventory.json'), 'utf8')).versions.v1.message).toBe('sửa trái phép A');
  });

  it('a damaged inventory on one site is restored from the majority', async () => {
    writeFileSync(join(objectDir('trung'), 'inventory.json'), '{"hỏng": true}');
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ damaged: 1, repaired: 1, unrepaired: 0 });
    expect(audit.findings[0]).toMatchObject({ site: 'trung', code: 'DP-AUDIT-INVENTORY' });
    expect(readFileSync(join(objectDir('trung'), 'inventory.json'))).toEqual(readFileSync(join(objectDir('bac'), 'inventory.json')));
  });
});
