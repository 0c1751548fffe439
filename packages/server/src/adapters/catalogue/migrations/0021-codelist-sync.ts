import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * Shared code lists from the centre (decision 0029): which lists came from the upstream (and are
 * therefore locked here), every pull attempt, the latest drift report of each peer (at the centre),
 * and the API's event feed, whose growing id is the cursor of `GET /api/events?after=`.
 */
export const migration0021: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('code_list_origins')
      .addColumn('list_id', 'text', (c) => text(c).primaryKey())
      .addColumn('origin', 'text', required)
      .addColumn('origin_name', 'text', required)
      .addColumn('sequence', 'integer', (c) => c.notNull())
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema
      .createTable('code_list_pulls')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('upstream', 'text', required)
      .addColumn('at', 'text', required)
      .addColumn('outcome', 'text', required)
      .addColumn('sequence', 'integer')
      .addColumn('applied', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', text)
      .addColumn('message', 'text', text)
      .execute();
    await db.schema.createIndex('code_list_pulls_at').on('code_list_pulls').columns(['upstream', 'at']).execute();
    await db.schema
      .createTable('code_list_drift')
      .addColumn('peer_id', 'text', (c) => text(c).primaryKey())
      .addColumn('received_at', 'text', required)
      .addColumn('signed_at', 'text', required)
      .addColumn('sequence', 'integer')
      .addColumn('lists', 'text', required)
      .addColumn('in_sync', 'integer', (c) => c.notNull())
      .addColumn('findings', 'text', required)
      .execute();
    await db.schema
      .createTable('feed_events')
      .addColumn('id', pg ? 'bigserial' : 'integer', (c) => (pg ? c.primaryKey() : c.primaryKey().autoIncrement()))
      .addColumn('at', 'text', required)
      .addColumn('kind', 'text', required)
      .addColumn('subject', 'text', required)
      .addColumn('detail', 'text', required)
      .execute();
    await db.updateTable('meta').set({ value: '0021-codelist-sync' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['feed_events', 'code_list_drift', 'code_list_pulls', 'code_list_origins'])
      await db.schema.dropTable(table).execute();
  },
};
