// Runs the built CLI (`npm run build` first), as an archivist's script would.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteCatalogue } from '../adapters/catalogue/sqlite.js';
import { SEED, seedSelection } from '../testing/selection-seed.js';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const tmp = mkdtempSync(join(tmpdir(), 'backup-list-cli-'));
const home = join(tmp, 'home');
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home], { encoding: 'utf8', env: { ...process.env, DUPHONG_USER: '' } });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON shapes are asserted field by field
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json: () => JSON.parse(r.stdout) as Record<string, any> };
}

describe('duphong backup-list', () => {
  beforeAll(async () => {
    expect(duphong('init').code).toBe(0);
    const catalogue = await openSqliteCatalogue(join(home, 'catalogue.sqlite'));
    try {
      await seedSelection(catalogue);
    } finally {
      await catalogue.close();
    }
  });

  it('create, add, submit, approve, show and export, with --json and exit codes', () => {
    const created = duphong('backup-list', 'create', '--unit', '15', '--year', '2026', '--by', 'Nguyễn Văn An', '--json');
    expect(created.code).toBe(0);
    const id = created.json().list.id as string;
    expect(id).toBe('DM-15-2026-1');

    const refused = duphong('backup-list', 'add', id, SEED.shortTerm, `file:${SEED.rotting}`, '--by', 'An', '--json');
    expect(refused.code).toBe(2);
    expect(refused.json().error.code).toBe('DP-SELECT-NOT-ELIGIBLE');
    expect(refused.json().error.findings.map((f: { code: string }) => f.code)).toEqual(['DP-SELECT-NOT-ELIGIBLE']);
    expect(refused.stderr).toContain(`LỖI DP-SELECT-NOT-ELIGIBLE file:${SEED.shortTerm}`);

    const added = duphong('backup-list', 'add', id, SEED.rotting, `document:${SEED.document}`, '--note', 'Ưu tiên', '--by', 'An', '--json');
    expect(added.code).toBe(0);
    expect(added.json().list.entries.map((e: { recordCode: string }) => e.recordCode)).toEqual([SEED.rotting, SEED.document]);
    const proposed = duphong('backup-list', 'add', id, '--propose', '--by', 'An', '--json');
    expect(proposed.json().list.entries).toHaveLength(4);
    expect(proposed.json().findings).toEqual([expect.objectContaining({ code: 'DP-SELECT-UNREADABLE' })]);

    expect(duphong('backup-list', 'submit', id, '--json').code).toBe(2); // no --by: who is required
    expect(duphong('backup-list', 'submit', id, '--by', 'Trần Thị Bình').code).toBe(0);
    const noDecision = duphong('backup-list', 'approve', id, '--by', 'Cường', '--json', '--lang', 'en');
    expect(noDecision.code).toBe(2);
    expect(noDecision.json().error).toMatchObject({
      code: 'DP-SELECT-DECISION-MISSING',
      message: 'Approval needs the number and date of the approving decision.',
    });
    const approved = duphong(
      'backup-list',
      'approve',
      id,
      '--by',
      'Lê Văn Cường',
      '--decision',
      '45/QĐ-SNV',
      '--date',
      '05/03/2026',
      '--json',
    );
    expect(approved.code).toBe(0);
    expect(approved.json().list).toMatchObject({ status: 'approved', decisionNumber: '45/QĐ-SNV' });
    expect(duphong('backup-list', 'return', id, '--by', 'x', '--note', 'muộn').code).toBe(2);

    const shown = duphong('backup-list', 'show', id);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Đã phê duyệt, QĐ 45/QĐ-SNV ngày 05/03/2026; 4 mục');
    expect(shown.stdout).toContain('mủn, mờ chữ (còn đọc được)');
    expect(duphong('backup-list', 'show', '--status', 'approved', '--json').json().lists).toHaveLength(1);
    expect(duphong('backup-list', 'show', 'DM-KHONG-CO').code).toBe(2);

    for (const format of ['xlsx', 'docx']) {
      const file = join(tmp, `danh-mục.${format}`);
      const exported = duphong(
        'backup-list',
        'export',
        id,
        '--format',
        format,
        '--out',
        file,
        '--unit-name',
        'Trung tâm Lưu trữ lịch sử',
        '--json',
      );
      expect(exported.code).toBe(0);
      expect(exported.json()).toEqual({ list: id, format, file });
      expect(existsSync(file)).toBe(true);
    }
    expect(duphong('backup-list', 'export', id, '--format', 'pdf', '--out', join(tmp, 'x.pdf')).code).toBe(2);

    const refreshed = duphong('backup-list', 'refresh', '--json');
    expect(refreshed.json()).toEqual({ checked: 4, backedUp: 0, notYet: 4 });
  });

  it('recognize makes a record special-value; usage errors exit 2', () => {
    const r = duphong(
      'backup-list',
      'recognize',
      SEED.shortTerm,
      '--decision',
      '9/QĐ-SNV',
      '--date',
      '2026-03-02',
      '--issuer',
      'Sở Nội vụ tỉnh Lào Cai',
      '--json',
    );
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ recordKind: 'file', recordCode: SEED.shortTerm, decisionDate: '02/03/2026' });
    const id = duphong('backup-list', 'create', '--unit', '15', '--year', '2027', '--by', 'An', '--json').json().list.id as string;
    expect(duphong('backup-list', 'add', id, SEED.shortTerm, '--by', 'An', '--json').json().list.entries[0].reason).toBe('special-value');
    expect(duphong('backup-list').code).toBe(2);
    expect(duphong('backup-list', 'frobnicate').code).toBe(2);
    expect(duphong('backup-list', '--json').code).toBe(2);
    expect(duphong('backup-list', 'create', '--unit', '15').code).toBe(2);
    expect(duphong('backup-list', 'add', id, 'x', '--kind', 'hộp', '--by', 'An').code).toBe(2);
  });
});
