import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { closest, commandNames, levenshtein, subcommandsOf } from './help.js';
import { main } from './main.js';

// Every command's --help and an unknown option of each, in process (the spawned CLI: help.int.test.ts).

const tmp = mkdtempSync(join(tmpdir(), 'cli-help-unit-'));
let stdout = '';
let stderr = '';
beforeAll(() => {
  vi.stubEnv('DUPHONG_HOME', join(tmp, 'home'));
});
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(tmp, { recursive: true, force: true, maxRetries: 3 });
});
afterEach(() => vi.restoreAllMocks());

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  stdout = '';
  stderr = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((stdout += String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((stderr += String(s)), true));
  const code = await main(args);
  vi.restoreAllMocks();
  return { code, stdout, stderr };
}

/** What node's parseArgs and zod say in English; none of it may reach a user. */
const PARSER_ENGLISH =
  /Unknown option|Invalid option|expected one of|argument missing|does not take an argument|positional argument|ERR_PARSE_ARGS|Invalid input|Too small/;

describe('duphong <command> --help', { timeout: 60_000 }, () => {
  it.each(commandNames())('"%s --help" prints its own usage in Vietnamese, and in English with --lang en; exit 0', async (name) => {
    const vi = await run(name, '--help');
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain(`duphong ${name} — `);
    expect(vi.stdout).toContain('Cách dùng:');
    expect(vi.stdout).not.toMatch(/Usage|docs\//);
    const en = await run(name, '-h', '--lang', 'en');
    expect(en.code).toBe(0);
    expect(en.stdout).toContain('Usage:');
    for (const out of [vi, en]) expect(out.stdout + out.stderr).not.toMatch(PARSER_ENGLISH);
    const sub = subcommandsOf(name)?.[0];
    if (sub) expect((await run(name, sub, '--help')).stdout).toBe(vi.stdout);
  });

  it.each(commandNames().filter((n) => n !== 'serve'))('"%s" answers an unknown option in Vietnamese, exit 2', async (name) => {
    const sub = subcommandsOf(name)?.[0];
    const r = await run(name, ...(sub ? [sub] : []), 'X', '--khong-co');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Tùy chọn không tồn tại: --khong-co.');
    expect(r.stderr).not.toMatch(PARSER_ENGLISH);
    const en = await run(name, ...(sub ? [sub] : []), 'X', '--khong-co', '--lang', 'en');
    expect(en.stderr).toContain('Unknown option --khong-co.');
    expect(en.stderr).not.toMatch(/ERR_PARSE_ARGS|positional argument/);
  });
});

describe('did you mean', () => {
  it('measures edits and picks the nearest name only when it is near', () => {
    expect(levenshtein('ingset', 'ingest')).toBe(2);
    expect(closest('ingset', commandNames())).toBe('ingest');
    expect(closest('backup', commandNames())).toBe('backup-list');
    expect(closest('zzzzzz', commandNames())).toBeUndefined();
  });
});
