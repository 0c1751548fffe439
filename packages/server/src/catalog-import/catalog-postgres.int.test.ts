// All-or-nothing import on PostgreSQL (DUPHONG_TEST_PG_URL, default the local server): a sheet with
// errors leaves the schema untouched, a good one commits whole, re-import changes nothing.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openContext } from '../app/context.js';
import { tempDir } from '../testing/homes.js';
import { FIXTURES, duphong, postgresHome } from '../testing/catalog-cli.js';

const tmp = tempDir('catalog-pg-');
const schema = `duphong_catalog_${process.pid}_${Date.now().toString(36)}`;
const home = join(tmp.path, 'home');
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await drop?.();
  tmp.remove();
});

async function counts(): Promise<{ files: number; documents: number; fonds: number }> {
  const ctx = await openContext(home);
  try {
    const c = ctx.catalogue.records;
    return { files: await c.countFiles(), documents: await c.countDocuments(), fonds: (await c.listFonds()).length };
  } finally {
    await ctx.close();
  }
}

describe('duphong catalog import on PostgreSQL', () => {
  it('writes nothing when any row is wrong, everything when none is, and only the good rows with --allow-partial', async () => {
    ({ drop } = await postgresHome(home, schema));
    const bad = duphong(home, 'catalog', 'import', join(FIXTURES, 'bad/muc-luc-loi.xlsx'));
    expect(bad.stderr).not.toMatch(/DP-INTERNAL/);
    expect(bad.code, bad.stderr).toBe(3);
    expect(bad.json).toMatchObject({ written: false, rejected: 6 });
    expect(await counts()).toEqual({ files: 0, documents: 0, fonds: 0 });

    const good = duphong(home, 'catalog', 'import', join(FIXTURES, 'muc-luc-mau.xlsx'));
    expect(good.code, good.stderr).toBe(0);
    expect(good.json.counts).toEqual({ created: 340, updated: 0, unchanged: 0 });
    expect(good.json.holdingCounts).toEqual({ created: 310, updated: 0, unchanged: 0 });
    expect(await counts()).toEqual({ files: 310, documents: 30, fonds: 3 });
    const again = duphong(home, 'catalog', 'import', join(FIXTURES, 'muc-luc-mau.xlsx')).json;
    expect(again.counts).toEqual({ created: 0, updated: 0, unchanged: 340 });
    expect(again.holdingCounts).toEqual({ created: 0, updated: 0, unchanged: 310 });

    const partial = duphong(home, 'catalog', 'import', join(FIXTURES, 'bad/muc-luc-loi.xlsx'), '--allow-partial');
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.json).toMatchObject({ written: true, counts: { created: 2 } });
    expect(await counts()).toEqual({ files: 312, documents: 30, fonds: 3 });
  });
});
