// Runs the built CLI (`npm run build` first): a reel registered, frames added (an overlap refused
// with its finding), a copy and its inspection recorded, then the file's copies and the figures.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteCatalogue } from '../adapters/catalogue/sqlite.js';
import { FILM_DOCUMENT, FILM_FILES, FILM_UNITS, seedFilmRecords } from '../testing/microfilm-seed.js';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const tmp = mkdtempSync(join(tmpdir(), 'cli-microfilm-'));
const home = join(tmp, 'home');
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home], {
    encoding: 'utf8',
    env: { ...process.env, DUPHONG_USER: 'Trần Kiểm' },
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON shapes are asserted field by field
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

describe('duphong microfilm', () => {
  beforeAll(async () => {
    expect(duphong('init', '--no-sites').code).toBe(0);
    const catalogue = await openSqliteCatalogue(join(home, 'catalogue.sqlite'));
    try {
      await seedFilmRecords(catalogue);
    } finally {
      await catalogue.close();
    }
  });

  it('registers a reel, its frames, a copy and an inspection, and counts the copy for the file and the year', () => {
    const add = duphong(
      'microfilm',
      'add',
      'VP-15-0001',
      '--unit',
      FILM_UNITS.laoCai,
      '--type',
      '35mm',
      '--date',
      '15/06/1998',
      '--frame-count',
      '600',
      '--ratio',
      '1:14',
    );
    expect(add.code).toBe(0);
    expect(add.stdout).toContain('Đã đăng ký cuộn vi phim VP-15-0001');
    expect(duphong('microfilm', 'frames', 'VP-15-0001', FILM_FILES.laoCai, '--from', '1', '--to', '200').code).toBe(0);
    const doc = duphong(
      'microfilm',
      'frames',
      'VP-15-0001',
      FILM_FILES.laoCai,
      '--document',
      FILM_DOCUMENT,
      '--from',
      '201',
      '--to',
      '260',
      '--json',
    );
    expect(doc.json().frames).toHaveLength(2);
    const overlap = duphong('microfilm', 'frames', 'VP-15-0001', FILM_FILES.laoCai2, '--from', '250', '--to', '300');
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toContain('DP-FILM-FRAMES-OVERLAP');
    expect(overlap.stderr).toContain('mỗi khung chỉ thuộc một hồ sơ/tài liệu');
    const copy = duphong('microfilm', 'duplicate', 'VP-15-0001', 'B1', '--location', 'Kho dự phòng Đà Lạt', '--date', '10/01/1999');
    expect(copy.code).toBe(0);
    expect(copy.stdout).toContain('bảo quản tại Kho dự phòng Đà Lạt (01 Tốt)');
    const inspect = duphong(
      'microfilm',
      'inspect',
      'VP-15-0001',
      'B1',
      '--date',
      '03/12/2026',
      '--condition',
      '01',
      '--signs',
      'hoi-chung-giam',
    );
    expect(inspect.code).toBe(0);
    expect(inspect.stderr).toContain('DP-FILM-VINEGAR-GOOD');
    expect(inspect.stdout).toContain('Hội chứng giấm');
    const copies = duphong('microfilm', 'copies', FILM_FILES.laoCai, '--json').json().copies;
    expect(copies).toEqual([
      expect.objectContaining({
        reelCode: 'VP-15-0001',
        duplicateCode: 'B1',
        condition: '01',
        lastInspection: expect.objectContaining({ inspector: 'Trần Kiểm' }),
      }),
    ]);
    const shown = duphong('microfilm', 'show', 'VP-15-0001', '--lang', 'en');
    expect(shown.stdout).toContain('201–260');
    expect(shown.stdout).toContain('Kho dự phòng Đà Lạt');
    const figures = duphong('microfilm', 'figures', '--year', '1998', '--json').json();
    expect(figures.total).toMatchObject({ reels: 1, frames: 600, filesCovered: 1, duplicates: 1 });
    expect(duphong('microfilm', 'list').stdout).toContain('VP-15-0001');
  });

  it('answers a missing option and an unknown reel in Vietnamese, exit 2', () => {
    const missing = duphong('microfilm', 'add', 'VP-15-0002', '--type', '35mm', '--frame-count', '10');
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringContaining('Thiếu --date DD/MM/YYYY')]);
    const unknown = duphong('microfilm', 'show', 'VP-KHONG-CO');
    expect([unknown.code, unknown.stderr]).toEqual([2, expect.stringContaining('Không có cuộn vi phim "VP-KHONG-CO"')]);
  });
});
