// Table-driven OCFL conformance: every row of the official OCFL fixtures and ocfl-py's extra fixtures
// (see /work/shared/conformance/README.md §1–3) must be classified valid/invalid correctly, and report
// its expected codes (first four characters; ocfl-py's W901 is 1.1's W016).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/src/findings.js';
import { parseInventory, type OcflSpecVersion } from '../../../core/src/ocfl/inventory.js';
import { validateObject } from '../../../core/src/ocfl/validate-object.js';
import { validateStorageRoot } from '../../../core/src/ocfl/validate-root.js';
import { nodeHasher } from '../adapters/node-hasher.js';
import { FsOcflTree } from '../adapters/ocfl-fs-tree.js';

const SHARED = '/work/shared/conformance';

interface Row {
  suite: string;
  path: string;
  version: OcflSpecVersion;
  category: string;
  valid: boolean;
  codes: string[];
}

/**
 * Rows whose expected code cannot be reported: only the code check is waived, never the valid/invalid
 * classification. Keep this list as short as possible.
 */
const CODE_ALLOW_LIST: ReadonlyMap<string, string> = new Map([]);

function readTable(suite: string, file: string): Row[] {
  const [header, ...lines] = readFileSync(join(SHARED, file), 'utf8').trim().split('\n');
  const columns = (header ?? '').split('\t');
  const at = (cells: string[], name: string) => cells[columns.indexOf(name)] ?? '';
  return lines.map((line) => {
    const cells = line.split('\t');
    const codes = at(cells, 'expected_codes')
      .split(',')
      .map((c) => c.trim().slice(0, 4))
      .filter((c) => c !== '')
      .map((c) => (c === 'W901' ? 'W016' : c));
    return {
      suite,
      path: join(SHARED, suite, at(cells, 'path')),
      version: at(cells, 'ocfl_version') as OcflSpecVersion,
      category: at(cells, 'category') || at(cells, 'kind'),
      valid: at(cells, 'expected_valid').startsWith('yes'),
      codes,
    };
  });
}

const rows = [
  ...readTable('ocfl-fixtures', 'ocfl-fixtures/expected.tsv'),
  ...readTable('ocfl-py-extra-fixtures', 'ocfl-py-extra-fixtures/expected.tsv'),
];
const temp = mkdtempSync(join(tmpdir(), 'ocfl-conformance-'));
const stats = new Map<string, { rows: number; classified: number; withCodes: number; codes: number; allCodes: number }>();

/** Unzips `*.zip` fixtures (they carry empty directories git cannot hold). */
function materialise(row: Row, index: number): string {
  if (!row.path.endsWith('.zip')) return row.path;
  const dir = join(temp, String(index));
  execFileSync('unzip', ['-q', row.path, '-d', dir]);
  return dir;
}

async function validate(row: Row, dir: string): Promise<Finding[]> {
  if (row.category === 'bad-inventories') return parseInventory(readFileSync(dir), { specVersion: row.version }).findings;
  const tree = new FsOcflTree(dir, nodeHasher);
  if (row.category.endsWith('storage-roots')) return validateStorageRoot(tree, nodeHasher);
  return validateObject(tree, nodeHasher);
}

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('OCFL conformance fixtures', () => {
  afterAll(() => {
    const lines = [...stats].map(
      ([suite, s]) =>
        `${suite}: ${s.rows} rows, classified right ${s.classified}/${s.rows}, ` +
        `expected codes reported ${s.codes}/${s.withCodes} (all listed codes: ${s.allCodes}/${s.withCodes})`,
    );
    console.log(`OCFL conformance\n${lines.join('\n')}`);
  });

  it.each(rows.map((row, index) => [row.path.slice(SHARED.length + 1), row, index] as const))('%s', async (_name, row, index) => {
    const findings = await validate(row, materialise(row, index));
    const errors = findings.filter((f) => f.severity === 'error');
    const reported = new Set(findings.map((f) => f.code.slice(0, 4)));
    const s = stats.get(row.suite) ?? { rows: 0, classified: 0, withCodes: 0, codes: 0, allCodes: 0 };
    stats.set(row.suite, s);
    s.rows++;
    if ((errors.length === 0) === row.valid) s.classified++;
    const hits = row.codes.filter((c) => reported.has(c));
    if (row.codes.length > 0) {
      s.withCodes++;
      // Warn rows must show every listed warning; bad rows at least one of their codes.
      if (row.valid ? hits.length === row.codes.length : hits.length > 0) s.codes++;
      if (hits.length === row.codes.length) s.allCodes++;
    }
    const summary = findings.map((f) => `${f.code} ${f.path ?? ''}`).join('; ');
    expect(errors.length === 0, `valid=${String(row.valid)} but got: ${summary}`).toBe(row.valid);
    if (row.codes.length === 0 || CODE_ALLOW_LIST.has(row.path.slice(SHARED.length + 1))) return;
    if (row.valid) expect([...reported].filter((c) => row.codes.includes(c)).sort(), summary).toEqual([...row.codes].sort());
    else expect(hits.length, `expected one of ${row.codes.join(',')}; got: ${summary}`).toBeGreaterThan(0);
  });
});

describe('OCFL storage-root traversal details (ocfl-py test_storage_root)', () => {
  const roots = join(SHARED, 'ocfl-py-extra-fixtures/extra_fixtures/1.0');

  it('finds all 176 objects of fedora-root valid', async () => {
    const objects: Array<[string, number]> = [];
    const tree = new FsOcflTree(join(roots, 'good-storage-roots/fedora-root'), nodeHasher);
    await validateStorageRoot(tree, nodeHasher, {
      onObject: (path, f) => objects.push([path, f.filter((x) => x.severity === 'error').length]),
    });
    expect(objects).toHaveLength(176);
    expect(objects.filter(([, errors]) => errors > 0)).toEqual([]);
  });

  it('reports the five traversal errors of simple-bad-root and its two objects', async () => {
    const dir = join(temp, 'simple-bad-root');
    execFileSync('unzip', ['-q', join(roots, 'bad-storage-roots/simple-bad-root.zip'), '-d', dir]);
    const objects: string[] = [];
    const findings = await validateStorageRoot(new FsOcflTree(dir, nodeHasher), nodeHasher, { onObject: (path) => objects.push(path) });
    expect(objects).toHaveLength(2);
    const traversal = findings.filter((f) => !objects.some((o) => f.path?.startsWith(`${o}/`) || f.path === o));
    expect(traversal.map((f) => `${f.code} ${f.path ?? ''}`).sort()).toEqual([
      'E003 object_multiple_declarations',
      'E004 object_unknown_version',
      'E004 object_unrecognized_declaration',
      'E072 dir_with_file_but_no_declaration',
      'E073 empty_dir',
    ]);
  });
});
