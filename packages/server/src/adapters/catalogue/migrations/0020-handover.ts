import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Handovers between instances (decision 0028): one row per handover on each side (direction
 * out/in, the signed manifest and the last signed receipt kept verbatim for audit) and one row per
 * item with its state, so a re-run after a crash or an unreachable receiver sends only what is
 * missing. Text on PostgreSQL uses the "C" collation so ids and timestamps sort as on SQLite.
 */
export const migration0020: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('handovers')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('direction', 'text', required)
      .addColumn('peer', 'text', required)
      .addColumn('scope_kind', 'text', required)
      .addColumn('scope_code', 'text', required)
      .addColumn('manifest', 'text', required)
      .addColumn('manifest_sha256', 'text', required)
      .addColumn('status', 'text', required)
      .addColumn('receipt', 'text', text)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('handovers_direction').on('handovers').columns(['direction', 'created_at']).execute();
    await db.schema
      .createTable('handover_items')
      .addColumn('handover_id', 'text', required)
      .addColumn('n', 'integer', (c) => c.notNull())
      .addColumn('file_code', 'text', required)
      .addColumn('object_id', 'text', required)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', required)
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('state', 'text', required)
      .addColumn('remote_object', 'text', text)
      .addColumn('finding_code', 'text', text)
      .addColumn('updated_at', 'text', required)
      .addPrimaryKeyConstraint('handover_items_pk', ['handover_id', 'n'])
      .execute();
    await db.schema.createIndex('handover_items_object').on('handover_items').columns(['object_id', 'version']).execute();
    await db.updateTable('meta').set({ value: '0020-handover' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('handover_items').execute();
    await db.schema.dropTable('handovers').execute();
  },
};
