import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';
import { utcSecondsSql } from '../oai.js';

/*
 * OAI-PMH items (decision 0026): per catalogue file its datestamp (UTC seconds, from the file's
 * updated_at, so harvesters can ask "what changed since") and every access level it has ever had,
 * comma-framed (",01,03,"). A file now at a level a harvester may not see, which once was at one it
 * may, is answered as a deleted record (a tombstone) to that harvester and never simply vanishes.
 * The catalogue's writers keep the row (search-rows.ts refreshFile); existing files are filled here.
 */
export const migration0018: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    await db.schema
      .createTable('oai_items')
      .addColumn('file_code', 'text', (c) => text(c).primaryKey())
      .addColumn('datestamp', 'text', (c) => text(c).notNull())
      .addColumn('seen_modes', 'text', (c) => text(c).notNull())
      .execute();
    await db.schema.createIndex('oai_items_datestamp').on('oai_items').columns(['datestamp', 'file_code']).execute();
    await sql`insert into oai_items (file_code, datestamp, seen_modes)
      select code, ${utcSecondsSql(engineOf(db), 'updated_at')}, ',' || eff_mode || ',' from catalogue_files`.execute(db);
    await db.updateTable('meta').set({ value: '0018-oai-items' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    await db.schema.dropTable('oai_items').execute();
  },
};
