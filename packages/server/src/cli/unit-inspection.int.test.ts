// Runs the built CLI (`npm run build` first): finding unit ids, recording inspections, and a
// proposal that keeps to the list's unit (with the provinces merged into it) and says why when empty.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Catalogue, FileRecord } from '@duphong/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteCatalogue } from '../adapters/catalogue/sqlite.js';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const tmp = mkdtempSync(join(tmpdir(), 'cli-unit-'));
const home = join(tmp, 'home');
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home], { encoding: 'utf8', env: { ...process.env, DUPHONG_USER: '' } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON shapes are asserted field by field
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

const T = '2026-02-01T08:00:00.000+07:00';
/** One permanent file in a fonds of each unit. */
const FILES = { laoCai: 'H10.1991.01', yenBai: 'H15.1992.01', haNoi: 'H01.1993.01' } as const;

async function seed(c: Catalogue): Promise<void> {
  for (const [unitId, code] of [
    ['province-lao-cai', FILES.laoCai],
    ['province-yen-bai', FILES.yenBai],
    ['province-ha-noi', FILES.haNoi],
  ] as const) {
    const fonds = `P_${unitId}`;
    await c.records.putFonds({
      code: fonds,
      name: `Phông ${unitId}`,
      kind: 'fonds',
      status: 'closed',
      unitId,
      fields: {},
      legacy: {},
      createdAt: T,
      updatedAt: T,
    });
    const file: FileRecord = {
      code,
      fondsCode: fonds,
      title: `Hồ sơ ${code}`,
      fields: { maintenance: '01' },
      legacy: {},
      createdAt: T,
      updatedAt: T,
    };
    await c.records.putFile(file);
  }
}

describe('duphong unit, inspection and a unit-bound proposal', () => {
  beforeAll(async () => {
    expect(duphong('init', '--no-sites').code).toBe(0);
    const catalogue = await openSqliteCatalogue(join(home, 'catalogue.sqlite'));
    try {
      await seed(catalogue);
    } finally {
      await catalogue.close();
    }
  });

  it('lists unit ids with their names at a date, and shows one unit with its history', () => {
    const before = duphong('unit', 'list', '--at', '30/06/2025', '--kind', 'province', '--json').json();
    const ids = before.units.map((u: { id: string }) => u.id);
    expect(ids).toContain('province-lao-cai');
    expect(ids).not.toContain('province-2025-lao-cai');
    const after = duphong('unit', 'list', '--at', '01/07/2025', '--kind', 'province');
    expect(after.code).toBe(0);
    expect(after.stdout).toMatch(/^province-2025-lao-cai +Lào Cai +tỉnh, thành phố +15 +01\/07\/2025 – …$/m);
    const shown = duphong('unit', 'show', 'province-2025-lao-cai');
    expect(shown.stdout).toContain('01/07/2025 hợp nhất: province-lao-cai, province-yen-bai → province-2025-lao-cai');
    const wrongDay = duphong('unit', 'list', '--at', '31/02/2026');
    expect(wrongDay.code).toBe(2);
    expect(wrongDay.stderr).toContain('Ngày "31/02/2026" không tồn tại trong lịch.');
    expect(wrongDay.stderr).not.toContain('DD/MM/YYYY');
    expect(duphong('unit', 'show', 'province-khong-co').code).toBe(2);
  });

  it('proposes nothing and says why, then — once inspections exist — only the files of the unit and of the provinces merged into it', () => {
    const id = duphong('backup-list', 'create', '--unit', 'province-2025-lao-cai', '--year', '2026', '--by', 'An', '--json').json().list.id;
    const empty = duphong('backup-list', 'add', id, '--propose', '--by', 'An');
    expect(empty.code).toBe(0);
    expect(empty.stderr).toContain('DP-SELECT-NOTHING-ELIGIBLE');
    expect(empty.stderr).toContain('chưa có quyết định công nhận giá trị đặc biệt');
    expect(empty.stderr).toContain('duphong inspection add');

    const wrongDay = duphong('inspection', 'add', FILES.laoCai, '--date', '31/02/2026', '--signs', 'mun', '--by', 'Hà');
    expect(wrongDay.code).toBe(2);
    expect(wrongDay.stderr).toContain('Ngày "31/02/2026" không tồn tại trong lịch.');
    const unknownSign = duphong('inspection', 'add', FILES.laoCai, '--date', '20/01/2026', '--signs', 'chay', '--by', 'Hà');
    expect(unknownSign.code).toBe(2);
    expect(unknownSign.stderr).toContain('Dấu hiệu không có trong danh mục: chay');
    for (const code of Object.values(FILES)) {
      const added = duphong('inspection', 'add', code, '--date', '20/01/2026', '--signs', 'mun,rách', '--by', 'Phạm Thu Hà', '--json');
      expect(added.code).toBe(0);
      expect(added.json()).toMatchObject({ recordCode: code, date: '2026-01-20', signs: ['rach', 'mun'], inspector: 'Phạm Thu Hà' });
    }
    const listed = duphong('inspection', 'list', FILES.laoCai);
    expect(listed.stdout).toMatch(/20\/01\/2026 +Phạm Thu Hà +rách, mủn/);

    const proposed = duphong('backup-list', 'add', id, '--propose', '--by', 'An', '--json');
    expect(proposed.code).toBe(0);
    expect(
      proposed
        .json()
        .list.entries.map((e: { recordCode: string }) => e.recordCode)
        .sort(),
    ).toEqual([FILES.laoCai, FILES.yenBai].sort());

    const shown = duphong('backup-list', 'show', id);
    expect(shown.stdout).toContain('An: tạo');
    expect(shown.stdout).toContain('An: sửa');
    expect(shown.stdout).toContain('Dự thảo');
    expect(shown.stdout).not.toMatch(/: (create|edit)\b|draft/);
  });
});
