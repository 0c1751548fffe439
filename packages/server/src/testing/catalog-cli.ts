// Test helper: the built `duphong` CLI as a child process, and a home on SQLite or PostgreSQL.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { initHome } from '../cli/commands/init.js';

export const BIN = resolve(import.meta.dirname, '../../bin/duphong.js');
const DIST = resolve(import.meta.dirname, '../../dist/cli/main.js');
export const REPO = resolve(import.meta.dirname, '../../../..');
export const FIXTURES = join(REPO, 'fixtures/catalog');
/** CI sets it; the local default is the machine's server. PostgreSQL tests never skip. */
export const PG_URL = process.env.DUPHONG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the parsed --json document, asserted by the tests
  json: any;
}

export function duphong(home: string, ...args: string[]): CliResult {
  if (!existsSync(DIST)) throw new Error('CLI chưa được biên dịch: chạy `npm run build` trước');
  const r = spawnSync(process.execPath, [BIN, ...args, '--home', home, '--json'], {
    encoding: 'utf8',
    env: { ...process.env, DUPHONG_HOME: '' },
  });
  let json: unknown;
  try {
    json = JSON.parse(r.stdout);
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

/** A home whose catalogue lives in a fresh PostgreSQL schema; `drop` removes the schema. */
export async function postgresHome(home: string, schema: string): Promise<{ drop: () => Promise<void> }> {
  await initHome(home, true);
  const file = join(home, 'config.json');
  writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), catalogue: { kind: 'postgres', url: PG_URL, schema } }));
  return {
    drop: async () => {
      const client = new pg.Client({ connectionString: PG_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists "${schema}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The expected findings of a bad fixture: "sheet row column code" lines. */
export function expectedFindings(tsv: string): string[] {
  return readFileSync(tsv, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t').join(' '))
    .sort();
}
