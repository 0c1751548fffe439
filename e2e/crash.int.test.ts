import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { duphong, duphongChild } from './cli.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';
import { validateOcflPath } from '../packages/server/src/ocfl/validate-path.js';

/**
 * kill -9 at every step of the write protocol (journal → stage → verify → commit → record →
 * clear), for a new object and for a new version of an existing one. After the next start: no
 * half-written object is visible, every site is a valid OCFL root, the catalogue matches storage,
 * and one audit brings every copy back to `ok`.
 */
const POINTS = [
  'ingest:after-journal',
  'ingest:streaming:3',
  'ingest:staged-file:1',
  'ingest:staged-file:4',
  'ingest:after-stage',
  'ingest:after-verify',
  'ingest:commit-content:1',
  'ingest:after-version-inventory:1',
  'ingest:after-root-inventory:1',
  'ingest:after-commit-site:1',
  'ingest:after-version-inventory:2',
  'ingest:after-root-inventory:2',
  'ingest:after-commit-site:2',
  'ingest:after-root-inventory:3',
  'ingest:after-commit-site:3',
  'ingest:before-record',
  'ingest:after-record',
];

const FILES = {
  'bản quét lớn.tif': 3_500_000,
  'trang-01.tif': 30_000,
  'trang-02.tif': 30_000,
  'Mục lục.txt': 'Mục lục hồ sơ',
  'phụ lục/bản đồ.png': 20_000,
  'phụ lục/ghi chú.txt': 'đ',
};

function leftovers(home: string): string[] {
  const found: string[] = [];
  const journal = join(home, 'journal');
  if (existsSync(journal)) found.push(...readdirSync(journal).map((f) => `journal/${f}`));
  for (const site of ['bac', 'trung', 'nam']) {
    const staging = join(home, 'sites', site, 'staging');
    if (existsSync(staging) && readdirSync(staging).length > 0) found.push(`${site}/staging`);
  }
  return found;
}

async function assertConsistent(home: string, code: string, expectVersions: number[]) {
  // "the next start": any command finishes or rolls back the journal first
  const copies = await duphong(['copies', code, '--home', home, '--json']);
  expect(leftovers(home)).toEqual([]);
  for (const site of ['bac', 'trung', 'nam']) {
    const report = await validateOcflPath(join(home, 'sites', site, 'ocfl'));
    expect(report.errors, `${site}: ${JSON.stringify(report.errors)}`).toEqual([]);
  }
  if (copies.code === 2) {
    expect(expectVersions).toContain(0); // rolled back: the object never existed
    return 0;
  }
  expect(copies.code).toBe(0);
  expect(expectVersions).toContain(copies.json.head);
  for (const c of copies.json.copies) expect(['ok', 'pending']).toContain(c.status);
  const audit = await duphong(['audit', '--all', '--home', home, '--json']);
  expect(audit.code, audit.stdout + audit.stderr).toBe(0);
  const after = await duphong(['copies', code, '--home', home, '--json']);
  expect(after.json.copies.map((c: { status: string; version: number }) => [c.status, c.version])).toEqual(
    Array(3).fill(['ok', copies.json.head]),
  );
  return copies.json.head as number;
}

describe('crash safety: kill -9 anywhere in an ingest', () => {
  const tmp = tempDir('duphong-crash-');
  afterAll(() => tmp.remove());

  for (const point of POINTS) {
    it(`new object, killed at ${point}`, async () => {
      const home = join(tmp.path, `new-${point.replace(/[:]/g, '_')}`);
      expect((await duphong(['init', '--home', home])).code).toBe(0);
      const src = makeSourceFolder(join(home, '..', `src-new-${point.replace(/[:]/g, '_')}`), FILES);
      const killed = await duphong(['ingest', src, '--file', 'HS-CRASH', '--title', 'Hồ sơ thử', '--home', home], {
        env: { DUPHONG_FAULT_POINT: point },
      });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      const head = await assertConsistent(home, 'HS-CRASH', [0, 1]);
      const retry = await duphong(['ingest', src, '--file', 'HS-CRASH', '--title', 'Hồ sơ thử', '--home', home, '--json']);
      expect(retry.code, retry.stderr).toBe(0);
      expect(retry.json.version).toBe(1);
      expect(retry.json.unchanged).toBe(head === 1);
    });

    it(`new version, killed at ${point}`, async () => {
      const home = join(tmp.path, `v2-${point.replace(/[:]/g, '_')}`);
      expect((await duphong(['init', '--home', home])).code).toBe(0);
      const src = makeSourceFolder(join(home, '..', `src-v2-${point.replace(/[:]/g, '_')}`), FILES);
      expect((await duphong(['ingest', src, '--file', 'HS-CRASH', '--title', 'Hồ sơ thử', '--home', home])).code).toBe(0);
      writeFileSync(join(src, 'trang-03.tif'), Buffer.alloc(25_000, 7));
      writeFileSync(join(src, 'Mục lục.txt'), 'Mục lục hồ sơ (sửa)');
      const killed = await duphong(['ingest', src, '--file', 'HS-CRASH', '--home', home], { env: { DUPHONG_FAULT_POINT: point } });
      expect(killed.signal, killed.stderr).toBe('SIGKILL');
      await assertConsistent(home, 'HS-CRASH', [1, 2]);
      const retry = await duphong(['ingest', src, '--file', 'HS-CRASH', '--home', home, '--json']);
      expect(retry.code, retry.stderr).toBe(0);
      expect(retry.json.version).toBe(2);
    });
  }

  it('a second ingest of the same object while the first holds it is refused with exit 4', async () => {
    const home = join(tmp.path, 'lock');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const src = makeSourceFolder(join(tmp.path, 'src-lock'), FILES);
    const first = duphongChild(['ingest', src, '--file', 'HS-LOCK', '--title', 'Khóa', '--home', home], {
      DUPHONG_FAULT_POINT: 'ingest:after-stage:1:stop',
    });
    // wait until the first process froze itself at the fault point (holding the lock)
    const stopped = () => {
      try {
        return readFileSync(`/proc/${first.pid}/stat`, 'utf8').split(') ')[1]?.startsWith('T') ?? false;
      } catch {
        return false;
      }
    };
    for (let i = 0; i < 600 && !stopped(); i++) await new Promise((r) => setTimeout(r, 50));
    expect(stopped()).toBe(true);
    const second = await duphong(['ingest', src, '--file', 'HS-LOCK', '--title', 'Khóa', '--home', home, '--json']);
    expect(second.code).toBe(4);
    expect(second.json.error.code).toBe('DP-LOCKED');
    const done = new Promise<number | null>((r) => first.on('close', (c) => r(c)));
    first.kill('SIGCONT');
    expect(await done).toBe(0);
    const copies = await duphong(['copies', 'HS-LOCK', '--home', home, '--json']);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
  });
});
