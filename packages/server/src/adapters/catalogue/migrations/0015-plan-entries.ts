import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * Plans and yearly results reports received from units (`duphong plan import`), one row per
 * instrument or no-records statement, keyed by its natural key so a table imported twice adds
 * nothing. Indexed by year for the roll-up. Text on PostgreSQL uses the "C" collation, as elsewhere.
 */
export const migration0015: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('plan_entries')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('unit_id', 'text', required)
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('column_kind', 'text', required)
      .addColumn('kind', 'text', text)
      .addColumn('number_symbol', 'text', text)
      .addColumn('date', 'text', text)
      .addColumn('no_records', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', required)
      .addColumn('recorded_at', 'text', required)
      .addColumn('recorded_by', 'text', required)
      .execute();
    await db.schema.createIndex('plan_entries_year').on('plan_entries').columns(['year', 'unit_id']).execute();
    await db.updateTable('meta').set({ value: '0015-plan-entries' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('plan_entries').execute();
  },
};
