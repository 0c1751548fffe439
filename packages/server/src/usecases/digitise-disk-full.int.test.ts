import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { mountTmpfs, unmount } from '../testing/mount.js';
import { DuphongError } from '../errors.js';
import { createBatch } from './digitise-batches.js';
import { receiveScans } from './digitise-receive.js';
import { runBatch } from './digitise-run.js';

const SCANS = fileURLToPath(new URL('../../../../fixtures/scans/H15.01.2006.001', import.meta.url));
const CODE = 'H15.01.2006.001';
const T = '2026-03-01T08:00:00.000+07:00';

const codeOf = async (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (e: unknown) => (e instanceof DuphongError ? e.code : String(e)),
  );

/** Every name under `dir`, recursively. */
const namesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? namesUnder(join(dir, e.name)) : [e.name]));

/**
 * The batch's work folder on a disk that fills: receiving and converting stop with DP-DISK-FULL,
 * nothing half-written stays under a real name, and once there is room the batch goes on.
 */
describe('digitisation on a disk that fills', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  let work: string;
  let ctx: Context;

  beforeEach(async () => {
    tmp = tempDir('duphong-dg-full-');
    home = join(tmp.path, 'home');
    await initHome(home, true);
    work = join(home, 'digitisation');
    await mountTmpfs(work, 300 * 1024);
    ctx = await openContext(home);
    await ctx.catalogue.records.putFile({
      code: CODE,
      fondsCode: null,
      title: 'Hồ sơ về việc sáp nhập thôn, tổ dân phố năm 2006',
      fields: { arrangedDate: '2026-03-15', arrangedBy: 'Phạm Thu Hà' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
  });

  afterEach(async () => {
    await ctx.close();
    await unmount(work);
    tmp.remove();
  });

  it('stops receiving and converting with DP-DISK-FULL, then finishes once there is room', async () => {
    const { batch } = await createBatch(ctx, undefined, { fileCodes: [CODE] });
    // 300 KB cannot hold the three scans (≈ 450 KB).
    expect(await codeOf(receiveScans(ctx, undefined, batch.id, SCANS))).toBe('DP-DISK-FULL');
    expect(namesUnder(work).filter((n) => n.endsWith('.nhan-tam'))).toEqual([]);

    execFileSync('mount', ['-o', 'remount,size=2m', work]);
    const received = await receiveScans(ctx, undefined, batch.id, SCANS, { reviewWarnings: false });
    expect(received.documents.map((d) => d.state)).toEqual(['accepted', 'accepted']);
    // Converting needs a few times the scans' size: refused before ocrmypdf starts.
    expect(await codeOf(runBatch(ctx, undefined, batch.id))).toBe('DP-DISK-FULL');
    expect((await ctx.catalogue.digitisation.listDocuments(batch.id)).map((d) => d.state)).toEqual(['accepted', 'accepted']);

    execFileSync('mount', ['-o', 'remount,size=256m', work]);
    const run = await runBatch(ctx, undefined, batch.id);
    expect(run.batch.state).toBe('stored');
    const object = await ctx.catalogue.getObjectByFileCode(CODE);
    expect((await ctx.catalogue.listCopies(object!.id)).map((c) => c.status)).toEqual(['ok', 'ok', 'ok']);
  });
});
