import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, assertBuilt, duphong } from './cli.js';
import { makeSourceFolder, SAMPLE_FILES, tempDir } from '../packages/server/src/testing/homes.js';

const REGISTER = fileURLToPath(new URL('./startup/register-modules.mjs', import.meta.url));

/** What one CLI command loads (ESM and CommonJS through ESM), from the loader hook's log. */
function modulesLoadedBy(args: string[], log: string): string[] {
  assertBuilt();
  const r = spawnSync(process.execPath, ['--import', REGISTER, BIN, ...args], {
    env: { ...process.env, DUPHONG_HOME: '', DUPHONG_MODULE_LOG: log },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr).toBe(0);
  return readFileSync(log, 'utf8').split('\n').filter(Boolean);
}

const HEAVY = [
  '/node_modules/pg/',
  '/node_modules/exceljs/',
  '/node_modules/@aws-sdk/',
  '/node_modules/fastify/',
  '/node_modules/docx/',
  '/node_modules/undici/',
];

/**
 * Start-up is structural, never timed here: a quick command must not load what only other commands
 * need (the bench measures the time: `npm run bench -- --only pipeline`, "CLI fixed cost").
 */
describe('CLI start-up loads only what the command needs', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('copies CODE on the embedded catalogue loads no PostgreSQL, spreadsheet, S3 or HTTP module', async () => {
    const home = join(tmp.path, 'home');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const src = makeSourceFolder(join(tmp.path, 'src'), SAMPLE_FILES);
    expect((await duphong(['ingest', src, '--file', 'HS-START', '--title', 'Khởi động', '--home', home])).code).toBe(0);
    const loaded = modulesLoadedBy(['copies', 'HS-START', '--home', home, '--json'], join(tmp.path, 'copies.log'));
    expect(loaded.length).toBeGreaterThan(10); // the hook saw the program
    expect(loaded.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
    expect(loaded.some((u) => u.includes('/commands/copies.js'))).toBe(true);
    expect(loaded.filter((u) => /\/cli\/commands\/(?!copies)/.test(u))).toEqual([]);
  });

  it('--help loads no command at all', () => {
    const loaded = modulesLoadedBy(['--help'], join(tmp.path, 'help.log'));
    expect(loaded.filter((u) => u.includes('/cli/commands/'))).toEqual([]);
    expect(loaded.filter((u) => HEAVY.some((h) => u.includes(h)))).toEqual([]);
  });
});
