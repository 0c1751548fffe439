import { Migrator } from 'kysely';
import type { Kysely, Migration, MigrationProvider } from 'kysely';
import { migration0001 } from './0001-initial.js';
import { migration0002 } from './0002-records.js';
import { migration0003 } from './0003-units.js';
import { migration0004 } from './0004-code-lists.js';
import { migration0005 } from './0005-search.js';
import { migration0006 } from './0006-selection.js';
import { migration0007 } from './0007-search-rows.js';
import { migration0008 } from './0008-accounts.js';
import { migration0009 } from './0009-incident-workflow.js';
import { migration0011 } from './0011-reading-requests.js';
import { migration0012 } from './0012-digitisation.js';
import { migration0013 } from './0013-microfilm.js';
import { migration0014 } from './0014-batch-closed.js';
import { migration0015 } from './0015-plan-entries.js';
import { migration0016 } from './0016-report-details.js';
import { migration0017 } from './0017-plans.js';
import { migration0018 } from './0018-oai-items.js';
import { migration0019 } from './0019-portal.js';
import { migration0020 } from './0020-handover.js';
import { migration0021 } from './0021-codelist-sync.js';

/**
 * Every catalogue migration, in order, listed statically: the compiled build must migrate
 * without scanning a folder (and must not pick up stray `.d.ts`/`.map` files).
 * Append new migrations here; never edit or rename one that has shipped.
 */
export const CATALOGUE_MIGRATIONS: Readonly<Record<string, Migration>> = {
  '0001-initial': migration0001,
  '0002-records': migration0002,
  '0003-units': migration0003,
  '0004-code-lists': migration0004,
  '0005-search': migration0005,
  '0006-selection': migration0006,
  '0007-search-rows': migration0007,
  '0008-accounts': migration0008,
  '0009-incident-workflow': migration0009,
  '0011-reading-requests': migration0011,
  '0012-digitisation': migration0012,
  '0013-microfilm': migration0013,
  '0014-batch-closed': migration0014,
  '0015-plan-entries': migration0015,
  '0016-report-details': migration0016,
  '0017-plans': migration0017,
  '0018-oai-items': migration0018,
  '0019-portal': migration0019,
  '0020-handover': migration0020,
  '0021-codelist-sync': migration0021,
};

/** Kysely applies migrations in name order, so the last name is the newest schema. */
export const LATEST_CATALOGUE_MIGRATION: string = Object.keys(CATALOGUE_MIGRATIONS).sort().at(-1) ?? '';

const provider: MigrationProvider = { getMigrations: async () => ({ ...CATALOGUE_MIGRATIONS }) };

export interface MigrationOptions {
  /** PostgreSQL schema that holds the catalogue and Kysely's migration tables. */
  schema?: string;
}

function migratorFor(db: Kysely<unknown>, options: MigrationOptions): Migrator {
  // The migration tables are pinned to our schema: without this, Kysely would find another
  // schema's `kysely_migration` on the search path and think ours already exists.
  return new Migrator({ db, provider, ...(options.schema ? { migrationTableSchema: options.schema } : {}) });
}

/** Bring the catalogue to `target` (default: the latest migration). Applied ones are skipped. */
export async function migrateCatalogue(db: Kysely<unknown>, options: MigrationOptions & { target?: string } = {}): Promise<string[]> {
  const migrator = migratorFor(db, options);
  const { error, results } = options.target ? await migrator.migrateTo(options.target) : await migrator.migrateToLatest();
  if (error !== undefined) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new Error(`Catalogue: migration ${failed} failed`, { cause: error });
  }
  return (results ?? []).filter((r) => r.status === 'Success' && r.direction === 'Up').map((r) => r.migrationName);
}

export interface CatalogueVersion {
  /** The last applied migration, or null for an empty database. */
  current: string | null;
  latest: string;
  pending: string[];
}

/** Which migrations this catalogue database has, and which it still needs. */
export async function catalogueVersion(db: Kysely<unknown>, options: MigrationOptions = {}): Promise<CatalogueVersion> {
  const all = await migratorFor(db, options).getMigrations();
  const applied = all.filter((m) => m.executedAt !== undefined);
  return {
    current: applied.at(-1)?.name ?? null,
    latest: LATEST_CATALOGUE_MIGRATION,
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}
