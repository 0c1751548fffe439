import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duphong } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** Issue 3's acceptance, through the real CLI: the hand-made TT05 SIP_hoso → AIP → export → validate. */
describe('CLI contract: ingest SIP.zip → copies → export aip → package validate; refusals', () => {
  const tmp = tempDir();
  const home = join(tmp.path, 'home');
  beforeAll(async () => {
    expect((await duphong(['init', '--home', home, '--json'])).code).toBe(0);
  });
  afterAll(() => tmp.remove());

  it('the sample SIP becomes a backup copy with three verified copies; its export validates', async () => {
    const ingest = await duphong(['ingest', join(FIXTURES, 'tt05/sip-hoso-sample.zip'), '--home', home, '--json']);
    expect(ingest.code, ingest.stderr).toBe(0);
    expect(ingest.json).toMatchObject({ fileCode: 'H49.64.33.2001.160', version: 1, files: 4 });
    expect(ingest.json.sip.objid).toBe('uuid-18D4963C-DE24-4B0D-9578-29F79BF257F3');
    expect(ingest.json.sip.warnings.map((w: { code: string }) => w.code)).toContain('DP-TT05-DOCCODE-MISMATCH');
    expect(ingest.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);

    const out = join(tmp.path, 'xuat');
    const exported = await duphong(['export', 'aip', 'H49.64.33.2001.160', '--out', out, '--home', home, '--json']);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.json.file).toBe(join(out, readdirSync(out)[0]!));
    const validate = await duphong(['package', 'validate', exported.json.file, '--json']);
    expect(validate.code).toBe(0);
    expect(validate.json).toMatchObject({ valid: true, errors: [] });

    const human = await duphong(['ingest', join(FIXTURES, 'tt05/sip-hoso-supplement.zip'), '--home', home]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/Gói SIP uuid-.* hợp lệ .*đã thành gói AIP của hồ sơ H49\.64\.33\.2001\.160/);
    expect(human.stdout).toMatch(/bản sao dự phòng v2/);
  });

  it('a bad SIP is refused with exit 3 and every finding in the JSON; nothing is stored', async () => {
    const bad = await duphong(['ingest', join(FIXTURES, 'bad-packages/checksum-mismatch.zip'), '--home', home, '--json']);
    expect(bad.code).toBe(3);
    expect(bad.json.error).toMatchObject({ code: 'DP-SIP-REFUSED', exit: 3 });
    expect(bad.json.error.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'DP-PKG-FIXITY', severity: 'error', path: expect.stringContaining('data/') }),
      ]),
    );
    expect(bad.stderr).toMatch(/LỖI DP-PKG-FIXITY/);
    const slip = await duphong(['ingest', join(FIXTURES, 'bad-packages/zip-slip.zip'), '--home', home, '--json', '--lang', 'en']);
    expect(slip.code).toBe(3);
    expect(slip.stderr).toMatch(/ERROR DP-PKG-PATH-TRAVERSAL \.\.\/evil\.txt/);
    const copies = await duphong(['copies', 'H49.64.33.2001.160', '--home', home, '--json']);
    expect(copies.json.head).toBe(2);
  });

  it('a folder without METS.xml still needs --file (exit 2)', async () => {
    const plain = await duphong(['ingest', FIXTURES, '--home', home]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/--file/);
  });
});
