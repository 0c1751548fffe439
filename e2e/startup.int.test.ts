import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duphong } from './cli.js';

// Structural check of CLI start-up (issue 8): a read-only command must not load the heavy
// packages other commands need. Times are measured in bench/startup.mjs, never asserted here.
const TRACE = fileURLToPath(new URL('./module-trace.mjs', import.meta.url));
const HEAVY = ['exceljs', '@aws-sdk', 'fastify', '@fastify', 'sharp', 'pg', 'pg-pool', 'archiver', 'yauzl'];
const CODE = 'H15.01.1.2001.1';

let work: string;
let home: string;

/** Packages (node_modules names) and own files the command resolved while it ran. */
async function loaded(args: string[]): Promise<{ packages: Set<string>; urls: string[] }> {
  const run = await duphong([...args, '--home', home], { env: { NODE_OPTIONS: `--import ${TRACE}` } });
  expect(run.code, run.stderr).toBe(0);
  const urls = [...run.stderr.matchAll(/^DUPHONG-MODULE (\S+)$/gm)].map((m) => m[1]!);
  const packages = new Set(urls.flatMap((u) => [...u.matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)].map((m) => m[1]!)));
  return { packages, urls };
}

const heavyIn = (packages: Set<string>): string[] => [...packages].filter((p) => HEAVY.some((h) => p === h || p.startsWith(`${h}/`)));

describe('CLI start-up loads only what a command needs', () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'duphong-startup-'));
    home = join(work, 'home');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const folder = join(work, 'object');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a.txt'), 'Quyết định\n');
    const ingest = await duphong(['ingest', folder, '--file', CODE, '--title', 'Hồ sơ thử', '--home', home]);
    expect(ingest.code, ingest.stderr).toBe(0);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('the trace sees the packages a command does load (so an empty list below means something)', async () => {
    const { packages, urls } = await loaded(['copies', CODE, '--json']);
    expect(packages.has('better-sqlite3')).toBe(true);
    expect(urls.some((u) => u.endsWith('/cli/commands/copies.js'))).toBe(true);
  });

  it.each([
    ['copies', ['copies', CODE, '--json']],
    ['site list', ['site', 'list', '--json']],
    ['search', ['search', 'x', '--json']],
  ])('%s loads no exceljs, AWS SDK, Fastify, sharp, pg or other commands', async (_name, args) => {
    const { packages, urls } = await loaded(args);
    expect(heavyIn(packages)).toEqual([]);
    const commands = urls.filter((u) => /\/cli\/commands\//.test(u)).map((u) => u.replace(/.*\/cli\/commands\//, ''));
    expect(commands).toEqual([`${args[0]}.js`]);
    // the write path (recovery, ingest) is loaded only when a crashed write is pending
    expect(urls.filter((u) => /\/usecases\/(recover|ingest)\.js$/.test(u))).toEqual([]);
  });

  it('--help loads neither @duphong/core nor the config', async () => {
    const { urls } = await loaded(['--help']);
    expect(urls.filter((u) => /packages\/core\/|zod/.test(u))).toEqual([]);
  });
});
