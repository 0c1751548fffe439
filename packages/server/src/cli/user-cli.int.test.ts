import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertBuilt, BIN, duphong } from '../../../../e2e/cli.js';
import { tempDir } from '../testing/homes.js';

/** `duphong user …` as an operator runs it: the password through stdin, Vietnamese output. */
function withStdin(args: string[], input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, DUPHONG_HOME: '' }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString('utf8')));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('duphong user add|list|reset-password|disable', () => {
  let tmp: ReturnType<typeof tempDir>;
  let home: string;
  beforeAll(async () => {
    tmp = tempDir('duphong-user-cli-');
    home = join(tmp.path, 'home');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
  });
  afterAll(() => tmp?.remove());

  it('adds users with the password from stdin, lists them, resets and disables them', async () => {
    const admin = await withStdin(
      ['user', 'add', 'quantri', '--role', 'system-admin', '--all', '--password-stdin', '--home', home],
      'mật-khẩu-quản-trị-đủ-dài\n',
    );
    expect(admin.code, admin.stderr).toBe(0);
    expect(admin.stdout).toContain('Đã tạo người dùng "quantri" (Quản trị hệ thống; đơn vị: toàn bộ)');
    const lan = await withStdin(
      ['user', 'add', 'lan', '--role', 'archivist', '--unit', 'province-2025-lao-cai', '--password-stdin', '--home', home, '--json'],
      'mật-khẩu-lưu-trữ-viên',
    );
    expect(lan.code, lan.stderr).toBe(0);
    expect(JSON.parse(lan.stdout)).toMatchObject({ username: 'lan', roles: ['archivist'], units: ['province-2025-lao-cai'] });
    const again = await withStdin(
      ['user', 'add', 'lan', '--role', 'reader', '--all', '--password-stdin', '--home', home],
      'mật-khẩu-lưu-trữ-viên',
    );
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('Đã có người dùng "lan"');
    const weak = await withStdin(['user', 'add', 'an', '--role', 'reader', '--all', '--password-stdin', '--home', home], 'ngắn');
    expect([weak.code, weak.stderr.includes('ít nhất 10 ký tự')]).toEqual([2, true]);
    const argv = await duphong(['user', 'add', 'binh', '--role', 'reader', '--all', '--password', 'mật-khẩu-độc-giả-dài', '--home', home]);
    expect(argv.code).toBe(0);
    expect(argv.stderr).toContain('--password-stdin'); // warned

    const listed = await duphong(['user', 'list', '--home', home]);
    expect(listed.stdout).toMatch(/lan\s+lan\s+Lưu trữ viên\s+province-2025-lao-cai\s+đang dùng/);
    const reset = await withStdin(['user', 'reset-password', 'lan', '--password-stdin', '--home', home], 'mật-khẩu-mới-của-lan');
    expect(reset.stdout).toContain('Đã đặt lại mật khẩu của "lan"');
    expect((await duphong(['user', 'disable', 'lan', '--home', home])).stdout).toContain('Đã khóa tài khoản "lan"');
    const json = await duphong(['user', 'list', '--json', '--home', home]);
    expect((json.json as { username: string; disabled: boolean }[]).map((u) => [u.username, u.disabled])).toEqual([
      ['binh', false],
      ['lan', true],
      ['quantri', false],
    ]);
    const usage = await duphong(['user', 'add', 'x', '--home', home]);
    expect([usage.code, usage.stderr.includes('--role')]).toEqual([2, true]);
  });
});
