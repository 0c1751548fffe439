// Digitisation under a careless operator: a receive killed (-9) while copying scans in must not
// leave a rescan that the next receive takes for one already checked.
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duphong } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';
import { generateDocumentPages, type GenerateOptions } from '../packages/server/src/testing/scan-generator.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CATALOG = join(ROOT, 'fixtures/catalog/muc-luc-mau.xlsx');
const CODE = 'H15.01.2006.001';

describe('digitisation: kill -9 during receive', () => {
  const tmp = tempDir('duphong-digitise-hostile-');
  afterAll(() => tmp.remove());

  async function scan(folder: string, name: string, options: Omit<GenerateOptions, 'dir' | 'pages'>): Promise<void> {
    const [page] = await generateDocumentPages({ ...options, pages: 1, dir: join(tmp.path, 'gen', `${name}-${options.seed}`) });
    mkdirSync(folder, { recursive: true });
    copyFileSync(page!.path, join(folder, `${name}.png`));
  }

  it('a rescan copied in by a killed receive is checked on the next receive, not skipped as unchanged', async () => {
    const home = join(tmp.path, 'home');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    expect((await duphong(['catalog', 'import', CATALOG, '--unit', 'province-lao-cai', '--home', home])).code).toBe(0);
    expect((await duphong(['digitize', 'arranged', CODE, '--date', '15/03/2026', '--by', 'Phạm Thu Hà', '--home', home])).code).toBe(0);
    const made = await duphong(['digitize', 'batch', 'create', '--files', CODE, '--json', '--home', home]);
    expect(made.code, made.stderr).toBe(0);
    const batch = made.json.batch.id as string;

    // Document 1 at 100 dpi (rejected), document 2 blank (waits for review: the batch stays open).
    const v1 = join(tmp.path, 'v1');
    await scan(v1, `${CODE}.0000001`, { seed: 3, variant: 'low-resolution' });
    await scan(v1, `${CODE}.0000002`, { seed: 7, variant: 'blank' });
    await duphong(['digitize', 'receive', batch, v1, '--home', home]);
    const state = async () =>
      (
        (await duphong(['digitize', 'batch', 'show', batch, '--json', '--home', home])).json.documents as Array<{
          ordinal: number;
          state: string;
        }>
      ).find((d) => d.ordinal === 1)!.state;
    expect(await state()).toBe('rejected');

    // The 200 dpi rescan under the same name; the receive is killed right after copying it in.
    const v2 = join(tmp.path, 'v2');
    await scan(v2, `${CODE}.0000001`, { seed: 3 });
    const killed = await duphong(['digitize', 'receive', batch, v2, '--home', home], {
      env: { DUPHONG_FAULT_POINT: 'digitise:after-scan-copy' },
    });
    expect(killed.signal, killed.stderr).toBe('SIGKILL');
    await duphong(['digitize', 'receive', batch, v2, '--home', home]);
    expect(await state()).not.toBe('rejected');
  });
});
