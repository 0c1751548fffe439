import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Shared code lists (danh mục dùng chung) as versioned data: lists, their published versions and
 * each version's items. Versions are never updated; a change is a new version row with its items.
 * Text on PostgreSQL uses the "C" collation so codes sort by code point, as on SQLite.
 * The lists are seeded when a context opens, not here: a migration only shapes the schema.
 */
export const migration0004: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();

    await db.schema
      .createTable('code_lists')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('name_vi', 'text', required)
      .addColumn('name_en', 'text', required)
      .addColumn('authority', 'text', required)
      .addColumn('source', 'text', required)
      .execute();

    await db.schema
      .createTable('code_list_versions')
      .addColumn('list_id', 'text', (c) => required(c).references('code_lists.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('valid_from', 'text', required)
      .addColumn('published_at', 'text', required)
      .addColumn('digest', 'text', required)
      .addPrimaryKeyConstraint('code_list_versions_pk', ['list_id', 'version'])
      .execute();

    await db.schema
      .createTable('code_list_items')
      .addColumn('list_id', 'text', required)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('code', 'text', required)
      .addColumn('label_vi', 'text', required)
      .addColumn('label_en', 'text', text)
      .addColumn('deprecated', 'integer', (c) => c.notNull())
      .addColumn('note', 'text', text)
      .addPrimaryKeyConstraint('code_list_items_pk', ['list_id', 'version', 'code'])
      .addForeignKeyConstraint('code_list_items_version_fk', ['list_id', 'version'], 'code_list_versions', ['list_id', 'version'])
      .execute();

    await db.updateTable('meta').set({ value: '0004-code-lists' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['code_list_items', 'code_list_versions', 'code_lists']) await db.schema.dropTable(table).execute();
  },
};
