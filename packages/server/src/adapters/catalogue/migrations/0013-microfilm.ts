import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/*
 * Microfilm as a backup copy: reels, the frame ranges that hold files and documents, the physical
 * copies of each reel (master and duplicates) with where they are kept and their condition, and
 * their inspections. Indexed for "reels of my units", "which reels hold this file" and the yearly
 * figures (unit, filmed date). Text on PostgreSQL uses the "C" collation, as elsewhere.
 */
export const migration0013: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    const int = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => col.notNull();
    await db.schema
      .createTable('microfilm_reels')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('code', 'text', (c) => required(c).unique())
      .addColumn('unit_id', 'text', text)
      .addColumn('film_type', 'text', required)
      .addColumn('generation', 'text', required)
      .addColumn('filmed_date', 'text', required)
      .addColumn('frame_count', 'integer', int)
      .addColumn('reduction_ratio', 'text', required)
      .addColumn('standard', 'text', required)
      .addColumn('notes', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('microfilm_reels_unit').on('microfilm_reels').columns(['unit_id', 'filmed_date']).execute();
    await db.schema
      .createTable('microfilm_frames')
      .addColumn('reel_id', 'text', required)
      .addColumn('frame_from', 'integer', int)
      .addColumn('frame_to', 'integer', int)
      .addColumn('file_code', 'text', required)
      .addColumn('document_id', 'text', text)
      .addPrimaryKeyConstraint('microfilm_frames_pk', ['reel_id', 'frame_from'])
      .execute();
    await db.schema.createIndex('microfilm_frames_file').on('microfilm_frames').columns(['file_code']).execute();
    await db.schema
      .createTable('microfilm_duplicates')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('reel_id', 'text', required)
      .addColumn('code', 'text', required)
      .addColumn('generation', 'text', required)
      .addColumn('location', 'text', required)
      .addColumn('medium', 'text', required)
      .addColumn('created_date', 'text', text)
      .addColumn('condition', 'text', required)
      .addColumn('notes', 'text', required)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .addUniqueConstraint('microfilm_duplicates_code', ['reel_id', 'code'])
      .execute();
    await db.schema
      .createTable('microfilm_inspections')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('duplicate_id', 'text', required)
      .addColumn('date', 'text', required)
      .addColumn('inspector', 'text', required)
      .addColumn('signs', 'text', required)
      .addColumn('readable', 'integer', int)
      .addColumn('condition', 'text', required)
      .addColumn('notes', 'text', required)
      .addColumn('created_at', 'text', required)
      .execute();
    await db.schema.createIndex('microfilm_inspections_duplicate').on('microfilm_inspections').columns(['duplicate_id', 'date']).execute();
    await db.updateTable('meta').set({ value: '0013-microfilm' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('microfilm_inspections').execute();
    await db.schema.dropTable('microfilm_duplicates').execute();
    await db.schema.dropTable('microfilm_frames').execute();
    await db.schema.dropTable('microfilm_reels').execute();
  },
};
