import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duphong } from '../cli.js';
import { makeSourceFolder, tempDir } from '../../packages/server/src/testing/homes.js';
import { validateOcflPath } from '../../packages/server/src/ocfl/validate-path.js';
import { forgeInventory, forgeVersion } from './forge.js';
import { layoutDirs, readInventory, versionContent } from './site-view.js';
import { sha256 } from './ledger.js';

/**
 * The campaign's forgeries must be well-formed OCFL that the validator accepts (content, every
 * inventory and sidecar consistent): otherwise the campaign would test damage, not forgery.
 */
describe('campaign forgeries', () => {
  const tmp = tempDir('duphong-forge-');
  afterAll(() => tmp.remove());

  it('a forged inventory and a forged version of a two-version object both pass the validator', async () => {
    const home = join(tmp.path, 'home');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const src = makeSourceFolder(join(tmp.path, 'src'), { 'trang-01.txt': 'một', 'phụ lục/b.txt': 'hai' });
    expect((await duphong(['ingest', src, '--file', 'HS-GIA', '--title', 'Giả', '--home', home])).code).toBe(0);
    writeFileSync(join(src, 'trang-01.txt'), 'một (sửa)');
    expect((await duphong(['ingest', src, '--file', 'HS-GIA', '--home', home])).code).toBe(0);
    const forged = Buffer.from('GIẢ MẠO');
    for (const kind of ['inventory', 'version'] as const) {
      const root = join(tmp.path, `site-${kind}`);
      cpSync(join(home, 'sites', 'bac', 'ocfl'), root, { recursive: true });
      const dir = layoutDirs(root)[0]!;
      const inv = readInventory(dir)!;
      if (kind === 'inventory') expect(forgeInventory(dir, inv, forged, 0)).toBeDefined();
      else expect(forgeVersion(dir, inv, forged, Buffer.from('thêm'))).toBe('v3');
      const report = await validateOcflPath(root);
      expect(report.errors, kind).toEqual([]);
      const after = readInventory(dir)!;
      const head = Number(after.head.slice(1));
      expect(Object.values(versionContent(dir, after, head)!)).toContain(sha256(forged));
    }
  });
});
