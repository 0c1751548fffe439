import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * Plans a unit issues, with their phases, tasks and selection criteria (core plans/plan.ts). The
 * instrument's facts are columns (to list by unit); phases, tasks and criteria are one JSON text
 * read and written whole — they are always shown and edited with their plan. Text on PostgreSQL
 * uses the "C" collation, as elsewhere.
 */
export const migration0017: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('plans')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('unit_id', 'text', required)
      .addColumn('kind', 'text', required)
      .addColumn('number_symbol', 'text', required)
      .addColumn('date', 'text', required)
      .addColumn('title', 'text', required)
      .addColumn('body', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .addColumn('updated_by', 'text', required)
      .execute();
    await db.schema.createIndex('plans_unit').on('plans').columns(['unit_id', 'date']).execute();
    await db.updateTable('meta').set({ value: '0017-plans' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('plans').execute();
  },
};
