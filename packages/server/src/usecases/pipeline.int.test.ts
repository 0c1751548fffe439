import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, rmSync, statSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { rebuildFromSite } from './rebuild.js';
import { objectKey } from '../storage/site-ocfl.js';
import { validateOcflPath } from '../ocfl/validate-path.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';

function findFile(dir: string, name: string): string | undefined {
  for (const entry of readdirSync(dir)) {
    const p = join(dir, entry);
    if (statSync(p).isDirectory()) {
      const found = findFile(p, name);
      if (found) return found;
    } else if (entry === name) return p;
  }
  return undefined;
}

/** The catalogue engines the pipeline runs on: SQLite always, PostgreSQL whenever the test URL is set. */
const PG_URL = process.env.DUPHONG_TEST_PG_URL;
const engines = ['sqlite', ...(PG_URL ? ['postgres'] : [])] as const;

async function dropSchema(schema: string): Promise<void> {
  const client = new pg.Client({ connectionString: PG_URL });
  await client.connect();
  try {
    await client.query(`drop schema if exists "${schema}" cascade`);
  } finally {
    await client.end();
  }
}

describe.each(engines)('backup pipeline on three local sites, catalogue on %s', (engine) => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let ctx: Context;
  let schema: string;
  let counter = 0;

  beforeEach(async () => {
    tmp = tempDir();
    home = join(tmp.path, 'home');
    await initHome(home, true);
    if (engine === 'postgres') {
      schema = `duphong_pipe_${process.pid}_${++counter}_${Date.now().toString(36)}`;
      const file = join(home, 'config.json');
      writeFileSync(
        file,
        JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), catalogue: { kind: 'postgres', url: PG_URL, schema } }),
      );
    }
    ctx = await openContext(home);
  });
  afterEach(async () => {
    await ctx.close();
    if (engine === 'postgres') await dropSchema(schema);
    tmp.remove();
  });

  /** Lose the catalogue: the SQLite file, or the whole PostgreSQL schema. */
  async function loseDatabase(): Promise<void> {
    await ctx.close();
    if (engine === 'postgres') await dropSchema(schema);
    else for (const f of readdirSync(home)) if (f.startsWith('catalogue.sqlite')) rmSync(join(home, f));
    ctx = await openContext(home);
  }

  it('ingests, finds and repairs a corrupted copy, and rebuilds the catalogue from one site', async () => {
    const source = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    const result = await ingestFolder(ctx, { folder: source, fileCode: 'H49.64.33.2001.160', title: 'Hồ sơ về việc thành lập tỉnh' });
    expect(result.version).toBe(1);
    expect(result.files).toBe(4);
    expect(result.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'ok' },
      { site: 'trung', status: 'ok' },
    ]);
    // Every site holds a valid OCFL storage root with the documents under their own names.
    for (const site of ['bac', 'trung', 'nam']) {
      const report = await validateOcflPath(join(home, 'sites', site, 'ocfl'));
      expect(report.errors).toEqual([]);
      expect(findFile(join(home, 'sites', site, 'ocfl'), 'Quyết định số 15-QĐ.pdf')).toBeDefined();
    }

    // Corrupt one file on one site by hand.
    const victim = findFile(join(home, 'sites', 'trung', 'ocfl'), 'trang 02.tif')!;
    const bytes = readFileSync(victim);
    bytes[100] = bytes[100]! ^ 0xff;
    writeFileSync(victim, bytes);

    const audit = await runAudit(ctx, { all: true });
    expect(audit.checked).toBe(3);
    expect(audit.damaged).toBe(1);
    expect(audit.repaired).toBe(1);
    expect(audit.unrepaired).toBe(0);
    expect(audit.findings).toHaveLength(1);
    expect(audit.findings[0]).toMatchObject({ site: 'trung', code: 'DP-AUDIT-DAMAGED' });
    expect(audit.findings[0]!.path).toMatch(/trang 02\.tif$/);
    const again = await runAudit(ctx, { all: true });
    expect(again).toMatchObject({ checked: 3, damaged: 0, repaired: 0, unrepaired: 0 });

    const before = {
      objects: await ctx.catalogue.listObjects(),
      copies: await ctx.catalogue.listCopies(result.object),
      versions: await ctx.catalogue.listVersions(result.object),
      files: await ctx.catalogue.listVersionFiles(result.object, 1),
      events: await ctx.catalogue.listEvents({ objectId: result.object }),
      file: await ctx.catalogue.getFile('H49.64.33.2001.160'),
    };

    // Lose the database; rebuild from one site alone.
    await loseDatabase();
    const rebuilt = await rebuildFromSite(ctx, 'nam');
    expect(rebuilt).toMatchObject({ objects: 1, files: 1, documents: 4 });
    expect(rebuilt.events).toBe(before.events.length);

    const after = {
      objects: await ctx.catalogue.listObjects(),
      copies: await ctx.catalogue.listCopies(result.object),
      versions: await ctx.catalogue.listVersions(result.object),
      files: await ctx.catalogue.listVersionFiles(result.object, 1),
      events: await ctx.catalogue.listEvents({ objectId: result.object }),
      file: await ctx.catalogue.getFile('H49.64.33.2001.160'),
    };
    expect(after.objects.map((o) => [o.id, o.fileCode, o.head])).toEqual(before.objects.map((o) => [o.id, o.fileCode, o.head]));
    expect(after.copies.map((c) => [c.site, c.version, c.status, c.verifiedAt])).toEqual(
      before.copies.map((c) => [c.site, c.version, c.status, c.verifiedAt]),
    );
    expect(after.versions).toEqual(before.versions);
    expect(after.files).toEqual(before.files);
    expect(after.events).toEqual(before.events);
    expect(after.file?.title).toBe(before.file?.title);
  });

  it('adds a version only with what changed (forward delta) and keeps earlier versions intact', async () => {
    const source = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    const first = await ingestFolder(ctx, { folder: source, fileCode: 'HS-2', title: 'Hồ sơ 2' });
    const same = await ingestFolder(ctx, { folder: source, fileCode: 'HS-2' });
    expect(same).toMatchObject({ unchanged: true, version: 1 });
    writeFileSync(join(source, 'Bổ sung.txt'), 'tài liệu bổ sung');
    const second = await ingestFolder(ctx, { folder: source, fileCode: 'HS-2' });
    expect(second.version).toBe(2);
    const key = objectKey(first.object, ctx.hasher);
    const v2content = join(home, 'sites', 'bac', key, 'v2', 'content');
    // Only the new document and the metadata that changed were written in v2 (not the schemas).
    const rep = join(v2content, 'representations', 'rep1');
    expect(existsSync(join(rep, 'data', 'Bổ sung.txt'))).toBe(true);
    expect(existsSync(join(rep, 'data', 'Biên bản họp.txt'))).toBe(false);
    expect(existsSync(join(v2content, 'METS.xml'))).toBe(true);
    expect(existsSync(join(v2content, 'schemas'))).toBe(false);
    const report = await validateOcflPath(join(home, 'sites', 'bac', key));
    expect(report).toMatchObject({ valid: true, errors: [] });
  });

  it('refuses an unknown file code without --title and writes nothing', async () => {
    const source = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    await expect(ingestFolder(ctx, { folder: source, fileCode: 'KHONG-CO' })).rejects.toMatchObject({
      code: 'DP-FILE-UNKNOWN',
      kind: 'request',
    });
    expect(await ctx.catalogue.countObjects()).toBe(0);
  });
});
