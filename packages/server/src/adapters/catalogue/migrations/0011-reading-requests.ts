import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Reading-room requests (khai thác trực tuyến): who asked for which record, why, and what an
 * archivist decided. Indexed for "my requests" (requester) and "pending in my units" (unit, state).
 * Text on PostgreSQL uses the "C" collation so codes and timestamps sort as on SQLite.
 */
export const migration0011: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('reading_requests')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('record_kind', 'text', required)
      .addColumn('record_code', 'text', required)
      .addColumn('file_code', 'text', required)
      .addColumn('title', 'text', required)
      .addColumn('unit_id', 'text', text)
      .addColumn('requester_id', 'text', required)
      .addColumn('requester_name', 'text', required)
      .addColumn('purpose', 'text', required)
      .addColumn('state', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('decided_at', 'text', text)
      .addColumn('decider_id', 'text', text)
      .addColumn('decider_name', 'text', text)
      .addColumn('reason', 'text', text)
      .addColumn('expires_at', 'text', text)
      .execute();
    await db.schema.createIndex('reading_requests_requester').on('reading_requests').columns(['requester_id', 'created_at']).execute();
    await db.schema.createIndex('reading_requests_unit').on('reading_requests').columns(['unit_id', 'state', 'created_at']).execute();
    await db.schema.createIndex('reading_requests_file').on('reading_requests').columns(['file_code']).execute();
    await db.updateTable('meta').set({ value: '0011-reading-requests' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('reading_requests').execute();
  },
};
