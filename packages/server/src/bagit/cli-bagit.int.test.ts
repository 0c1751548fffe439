// Runs the built CLI (`npm run build` first), as an archivist's script would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const LOC = '/work/shared/conformance/bagit-conformance-suite';
const JAVA = '/work/shared/conformance/bagit-java-resources/resources';
const tmp = mkdtempSync(join(tmpdir(), 'bagit-cli-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', join(tmp, 'home')], { encoding: 'utf8' });
  return {
    code: r.status,
    stdout: r.stdout,
    json: () =>
      JSON.parse(r.stdout) as { valid: boolean; errors: Array<{ code: string; path?: string }>; warnings: Array<{ code: string }> },
  };
}

describe('duphong bagit', () => {
  it('validate: exit 0 and the CONTRACT.md JSON for a valid bag', () => {
    const r = duphong('bagit', 'validate', `${LOC}/v1.0/valid/basicBag`, '--json');
    expect(r.code).toBe(0);
    expect(r.json()).toEqual({ valid: true, errors: [], warnings: [expect.objectContaining({ code: 'DP-BAG-OXUM-MISSING' })] });
  });
  it('validate: exit 3 with coded errors for an invalid bag, 2 for a missing path or bad usage', () => {
    const bad = duphong('bagit', 'validate', `${LOC}/v0.97/invalid/corrupt-data-file`, '--json');
    expect(bad.code).toBe(3);
    expect(bad.json().valid).toBe(false);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ code: 'DP-BAG-CHECKSUM', path: 'data/bare-filename' }));
    expect(duphong('bagit', 'validate', '/nonexistent/bag', '--json').code).toBe(2);
    expect(duphong('bagit', 'validate').code).toBe(2);
    expect(duphong('bagit', 'frobnicate').code).toBe(2);
    expect(duphong('bagit', 'validate', `${LOC}/v1.0/valid/basicBag/bagit.txt`).code).toBe(2);
  });
  it('validate --profile: conformance to a BagIt-Profile', () => {
    const profile = `${JAVA}/bagitProfiles/exampleProfile.json`;
    expect(duphong('bagit', 'validate', `${JAVA}/bagitProfileTestBags/profileConformantBag`, '--profile', profile, '--json').code).toBe(0);
    const r = duphong('bagit', 'validate', `${JAVA}/bagitProfileTestBags/emailFieldMissingBag`, '--profile', profile, '--json');
    expect(r.code).toBe(3);
    expect(r.json().errors.map((e) => e.code)).toEqual(['DP-BAG-PROFILE-INFO-REQUIRED']);
  });
  it('create then validate round-trips', () => {
    mkdirSync(join(tmp, 'src'));
    writeFileSync(join(tmp, 'src', 'tài liệu.txt'), 'nội dung');
    const made = duphong('bagit', 'create', join(tmp, 'src'), '--out', join(tmp, 'bag'), '--json');
    expect(made.code).toBe(0);
    expect(JSON.parse(made.stdout)).toMatchObject({ files: 1, valid: true, algorithms: ['sha256', 'sha512'] });
    expect(duphong('bagit', 'validate', join(tmp, 'bag'), '--json').json()).toEqual({ valid: true, errors: [], warnings: [] });
    expect(duphong('bagit', 'create', join(tmp, 'src')).code).toBe(2);
  });
});
