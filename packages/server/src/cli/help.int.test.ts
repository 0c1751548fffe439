// Runs the built CLI (`npm run build` first): help, version, "did you mean", and no English from
// the argument parser or zod on a Vietnamese screen. Every command's --help: help.test.ts (in process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commandNames } from './help.js';

const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const tmp = mkdtempSync(join(tmpdir(), 'cli-help-'));
const home = join(tmp, 'home');
afterAll(() => rmSync(tmp, { recursive: true, force: true, maxRetries: 3 }));

function duphong(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, DUPHONG_HOME: home } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What node's parseArgs and zod say in English; none of it may reach a user. */
const PARSER_ENGLISH =
  /Unknown option|Invalid option|expected one of|argument missing|does not take an argument|positional argument|ERR_PARSE_ARGS|Invalid input|Too small/;

describe('duphong help', () => {
  it('lists every command on one line each, and prints the version', () => {
    const r = duphong('--help');
    expect(r.code).toBe(0);
    for (const name of commandNames()) expect(r.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
    expect(duphong('--version').stdout).toMatch(/^duphong \d+\.\d+\.\d+\n$/);
    expect(duphong('-V').code).toBe(0);
    expect(duphong('help', 'unit', '--lang', 'en').stdout).toContain('duphong unit list [--at DD/MM/YYYY]');
  });

  it('suggests the nearest command, sub-command and option', () => {
    const command = duphong('ingset');
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Lệnh không tồn tại: "ingset". Có phải ý bạn là "ingest"?');
    const sub = duphong('site', 'ad', '--lang', 'en');
    expect(sub.code).toBe(2);
    expect(sub.stderr).toContain('Unknown sub-command "ad" of "duphong site". Did you mean "add"?');
    const option = duphong('search', 'Lào Cai', '--limt', '3');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Tùy chọn không tồn tại: --limt. Có phải ý bạn là "--limit"?');
    const value = duphong('search', 'x', '--limit');
    expect(value.stderr).toContain('Tùy chọn --limit cần một giá trị');
    expect(value.stderr).not.toMatch(PARSER_ENGLISH);
  });

  it('words a bad site in Vietnamese, never with zod English', () => {
    expect(duphong('init').code).toBe(0);
    const r = duphong('site', 'add', 'kho-4', '--kind', 'ftp', '--region', 'bac', '--path', tmp);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Site không hợp lệ: loại site phải là fs (thư mục) hoặc s3 (kho đối tượng S3).');
    expect(r.stderr).not.toMatch(PARSER_ENGLISH);
    const en = duphong('site', 'add', 'Kho 4', '--kind', 's3', '--region', 'bac', '--lang', 'en');
    expect(en.stderr).toContain('Invalid site: a site name has only a-z, 0-9, - and _');
    expect(en.stderr).toContain('an s3 site needs an endpoint URL; an s3 site needs a bucket');
  });

  it('backup-list help explains eligibility and points to no repository file', () => {
    const r = duphong('backup-list', '--help');
    expect(r.stdout).toContain('duphong inspection add');
    expect(r.stdout).not.toMatch(/docs\/|\.md\b/);
  });
});
