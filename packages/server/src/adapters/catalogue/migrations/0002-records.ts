import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * The archival description: fonds, files with their TT05 fields (the existing `catalogue_files`
 * gains columns), documents, holdings and inspections. Portable types as in 0001; TT05 fields are
 * JSON text; `search_text` holds the accent-folded searchable text (core `foldVietnamese`).
 */
export const migration0002: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    const json = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull().defaultTo('{}');

    for (const [name, build] of [
      ['fonds_code', text],
      ['fields', json],
      ['legacy', json],
      ['mode', text],
      ['search_text', (c: ColumnDefinitionBuilder) => text(c).notNull().defaultTo('')],
    ] as const)
      await db.schema.alterTable('catalogue_files').addColumn(name, 'text', build).execute();
    await db.schema.alterTable('catalogue_files').addColumn('year', 'integer').execute();
    await db.schema.createIndex('catalogue_files_fonds').on('catalogue_files').columns(['fonds_code', 'code']).execute();

    await db.schema
      .createTable('fonds')
      .addColumn('code', 'text', (c) => text(c).primaryKey())
      .addColumn('name', 'text', required)
      .addColumn('kind', 'text', required)
      .addColumn('status', 'text', required)
      .addColumn('unit_id', 'text', text)
      .addColumn('fields', 'text', json)
      .addColumn('legacy', 'text', json)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();

    await db.schema
      .createTable('documents')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('file_code', 'text', required)
      .addColumn('ordinal', 'integer')
      .addColumn('kind', 'text', required)
      .addColumn('title', 'text', required)
      .addColumn('type_name', 'text', text)
      .addColumn('mode', 'text', text)
      .addColumn('year', 'integer')
      .addColumn('fields', 'text', json)
      .addColumn('legacy', 'text', json)
      .addColumn('search_text', 'text', (c) => text(c).notNull().defaultTo(''))
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('documents_file').on('documents').columns(['file_code', 'ordinal']).execute();

    await db.schema
      .createTable('holdings')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('fonds_code', 'text', required)
      .addColumn('file_code', 'text', text)
      .addColumn('medium', 'text', required)
      .addColumn('shelf_metres', pg ? 'double precision' : 'real')
      .addColumn('store', 'text', text)
      .addColumn('shelf', 'text', text)
      .addColumn('box', 'text', text)
      .addColumn('condition', 'text', text)
      .addColumn('created_at', 'text', required)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema.createIndex('holdings_fonds').on('holdings').column('fonds_code').execute();

    await db.schema
      .createTable('inspections')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('record_kind', 'text', required)
      .addColumn('record_code', 'text', required)
      .addColumn('date', 'text', required)
      .addColumn('inspector', 'text', required)
      .addColumn('signs', 'text', (c) => text(c).notNull().defaultTo('[]'))
      .addColumn('readable', 'integer')
      .addColumn('notes', 'text', (c) => text(c).notNull().defaultTo(''))
      .execute();
    await db.schema.createIndex('inspections_record').on('inspections').columns(['record_kind', 'record_code', 'date']).execute();
    await db.updateTable('meta').set({ value: '0002-records' }).where('key', '=', 'schema_version').execute();
  },
};
