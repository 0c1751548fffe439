import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyCatalogue } from './kysely-catalogue.js';
import { migrateCatalogue } from './migrations/index.js';
import type { CatalogueSchema } from './schema.js';

export interface PostgresCatalogueOptions {
  /**
   * Schema holding the catalogue (created if missing), set as every connection's `search_path`.
   * Lets several catalogues (or test runs) share one database. Default: the server's search_path.
   */
  schema?: string;
  /** Pool size (default 10). */
  max?: number;
}

// work_mem 32 MB per connection (default 4 MB): a search materialises its matches once and counts
// them; tens of thousands of matches no longer spill to a temporary file. It bounds each sort or
// hash of a query, so 10 connections stay far below the memory of this server.

const SCHEMA_NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** Open the PostgreSQL catalogue at `url` (a `postgres://` URL), migrated to the latest schema. `close()` ends the pool. */
export async function openPostgresCatalogue(url: string, options: PostgresCatalogueOptions = {}): Promise<KyselyCatalogue> {
  const { schema } = options;
  // The name goes into a connection option, not a bound parameter, so only plain names pass.
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) throw new Error(`Catalogue: invalid PostgreSQL schema name "${schema}"`);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    options: `${schema !== undefined ? `-c search_path=${schema} ` : ''}-c work_mem=32MB`,
  });
  // An idle client losing its connection emits 'error' on the pool; unhandled, it would kill the
  // process. The next query gets a fresh client and reports its own failure.
  pool.on('error', (error) => console.error('DuPhong catalogue: PostgreSQL idle connection error:', error.message));
  const db = new Kysely<CatalogueSchema>({ dialect: new PostgresDialect({ pool }) });
  try {
    await migrateWithRetry(url, schema);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return new KyselyCatalogue(db);
}

/**
 * Migrating introspects the system catalogs of the whole database (Kysely's migrator). When other
 * catalogues share the database (test runs, several installations), one of them dropping its schema
 * at that moment makes the scan fail with 3F000 "schema … does not exist" — about *their* schema.
 * That is transient: retry a few times. The migration runs on its own connection, without parallel
 * query (parallel workers made the window wider).
 */
async function migrateWithRetry(url: string, schema: string | undefined): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    const migrationDb = new Kysely<unknown>({
      dialect: new PostgresDialect({
        pool: new pg.Pool({
          connectionString: url,
          max: 1,
          options: `${schema !== undefined ? `-c search_path=${schema} ` : ''}-c max_parallel_workers_per_gather=0`,
        }),
      }),
    });
    try {
      // Creates the schema if needed and keeps Kysely's migration tables in it.
      await migrateCatalogue(migrationDb, schema !== undefined ? { schema } : {});
      return;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const otherSchemaVanished = cause?.code === '3F000' && (schema === undefined || !cause.message?.includes(`"${schema}"`));
      if (!otherSchemaVanished || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    } finally {
      await migrationDb.destroy();
    }
  }
}
