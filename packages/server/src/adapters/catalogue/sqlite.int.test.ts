import Database from 'better-sqlite3';
import { Kysely, SqliteDialect, sql } from 'kysely';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeCatalogueContract } from './catalogue.contract.js';
import { describeMigrationContract } from './migration.contract.js';
import { openSqliteCatalogue } from './sqlite.js';

async function tempDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'duphong-catalogue-'));
}

describeCatalogueContract('SQLite', async () => {
  const dir = await tempDir();
  const file = join(dir, 'danh-mục.sqlite');
  const catalogue = await openSqliteCatalogue(file);
  return {
    catalogue,
    openSecond: () => openSqliteCatalogue(file),
    parallelWriters: false,
    cleanup: async () => {
      await catalogue.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
});

describeMigrationContract('SQLite', async () => {
  const dir = await tempDir();
  const file = join(dir, 'catalogue.sqlite');
  return {
    rawDb: () => new Kysely<unknown>({ dialect: new SqliteDialect({ database: new Database(file) }) }),
    open: () => openSqliteCatalogue(file),
    migrationOptions: {},
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

describe('openSqliteCatalogue', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await tempDir();
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('sets WAL, busy_timeout, foreign keys and synchronous FULL', async () => {
    const file = join(dir, 'catalogue.sqlite');
    const catalogue = await openSqliteCatalogue(file);
    await catalogue.close();
    // journal_mode is persistent in the file; the others are per connection, so read them through the adapter's own db.
    const raw = new Database(file);
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    const again = await openSqliteCatalogue(file);
    try {
      const pragma = async (name: string): Promise<unknown> => {
        const { rows } = await sql.raw<Record<string, unknown>>(`pragma ${name}`).execute(again.db);
        return Object.values(rows[0] ?? {})[0];
      };
      expect(await pragma('busy_timeout')).toBe(10000);
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('synchronous')).toBe(2); // FULL
    } finally {
      await again.close();
    }
  });
});
