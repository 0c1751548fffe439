import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Digitisation batches (work orders drawn from approved backup lists) and their documents with
 * quality-control findings, review decisions and OCR confidence. Indexed for "batches of my
 * units" and "the review queue". Text on PostgreSQL uses the "C" collation, as elsewhere.
 */
export const migration0012: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('digitisation_batches')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('name', 'text', required)
      .addColumn('unit_id', 'text', required)
      .addColumn('list_id', 'text', text)
      .addColumn('state', 'text', required)
      .addColumn('files', 'text', required)
      .addColumn('operator', 'text', required)
      .addColumn('equipment', 'text', required)
      .addColumn('due_date', 'text', text)
      .addColumn('created_by', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .addColumn('run_started_at', 'text', text)
      .addColumn('run_start_pages', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('note', 'text', required)
      .execute();
    await db.schema.createIndex('digitisation_batches_unit').on('digitisation_batches').columns(['unit_id', 'created_at']).execute();
    await db.schema.createIndex('digitisation_batches_list').on('digitisation_batches').columns(['list_id']).execute();
    await db.schema
      .createTable('digitised_documents')
      .addColumn('batch_id', 'text', required)
      .addColumn('file_code', 'text', required)
      .addColumn('ordinal', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', required)
      .addColumn('sources', 'text', required)
      .addColumn('pages', 'integer', (c) => c.notNull())
      .addColumn('findings', 'text', required)
      .addColumn('page_info', 'text', required)
      .addColumn('pdf_sha256', 'text', text)
      .addColumn('kept_as_is', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('kind', 'text', required)
      .addColumn('facts', 'text', required)
      .addColumn('decided_by', 'text', text)
      .addColumn('decided_at', 'text', text)
      .addColumn('decision_note', 'text', text)
      .addColumn('updated_at', 'text', required)
      .addPrimaryKeyConstraint('digitised_documents_pk', ['batch_id', 'file_code', 'ordinal'])
      .execute();
    await db.schema.createIndex('digitised_documents_state').on('digitised_documents').columns(['state', 'updated_at']).execute();
    await db.updateTable('meta').set({ value: '0012-digitisation' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('digitised_documents').execute();
    await db.schema.dropTable('digitisation_batches').execute();
  },
};
