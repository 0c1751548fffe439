import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { validateOcflPath } from './validate-path.js';

const FIXTURES = '/work/shared/conformance';
const temp = mkdtempSync(join(tmpdir(), 'ocfl-validate-path-'));

describe('validateOcflPath', () => {
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('validates an object', async () => {
    const report = await validateOcflPath(join(FIXTURES, 'ocfl-fixtures/1.1/good-objects/spec-ex-full'));
    expect(report).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it('detects a storage root and prefixes object paths', async () => {
    const report = await validateOcflPath(
      join(FIXTURES, 'ocfl-py-extra-fixtures/extra_fixtures/1.0/good-storage-roots/unreg-extension-dir-root'),
    );
    expect(report.valid).toBe(true);
    expect(report.warnings.map((w) => w.code)).toContain('W016');
  });

  it('reports errors with Vietnamese text and the spec wording', async () => {
    const report = await validateOcflPath(join(FIXTURES, 'ocfl-fixtures/1.1/bad-objects/E058_no_sidecar'));
    expect(report.valid).toBe(false);
    expect(report.errors[0]).toMatchObject({ code: 'E058', path: 'inventory.json.sha512' });
    expect(report.errors[0]?.message).toMatch(/^Thiếu tệp chứa giá trị băm của inventory \(E058: Every occurrence/);
  });

  it('refuses a missing path and a file (zips must be unpacked first)', async () => {
    const missing = await validateOcflPath(join(temp, 'không-có'));
    expect(missing.valid).toBe(false);
    expect(missing.errors[0]?.message).toMatch(/^Không tìm thấy đường dẫn/);
    const zip = join(temp, 'object.zip');
    writeFileSync(zip, 'PK');
    expect((await validateOcflPath(zip)).errors[0]?.code).toBe('DP-OCFL-NOT-DIR');
  });
});
