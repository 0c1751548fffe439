import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

const NAME = '0003-units';

/**
 * Units (organisations) and their history: time-versioned facts and successions (`schema-units.ts`).
 * Same conventions as 0001: portable types, "C" collation on every PostgreSQL text column.
 * The seed is not inserted here: `seedUnits` fills an empty table when the context opens.
 */
export const migration0003: Migration = {
  // Migrations must not depend on the current schema types, which will move on.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();

    await db.schema
      .createTable('units')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('kind', 'text', required)
      .execute();

    await db.schema
      .createTable('unit_versions')
      .addColumn('unit_id', 'text', (c) => required(c).references('units.id').onDelete('cascade'))
      .addColumn('valid_from', 'text', required)
      .addColumn('valid_to', 'text', text)
      .addColumn('name', 'text', required)
      .addColumn('short_name', 'text', text)
      .addColumn('type', 'text', required)
      .addColumn('admin_code', 'text', text)
      .addColumn('agency_code', 'text', text)
      .addColumn('parent_id', 'text', (c) => text(c).references('units.id'))
      .addColumn('verified', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', text)
      .addColumn('note', 'text', text)
      .addPrimaryKeyConstraint('unit_versions_pk', ['unit_id', 'valid_from'])
      .execute();
    await db.schema.createIndex('unit_versions_by_valid_from').on('unit_versions').columns(['valid_from', 'valid_to']).execute();
    await db.schema.createIndex('unit_versions_by_parent').on('unit_versions').columns(['parent_id']).execute();
    await db.schema.createIndex('unit_versions_by_admin_code').on('unit_versions').columns(['admin_code']).execute();
    await db.schema.createIndex('unit_versions_by_agency_code').on('unit_versions').columns(['agency_code']).execute();

    await db.schema
      .createTable('unit_successions')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('date', 'text', required)
      .addColumn('kind', 'text', required)
      .addColumn('note', 'text', required)
      .addColumn('verified', 'integer', (c) => c.notNull())
      .addColumn('source', 'text', text)
      .execute();

    await db.schema
      .createTable('unit_succession_links')
      .addColumn('succession_id', 'text', (c) => required(c).references('unit_successions.id').onDelete('cascade'))
      .addColumn('role', 'text', required)
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('unit_id', 'text', (c) => required(c).references('units.id'))
      .addPrimaryKeyConstraint('unit_succession_links_pk', ['succession_id', 'role', 'unit_id'])
      .execute();
    await db.schema.createIndex('unit_succession_links_by_unit').on('unit_succession_links').columns(['unit_id']).execute();

    await db.updateTable('meta').set({ value: NAME }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    for (const table of ['unit_succession_links', 'unit_successions', 'unit_versions', 'units']) {
      await db.schema.dropTable(table).execute();
    }
    // Back to the newest migration before this one, whichever that is (0002 lands separately).
    const previous = await db
      .selectFrom('kysely_migration')
      .select((eb) => eb.fn.max('name').as('name'))
      .where('name', '<', NAME)
      .executeTakeFirst();
    if (previous?.name) await db.updateTable('meta').set({ value: previous.name }).where('key', '=', 'schema_version').execute();
  },
};
