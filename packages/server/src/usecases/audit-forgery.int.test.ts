import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import type { Clock } from '@duphong/core';
import { validateStorageRoot } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { FsOcflTree } from '../adapters/ocfl-fs-tree.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { exportAip } from './export-aip.js';
import { objectKey } from '../storage/site-ocfl.js';

const SITES = ['bac', 'trung', 'nam'] as const;
const DATA = 'representations/rep1/data';
const sha = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((e) => (statSync(join(dir, e)).isDirectory() ? filesUnder(join(dir, e)) : [join(dir, e)]));
}

/** The hostile cases of issue 8, on real fs sites: the audit believes witnesses, and every repair is valid OCFL. */
describe('audit against forgeries and emptied storage', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  const clock: Clock = { now: () => new Date('2026-11-22T03:00:00Z') };
  let objectId: string;
  let dir: (site: string) => string;

  beforeEach(async () => {
    tmp = tempDir('duphong-forgery-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    ctx = await openContext(home, { clock });
    const result = await ingestFolder(ctx, {
      folder: makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES),
      fileCode: 'HS-F',
      title: 'Giả mạo',
    });
    objectId = result.object;
    dir = (site) => join(home, 'sites', site, objectKey(objectId, ctx.hasher));
  });
  afterEach(async () => {
    await ctx.close();
    tmp.remove();
  });

  const rootInventory = (site: string) => JSON.parse(readFileSync(join(dir(site), 'inventory.json'), 'utf8'));
  /** Write an inventory with a matching sidecar at the root and in its head version folder: a well-formed forgery. */
  function writeSigned(site: string, inventory: { head: string }): void {
    const bytes = Buffer.from(JSON.stringify(inventory, null, 2));
    for (const at of ['', `${inventory.head}/`]) {
      mkdirSync(join(dir(site), at), { recursive: true });
      writeFileSync(join(dir(site), `${at}inventory.json`), bytes);
      writeFileSync(join(dir(site), `${at}inventory.json.sha256`), `${sha(bytes)}  inventory.json\n`);
    }
  }
  async function ocflErrors(site: string): Promise<string[]> {
    const findings = await validateStorageRoot(new FsOcflTree(join(home, 'sites', site, 'ocfl')), ctx.hasher);
    return findings.filter((f) => f.severity === 'error').map((f) => `${f.code} ${f.path ?? ''}`);
  }
  async function expectAllValidAndExportable(): Promise<void> {
    for (const site of SITES) expect(await ocflErrors(site), site).toEqual([]);
    expect((await ctx.catalogue.listCopies(objectId)).map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const out = join(tmp.path, `aip-${Math.random().toString(36).slice(2)}`);
    await exportAip(ctx, 'HS-F', out);
    expect(readdirSync(out).length).toBeGreaterThan(0);
  }
  const quarantined = (site: string) =>
    filesUnder(join(home, 'sites', site, 'quarantine')).map((p) => relative(join(home, 'sites', site), p));
  const genuine = (site: string) => readFileSync(join(dir(site), 'v1', 'content', DATA, 'Biên bản họp.txt'), 'utf8');

  /** A forged, well-formed v2 on `site`: new content, inventory and sidecars that all agree with each other. */
  function forgeV2(site: string): void {
    const inv = rootInventory(site);
    const forged = 'Biên bản họp đã bị sửa';
    const path = `v2/content/${DATA}/Biên bản họp.txt`;
    mkdirSync(join(dir(site), 'v2', 'content', DATA), { recursive: true });
    writeFileSync(join(dir(site), path), forged);
    inv.manifest[sha(forged)] = [path];
    const state = structuredClone(inv.versions.v1.state) as Record<string, string[]>;
    for (const [d, paths] of Object.entries(state)) {
      const kept = paths.filter((p) => !p.endsWith('Biên bản họp.txt'));
      if (kept.length === 0) delete state[d];
      else state[d] = kept;
    }
    state[sha(forged)] = [`${DATA}/Biên bản họp.txt`];
    inv.versions.v2 = { ...inv.versions.v1, created: '2026-11-22T09:00:00+07:00', message: 'giả mạo', state };
    inv.head = 'v2';
    writeSigned(site, inv);
  }

  it('an extra well-formed v2 on one site is quarantined, never copied; the honest copies stay the reference', async () => {
    forgeV2('nam');
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ checked: 3, damaged: 1, repaired: 1, unrepaired: 0 });
    expect(audit.findings.map((f) => [f.site, f.code])).toContainEqual(['nam', 'DP-AUDIT-UNKNOWN-VERSION']);
    for (const site of SITES) {
      expect(existsSync(join(dir(site), 'v2')), site).toBe(false);
      expect(rootInventory(site).head).toBe('v1');
      expect(genuine(site)).toContain('Ủy ban');
    }
    expect(quarantined('nam')).toEqual(
      expect.arrayContaining([expect.stringMatching(/v2\/content\/.*Biên bản họp\.txt$/), expect.stringMatching(/v2\/inventory\.json$/)]),
    );
    const incidents = await ctx.catalogue.listIncidents({ open: true });
    expect(incidents.map((i) => [i.site, i.code])).toEqual([['nam', 'DP-AUDIT-UNKNOWN-VERSION']]);
    const decision = (await ctx.catalogue.listEvents({ objectId })).find((e) => e.type === 'validation');
    expect(decision?.detail).toMatch(/danh mục: v1; .*nam: inventory v2 = danh mục, phiên bản lạ v2/);
    await expectAllValidAndExportable();
  });

  it('the same consistent forgery on two of three sites loses to the copy that matches the catalogue', async () => {
    const forged = 'Nội dung giả mạo nhất quán';
    for (const site of ['bac', 'trung']) {
      const inv = rootInventory(site);
      const path = `v1/content/${DATA}/Biên bản họp.txt`;
      const old = Object.keys(inv.manifest).find((d) => inv.manifest[d].includes(path))!;
      writeFileSync(join(dir(site), path), forged);
      inv.manifest[sha(forged)] = inv.manifest[old];
      delete inv.manifest[old];
      inv.versions.v1.state[sha(forged)] = inv.versions.v1.state[old];
      delete inv.versions.v1.state[old];
      writeSigned(site, inv);
    }
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ checked: 3, damaged: 2, repaired: 2, unrepaired: 0 });
    for (const site of SITES) expect(genuine(site), site).toContain('Ủy ban');
    const incidents = await ctx.catalogue.listIncidents({ open: true });
    expect(incidents.map((i) => [i.site, i.code]).sort()).toEqual([
      ['bac', 'DP-AUDIT-WITNESS-DISAGREE'],
      ['trung', 'DP-AUDIT-WITNESS-DISAGREE'],
    ]);
    expect(incidents[0]!.detail).toMatch(/≠ danh mục v1 ở v1 .*Biên bản họp\.txt/);
    // The forged bytes are evidence: kept in quarantine, not overwritten.
    for (const site of ['bac', 'trung']) {
      const kept = quarantined(site).find((p) => p.endsWith('Biên bản họp.txt'))!;
      expect(readFileSync(join(home, 'sites', site, kept), 'utf8')).toBe(forged);
    }
    await expectAllValidAndExportable();
  });

  it('the catalogue disagreeing with every copy stops with an incident naming the witnesses, nothing overwritten', async () => {
    for (const site of SITES) {
      const inv = rootInventory(site);
      inv.versions.v1.message = 'chữ ký lại'; // every copy re-signed identically, with content the catalogue never recorded
      const path = `v1/content/${DATA}/Biên bản họp.txt`;
      const old = Object.keys(inv.manifest).find((d) => inv.manifest[d].includes(path))!;
      writeFileSync(join(dir(site), path), 'khác');
      inv.manifest[sha('khác')] = inv.manifest[old];
      delete inv.manifest[old];
      inv.versions.v1.state[sha('khác')] = inv.versions.v1.state[old];
      delete inv.versions.v1.state[old];
      writeSigned(site, inv);
    }
    const audit = await runAudit(ctx, { all: true });
    expect(audit.unrepaired).toBe(3);
    expect(audit.findings[0]).toMatchObject({ code: 'DP-AUDIT-WITNESS-DISAGREE' });
    expect(audit.findings[0]!.detail).toMatch(/^inventory của site bac,nam,trung ≠ danh mục v1 ở v1 .*Biên bản họp\.txt/);
    expect((await ctx.catalogue.listIncidents({ open: true })).map((i) => i.code)).toEqual(['DP-AUDIT-WITNESS-DISAGREE']);
    expect(readFileSync(join(dir('bac'), 'v1', 'content', DATA, 'Biên bản họp.txt'), 'utf8')).toBe('khác');
  });

  it('an emptied object folder comes back as a complete, valid OCFL object', async () => {
    rmSync(dir('trung'), { recursive: true });
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ damaged: 1, repaired: 1, unrepaired: 0 });
    for (const name of ['0=ocfl_object_1.1', 'inventory.json', 'inventory.json.sha256', 'v1/inventory.json', 'v1/inventory.json.sha256'])
      expect(readFileSync(join(dir('trung'), name)), name).toEqual(readFileSync(join(dir('bac'), name)));
    await expectAllValidAndExportable();
  });

  it('an emptied whole site gets its storage root and every object back', async () => {
    for (const entry of readdirSync(join(home, 'sites', 'nam'))) rmSync(join(home, 'sites', 'nam', entry), { recursive: true });
    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ damaged: 1, repaired: 1, unrepaired: 0 });
    for (const name of ['0=ocfl_1.1', 'ocfl_layout.json', 'extensions/0004-hashed-n-tuple-storage-layout/config.json'])
      expect(existsSync(join(home, 'sites', 'nam', 'ocfl', name)), name).toBe(true);
    await expectAllValidAndExportable();
  });

  describe('with two versions', () => {
    beforeEach(async () => {
      await ingestFolder(ctx, {
        folder: makeSourceFolder(join(tmp.path, 'src2'), { ...SAMPLE_FILES, 'Phụ lục.txt': 'Phụ lục bổ sung' }),
        fileCode: 'HS-F',
      });
    });

    it('a damaged version inventory is restored byte-exact from the reference', async () => {
      writeFileSync(join(dir('bac'), 'v1', 'inventory.json'), '{"hỏng": true}');
      const audit = await runAudit(ctx, { all: true });
      expect(audit).toMatchObject({ damaged: 1, repaired: 1, unrepaired: 0 });
      expect(audit.findings.map((f) => [f.site, f.code, f.path])).toContainEqual(['bac', 'DP-AUDIT-DAMAGED', 'v1/inventory.json']);
      expect(readFileSync(join(dir('bac'), 'v1', 'inventory.json'))).toEqual(readFileSync(join(dir('trung'), 'v1', 'inventory.json')));
      expect((await runAudit(ctx, { all: true })).damaged).toBe(0); // not reported again
      await expectAllValidAndExportable();
    });

    it('a missing version sidecar is restored', async () => {
      rmSync(join(dir('nam'), 'v1', 'inventory.json.sha256'));
      const audit = await runAudit(ctx, { all: true });
      expect(audit).toMatchObject({ damaged: 1, repaired: 1, unrepaired: 0 });
      expect(audit.findings.map((f) => [f.site, f.code, f.path])).toContainEqual(['nam', 'DP-AUDIT-MISSING', 'v1/inventory.json.sha256']);
      expect(readFileSync(join(dir('nam'), 'v1', 'inventory.json.sha256'))).toEqual(
        readFileSync(join(dir('bac'), 'v1', 'inventory.json.sha256')),
      );
      expect((await runAudit(ctx, { all: true })).damaged).toBe(0);
      await expectAllValidAndExportable();
    });

    it('a copy that fell behind is brought to the head as a valid object', async () => {
      // nam back at v1: its v2 folder gone and its root inventory the v1 one.
      rmSync(join(dir('nam'), 'v2'), { recursive: true });
      cpSync(join(dir('bac'), 'v1', 'inventory.json'), join(dir('nam'), 'inventory.json'));
      cpSync(join(dir('bac'), 'v1', 'inventory.json.sha256'), join(dir('nam'), 'inventory.json.sha256'));
      const audit = await runAudit(ctx, { all: true });
      expect(audit.findings.map((f) => [f.site, f.code])).toEqual([['nam', 'DP-AUDIT-BEHIND']]);
      expect(audit).toMatchObject({ repaired: 1, unrepaired: 0 });
      await expectAllValidAndExportable();
    });
  });
});
