// Digitisation survives kill -9: a batch killed while converting or packaging resumes with
// `duphong digitize run`, converts each document once, writes one version per file, and leaves
// every site a valid OCFL root with three verified copies.
import { afterAll, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duphong } from './cli.js';
import { tempDir } from '../packages/server/src/testing/homes.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CATALOG = join(ROOT, 'fixtures/catalog/muc-luc-mau.xlsx');
const SCANS = join(ROOT, 'fixtures/scans/H15.01.2006.001');
const CODE = 'H15.01.2006.001';

const POINTS = ['digitise:before-marker:2', 'digitise:after-marker:1', 'ingest:after-commit-site:2', 'digitise:after-version:1'];

async function prepared(home: string): Promise<void> {
  expect((await duphong(['init', '--home', home])).code).toBe(0);
  const imported = await duphong(['catalog', 'import', CATALOG, '--unit', 'province-lao-cai', '--home', home]);
  expect(imported.code, imported.stderr).toBe(0);
  const arranged = await duphong(['digitize', 'arranged', CODE, '--date', '15/03/2026', '--by', 'Phạm Thu Hà', '--home', home]);
  expect(arranged.code, arranged.stderr).toBe(0);
}

describe('digitisation: kill -9 during a batch, then resume', () => {
  const tmp = tempDir('duphong-digitise-crash-');
  afterAll(() => tmp.remove());

  for (const point of POINTS) {
    it(`killed at ${point}: the next run finishes with one version and three verified copies`, async () => {
      const home = join(tmp.path, point.replace(/[:]/g, '_'));
      await prepared(home);
      const killed = await duphong(['digitize', SCANS, '--file', CODE, '--home', home], { env: { DUPHONG_FAULT_POINT: point } });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');

      const batches = await duphong(['digitize', 'batch', 'list', '--json', '--home', home]);
      expect(batches.code).toBe(0);
      const batch = batches.json.batches[0].batch.id as string;
      const resumed = await duphong(['digitize', 'run', batch, '--json', '--home', home]);
      expect(resumed.code, resumed.stderr).toBe(0);
      expect(resumed.json.batch.state).toBe('stored');
      expect(resumed.json.documents.map((d: { state: string }) => d.state)).toEqual(['stored', 'stored']);

      // A copy whose site had not committed when the process died is brought up by its replication job.
      expect((await duphong(['jobs', 'run', '--home', home])).code).toBe(0);
      const copies = await duphong(['copies', CODE, '--json', '--home', home]);
      expect(copies.json.head).toBe(1);
      expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
      for (const site of ['bac', 'trung', 'nam']) {
        const valid = await duphong(['ocfl', 'validate', join(home, 'sites', site, 'ocfl'), '--json']);
        expect(valid.json.valid, valid.stdout).toBe(true);
      }
      // No conversion left behind half done: one PDF and one marker per document, no temp files.
      const out = join(home, 'digitisation', batch, 'out', CODE);
      expect(readdirSync(out).sort()).toEqual([
        `${CODE}.0000001.ocr.json`,
        `${CODE}.0000001.pdf`,
        `${CODE}.0000002.ocr.json`,
        `${CODE}.0000002.pdf`,
      ]);
      // The OCR text of the first page is searchable without accents (fixtures/scans/truth.json).
      const search = await duphong(['search', 'nhiet do trong kho', '--json', '--home', home]);
      expect(search.json.hits.map((h: { code: string }) => h.code)).toContain(`${CODE}.0000001`);
    });
  }
});
