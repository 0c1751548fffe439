import type { Kysely } from 'kysely';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { KyselyCatalogue } from './kysely-catalogue.js';
import { CATALOGUE_MIGRATIONS, LATEST_CATALOGUE_MIGRATION, catalogueVersion, migrateCatalogue } from './migrations/index.js';
import type { MigrationOptions } from './migrations/index.js';

/** A fresh empty database reachable two ways: raw (no migration run) and through the adapter's opener. */
export interface MigrationFixture {
  rawDb: () => Kysely<unknown>;
  open: () => Promise<KyselyCatalogue>;
  migrationOptions: MigrationOptions;
  cleanup: () => Promise<void>;
}

/** Schema versioning every catalogue engine must show. */
export function describeMigrationContract(name: string, factory: () => Promise<MigrationFixture>): void {
  describe(`Catalogue migrations: ${name}`, () => {
    it('reports the schema version, and migrating twice is a no-op', async () => {
      const fx = await factory();
      const db = fx.rawDb();
      try {
        expect(await catalogueVersion(db, fx.migrationOptions)).toEqual({
          current: null,
          latest: LATEST_CATALOGUE_MIGRATION,
          pending: Object.keys(CATALOGUE_MIGRATIONS),
        });
        expect(await migrateCatalogue(db, fx.migrationOptions)).toEqual(Object.keys(CATALOGUE_MIGRATIONS));
        expect(await migrateCatalogue(db, fx.migrationOptions)).toEqual([]);
        expect(await catalogueVersion(db, fx.migrationOptions)).toEqual({
          current: LATEST_CATALOGUE_MIGRATION,
          latest: LATEST_CATALOGUE_MIGRATION,
          pending: [],
        });
        const { rows } = await sql<{ value: string }>`select value from meta where key = 'schema_version'`.execute(db);
        expect(rows).toEqual([{ value: LATEST_CATALOGUE_MIGRATION }]);
      } finally {
        await db.destroy();
        await fx.cleanup();
      }
    });

    it('opens a database created by migration 0001 and keeps its data', async () => {
      const fx = await factory();
      try {
        const db = fx.rawDb();
        try {
          await migrateCatalogue(db, { ...fx.migrationOptions, target: '0001-initial' });
          await sql`insert into catalogue_files (code, title, created_at, updated_at)
                    values ('G01.001', 'Hồ sơ cũ từ phiên bản đầu', '2026-01-01T08:00:00.000+07:00', '2026-01-01T08:00:00.000+07:00')`.execute(
            db,
          );
        } finally {
          await db.destroy();
        }
        const catalogue = await fx.open();
        try {
          expect((await catalogue.getFile('G01.001'))?.title).toBe('Hồ sơ cũ từ phiên bản đầu');
          expect((await catalogueVersion(catalogue.db as Kysely<unknown>, fx.migrationOptions)).pending).toEqual([]);
        } finally {
          await catalogue.close();
        }
        // Opening again (already migrated) is fine too.
        const reopened = await fx.open();
        expect(await reopened.countFiles()).toBe(1);
        await reopened.close();
      } finally {
        await fx.cleanup();
      }
    });
  });
}
