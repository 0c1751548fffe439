import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duphong } from './cli.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';

describe('CLI: ingesting a file code that already has a copy says what changes and needs --replace to drop documents', () => {
  const tmp = tempDir('duphong-replace-cli-');
  const home = join(tmp.path, 'home');
  const source = join(tmp.path, 'nguồn');
  const code = 'HS-THAY-01';
  beforeAll(async () => {
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    makeSourceFolder(source, { 'trang 01.tif': 'trang một', 'trang 02.tif': 'trang hai', 'Phụ lục.pdf': 'phụ lục' });
    const first = await duphong(['ingest', source, '--file', code, '--title', 'Hồ sơ thay thế', '--home', home, '--json']);
    expect(first.code).toBe(0);
    expect(first.json.changes).toMatchObject({ headVersion: 0, dropped: [] });
    expect(first.json.changes.added).toHaveLength(3);
  });
  afterAll(() => tmp.remove());

  it('refuses a version that drops a document with exit 2 and DP-INGEST-DROPS-DOCUMENTS, naming it; nothing written', async () => {
    rmSync(join(source, 'Phụ lục.pdf'));
    writeFileSync(join(source, 'trang 02.tif'), 'trang hai, quét lại rõ hơn');
    const refused = await duphong(['ingest', source, '--file', code, '--home', home]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('DP-INGEST-DROPS-DOCUMENTS');
    expect(refused.stderr).toContain('Phụ lục.pdf');
    expect(refused.stderr).toContain('--replace');
    const copies = await duphong(['copies', code, '--home', home, '--json']);
    expect(copies.json.head).toBe(1);
  });

  it('with --replace writes the version and prints the change summary in Vietnamese', async () => {
    const replaced = await duphong(['ingest', source, '--file', code, '--replace', '--home', home]);
    expect(replaced.code).toBe(0);
    expect(replaced.stdout).toContain('đã có bản sao v1: thêm 0, thay đổi 1, bỏ 1, giữ nguyên 1 tài liệu');
    expect(replaced.stdout).toMatch(/- Phụ lục\.pdf \(\d+ byte\)/);
    expect(replaced.stdout).toContain('~ trang 02.tif');
    const json = await duphong(['copies', code, '--home', home, '--json']);
    expect(json.json.head).toBe(2);
  });

  it('adding documents needs no flag, and English output follows --lang en', async () => {
    writeFileSync(join(source, 'trang 03.tif'), 'trang ba');
    const added = await duphong(['ingest', source, '--file', code, '--home', home, '--lang', 'en']);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('already has copy v2: 1 added, 0 changed, 0 dropped, 2 unchanged');
  });
});
