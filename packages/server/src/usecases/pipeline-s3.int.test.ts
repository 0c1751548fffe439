import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { collect, streamOf } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import { startS3rver, type RunningS3rver } from '../testing/s3rver.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../testing/homes.js';
import { ingestFolder } from './ingest.js';
import { runAudit } from './audit.js';
import { rebuildFromSite } from './rebuild.js';
import { objectKey } from '../storage/site-ocfl.js';
import { runOneJob } from '../jobs/runner.js';

/** The same pipeline with one site on an S3 object store (s3rver on loopback): real protocol, no mocks. */
describe('pipeline with an S3 site', () => {
  const tmp = tempDir('duphong-s3-');
  const home = join(tmp.path, 'home');
  let s3: RunningS3rver;

  beforeAll(async () => {
    s3 = await startS3rver('duphong-nam');
    process.env.AWS_ACCESS_KEY_ID = s3.credentials.accessKeyId;
    process.env.AWS_SECRET_ACCESS_KEY = s3.credentials.secretAccessKey;
    await initHome(home, true);
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    config.sites = config.sites.map((s: { name: string }) =>
      s.name === 'nam'
        ? { name: 'nam', kind: 's3', region: 'nam', medium: 'object', endpoint: s3.endpoint, bucket: s3.bucket, prefix: 'duphong/' }
        : s,
    );
    writeFileSync(join(home, 'config.json'), JSON.stringify(config, null, 2));
  });
  afterAll(async () => {
    await s3.stop();
    tmp.remove();
  });

  it('ingests to fs and S3, repairs a damaged S3 copy, rebuilds from the S3 site', async () => {
    let ctx = await openContext(home);
    const source = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    const result = await ingestFolder(ctx, { folder: source, fileCode: 'HS-S3', title: 'Hồ sơ lưu trên S3' });
    expect(result.copies.map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
    expect(result.policy.met).toBe(true); // disk + object, three regions

    const nam = ctx.sites.get('nam')!.store;
    const key = objectKey(result.object, ctx.hasher);
    const victim = `${key}/v1/content/representations/rep1/data/Biên bản họp.txt`;
    expect((await nam.head(victim))?.size).toBeGreaterThan(0);
    await nam.put(victim, streamOf(new TextEncoder().encode('bị sửa trái phép')));

    const audit = await runAudit(ctx, { all: true });
    expect(audit).toMatchObject({ checked: 3, damaged: 1, repaired: 1, unrepaired: 0 });
    expect(audit.findings[0]).toMatchObject({ site: 'nam', code: 'DP-AUDIT-DAMAGED' });
    expect(new TextDecoder().decode(await collect(await nam.get(victim)))).toContain('Ủy ban');

    await ctx.close();
    for (const f of readdirSync(home)) if (f.startsWith('catalogue.sqlite')) rmSync(join(home, f));
    ctx = await openContext(home);
    const rebuilt = await rebuildFromSite(ctx, 'nam');
    expect(rebuilt).toMatchObject({ objects: 1, files: 1, documents: 4 });
    const copies = await ctx.catalogue.listCopies(result.object);
    expect(copies.map((c) => [c.site, c.status, c.version])).toEqual([
      ['bac', 'ok', 1],
      ['nam', 'ok', 1],
      ['trung', 'ok', 1],
    ]);
    await ctx.close();
  });

  it('a copy left pending while the S3 site was down is completed by the job when it returns', async () => {
    const config = JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));
    const good = config.sites.find((s: { name: string }) => s.name === 'nam').endpoint;
    const setEndpoint = (endpoint: string) => {
      config.sites = config.sites.map((s: { name: string }) => (s.name === 'nam' ? { ...s, endpoint } : s));
      writeFileSync(join(home, 'config.json'), JSON.stringify(config, null, 2));
    };
    setEndpoint('http://127.0.0.1:9');
    let ctx = await openContext(home);
    const source = makeSourceFolder(join(tmp.path, 'src2'), { 'Công văn.pdf': 'công văn số 12' });
    const result = await ingestFolder(ctx, { folder: source, fileCode: 'HS-DOWN', title: 'Khi S3 ngừng' });
    expect(result.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'pending' },
      { site: 'trung', status: 'ok' },
    ]);
    await ctx.close();
    setEndpoint(good);
    ctx = await openContext(home);
    expect((await runOneJob(ctx))?.kind).toBe('replicate');
    expect((await ctx.catalogue.getCopy(result.object, 'nam'))?.status).toBe('ok');
    const audit = await runAudit(ctx, { all: true });
    expect(audit.unrepaired).toBe(0);
    expect(audit.damaged).toBe(0);
    await ctx.close();
  });
});
