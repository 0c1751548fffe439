import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Selection for backup: recognitions of special value, yearly backup lists, their entries and
 * their append-only history. An entry's primary key (list, kind, code) makes a duplicate entry
 * impossible whatever the caller does; the review rules themselves live in core.
 */
export const migration0006: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    const blank = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull().defaultTo('');

    await db.schema
      .createTable('recognitions')
      .addColumn('record_kind', 'text', required)
      .addColumn('record_code', 'text', required)
      .addColumn('decision_number', 'text', required)
      .addColumn('decision_date', 'text', required)
      .addColumn('issuer', 'text', required)
      .addColumn('note', 'text', blank)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .addPrimaryKeyConstraint('recognitions_pk', ['record_kind', 'record_code'])
      .execute();

    await db.schema
      .createTable('backup_lists')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('unit_id', 'text', required)
      .addColumn('year', 'integer', (c) => c.notNull())
      .addColumn('status', 'text', required)
      .addColumn('decision_number', 'text', text)
      .addColumn('decision_date', 'text', text)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('backup_lists_unit_year').on('backup_lists').columns(['unit_id', 'year']).execute();

    await db.schema
      .createTable('backup_list_entries')
      .addColumn('list_id', 'text', (c) => required(c).references('backup_lists.id').onDelete('cascade'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('record_kind', 'text', required)
      .addColumn('record_code', 'text', required)
      .addColumn('reason', 'text', required)
      .addColumn('signs', 'text', (c) => text(c).notNull().defaultTo('[]'))
      .addColumn('readable', 'integer')
      .addColumn('inspection_date', 'text', text)
      .addColumn('note', 'text', blank)
      .addPrimaryKeyConstraint('backup_list_entries_pk', ['list_id', 'record_kind', 'record_code'])
      .execute();
    await db.schema.createIndex('backup_list_entries_record').on('backup_list_entries').columns(['record_kind', 'record_code']).execute();

    await db.schema
      .createTable('backup_list_history')
      .addColumn('list_id', 'text', (c) => required(c).references('backup_lists.id').onDelete('cascade'))
      .addColumn('seq', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', required)
      .addColumn('by', 'text', required)
      .addColumn('action', 'text', required)
      .addColumn('decision_number', 'text', text)
      .addColumn('decision_date', 'text', text)
      .addColumn('note', 'text', blank)
      .addPrimaryKeyConstraint('backup_list_history_pk', ['list_id', 'seq'])
      .execute();
    await db.updateTable('meta').set({ value: '0006-selection' }).where('key', '=', 'schema_version').execute();
  },
};
