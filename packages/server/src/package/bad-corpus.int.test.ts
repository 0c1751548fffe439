// The bad-package corpus (fixtures/bad-packages, written by make.mjs from the TT05 sample SIP):
// every row must be refused with each expected code, and the finding must name the file.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MAX_XML_BYTES } from '@duphong/core';
import { afterAll, describe, expect, it } from 'vitest';
import type { ArchiveLimits } from './archive.js';
import { validatePackage } from './validate.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../fixtures');
const CORPUS = join(FIXTURES, 'bad-packages');

interface Row {
  file: string;
  valid: boolean;
  codes: string[];
  paths: string[];
  note: string;
}

const rows: Row[] = readFileSync(join(CORPUS, 'expected.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file, valid, codes, paths, note] = line.split('\t') as [string, string, string, string, string];
    return { file, valid: valid === 'true', codes: codes.split(','), paths: paths.split(','), note };
  });

/** `[limits maxEntries=100 …]` in the note: the configurable limits, so no big file is committed. */
function limitsOf(note: string): Partial<ArchiveLimits> {
  const m = /\[limits ([^\]]+)\]/.exec(note);
  if (!m) return {};
  return Object.fromEntries(
    m[1]!
      .split(/\s+/)
      .map((kv) => kv.split('='))
      .map(([k, v]) => [k, Number(v)]),
  );
}

/** An expected path ending in `*` is a prefix (names generated in bulk, or NFD bytes). */
const pathMatches = (actual: string | undefined, expected: string) =>
  actual !== undefined && (expected.endsWith('*') ? actual.startsWith(expected.slice(0, -1)) : actual === expected);

const temp = mkdtempSync(join(tmpdir(), 'pkg-corpus-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('bad-package corpus (fixtures/bad-packages/expected.tsv)', () => {
  it('covers every committed package and nothing else', () => {
    const files = readdirSync(CORPUS).filter((f) => /\.(zip|tar|tar\.gz)$/.test(f));
    expect(rows.map((r) => r.file).sort()).toEqual(files.sort());
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  for (const row of rows) {
    it(`${row.file}: ${row.note}`, async () => {
      const v = await validatePackage(join(CORPUS, row.file), { limits: limitsOf(row.note) });
      const all = [...v.report.errors, ...v.report.warnings];
      expect(v.report.valid).toBe(row.valid);
      row.codes.forEach((code, i) => {
        const expected = row.paths[i] ?? row.paths[0]!;
        const hits = v.report.errors.filter((f) => f.code === code);
        expect(hits.length, `${code} missing; got ${JSON.stringify(all, null, 1)}`).toBeGreaterThan(0);
        expect(
          hits.some((f) => pathMatches(f.path, expected)),
          `${code} should name ${expected}; got ${JSON.stringify(hits)}`,
        ).toBe(true);
      });
    });
  }

  it('size and checksum mismatches say which one differs', async () => {
    const size = await validatePackage(join(CORPUS, 'size-mismatch.zip'));
    expect(size.phases.fixity.map((f) => f.message).join()).toMatch(/SIZE \d+ ≠ \d+ byte(?!.*SHA-256)/);
    const sum = await validatePackage(join(CORPUS, 'checksum-mismatch.zip'));
    expect(sum.phases.fixity).toHaveLength(1);
    expect(sum.phases.fixity[0]!.message).toMatch(/SHA-256/);
    expect(sum.phases.fixity[0]!.message).not.toMatch(/SIZE/);
  });

  it('a DOCTYPE never reaches xmllint (no schema findings for the XXE and entity-bomb METS)', async () => {
    for (const f of ['mets-xxe.zip', 'mets-entity-bomb.zip']) {
      const v = await validatePackage(join(CORPUS, f));
      expect(v.phases.schema).toEqual([]);
    }
  });

  it('huge METS (generated here, not committed): refused past MAX_XML_BYTES without parsing', async () => {
    const sample = join(FIXTURES, 'tt05/sip-hoso-sample');
    const [objid] = readdirSync(sample);
    const pkg = join(temp, objid!);
    cpSync(join(sample, objid!), pkg, { recursive: true });
    const head = readFileSync(join(pkg, 'METS.xml'), 'utf8').replace('</mets>', '');
    const pad = `<!-- ${'x'.repeat(1024 * 1024)} -->\n`;
    writeFileSync(join(pkg, 'METS.xml'), head + pad.repeat(Math.ceil(MAX_XML_BYTES / pad.length) + 1) + '</mets>\n');
    const v = await validatePackage(pkg);
    expect(v.report.valid).toBe(false);
    const hit = v.report.errors.find((f) => f.code === 'DP-XML-TOO-LARGE');
    expect(hit?.path).toBe('METS.xml');
    // Nothing judged as unreferenced when the root METS could not be read.
    expect(v.report.errors.filter((f) => f.code === 'DP-PKG-FILE-UNREFERENCED')).toEqual([]);
  });
});
