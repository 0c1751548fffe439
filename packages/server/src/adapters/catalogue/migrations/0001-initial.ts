import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * The first catalogue schema. Portable types only (text, integer, bigint); see `schema.ts`.
 * On PostgreSQL every text column uses the "C" collation so ordering and range comparisons
 * (timestamps, paths, ids) are by code point, exactly as SQLite's BINARY collation does,
 * whatever locale the database cluster was created with.
 */
export const migration0001: Migration = {
  // Migrations must not depend on the current schema types, which will move on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();

    await db.schema
      .createTable('sites')
      .addColumn('name', 'text', (c) => text(c).primaryKey())
      .addColumn('kind', 'text', required)
      .addColumn('region', 'text', required)
      .addColumn('medium', 'text', required)
      .addColumn('online', 'integer', (c) => c.notNull())
      .addColumn('settings', 'text', required)
      .addColumn('created_at', 'text', required)
      .execute();

    await db.schema
      .createTable('catalogue_files')
      .addColumn('code', 'text', (c) => text(c).primaryKey())
      .addColumn('title', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();

    await db.schema
      .createTable('backup_objects')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('file_code', 'text', (c) => required(c).unique())
      .addColumn('head', 'integer', (c) => c.notNull())
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();

    await db.schema
      .createTable('object_versions')
      .addColumn('object_id', 'text', (c) => required(c).references('backup_objects.id').onDelete('cascade'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created', 'text', required)
      .addColumn('message', 'text', required)
      .addColumn('files', 'integer', (c) => c.notNull())
      .addColumn('bytes', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('object_versions_pk', ['object_id', 'version'])
      .execute();

    await db.schema
      .createTable('object_files')
      .addColumn('object_id', 'text', required)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('logical_path', 'text', required)
      .addColumn('sha256', 'text', required)
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addPrimaryKeyConstraint('object_files_pk', ['object_id', 'version', 'logical_path'])
      .addForeignKeyConstraint('object_files_version_fk', ['object_id', 'version'], 'object_versions', ['object_id', 'version'], (fk) =>
        fk.onDelete('cascade'),
      )
      .execute();

    await db.schema
      .createTable('copies')
      .addColumn('object_id', 'text', (c) => required(c).references('backup_objects.id').onDelete('cascade'))
      .addColumn('site', 'text', (c) => required(c).references('sites.name'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', required)
      .addColumn('verified_at', 'text', text)
      .addColumn('detail', 'text', text)
      .addPrimaryKeyConstraint('copies_pk', ['object_id', 'site'])
      .execute();
    await db.schema.createIndex('copies_by_site').on('copies').columns(['site', 'object_id']).execute();
    await db.schema.createIndex('copies_by_verified_at').on('copies').columns(['verified_at']).execute();
    await db.schema.createIndex('copies_by_status').on('copies').columns(['status']).execute();

    // Events are evidence and append-only: no foreign keys, so recording one can never be refused.
    await db.schema
      .createTable('premis_events')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('object_id', 'text', text)
      .addColumn('site', 'text', text)
      .addColumn('type', 'text', required)
      .addColumn('date_time', 'text', required)
      .addColumn('outcome', 'text', required)
      .addColumn('detail', 'text', required)
      .addColumn('agent', 'text', required)
      .execute();
    await db.schema.createIndex('premis_events_by_object').on('premis_events').columns(['object_id', 'date_time']).execute();
    await db.schema.createIndex('premis_events_by_date_time').on('premis_events').columns(['date_time']).execute();

    await db.schema
      .createTable('jobs')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('kind', 'text', required)
      .addColumn('payload', 'text', required)
      .addColumn('status', 'text', required)
      .addColumn('run_at', 'text', required)
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('last_error', 'text', text)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('jobs_by_status_run_at').on('jobs').columns(['status', 'run_at']).execute();

    await db.schema
      .createTable('audit_runs')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('started_at', 'text', required)
      .addColumn('finished_at', 'text', text)
      .addColumn('scope', 'text', required)
      .addColumn('checked', 'integer', (c) => c.notNull())
      .addColumn('damaged', 'integer', (c) => c.notNull())
      .addColumn('repaired', 'integer', (c) => c.notNull())
      .addColumn('unrepaired', 'integer', (c) => c.notNull())
      .addColumn('findings', 'text', required)
      .execute();
    await db.schema.createIndex('audit_runs_by_started_at').on('audit_runs').columns(['started_at']).execute();

    await db.schema
      .createTable('incidents')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('object_id', 'text', required)
      .addColumn('site', 'text', text)
      .addColumn('path', 'text', text)
      .addColumn('code', 'text', required)
      .addColumn('detail', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('resolved_at', 'text', text)
      .execute();
    await db.schema.createIndex('incidents_by_created_at').on('incidents').columns(['created_at']).execute();

    await db.schema
      .createTable('meta')
      .addColumn('key', 'text', (c) => text(c).primaryKey())
      .addColumn('value', 'text', required)
      .execute();
    // Human-readable marker for tools that do not know Kysely's migration tables.
    await db.insertInto('meta').values({ key: 'schema_version', value: '0001-initial' }).execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of [
      'meta',
      'incidents',
      'audit_runs',
      'jobs',
      'premis_events',
      'copies',
      'object_files',
      'object_versions',
      'backup_objects',
      'catalogue_files',
      'sites',
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
