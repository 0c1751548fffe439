import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';
import { backupSql, documentModeSql, fileModeSql } from '../search-rows.js';

/**
 * Search without joins (docs/search.md, "Indexes per engine"): files and documents keep what a
 * search filters and counts on — effective level `eff_mode`, `backup_status`, and for documents
 * the `fonds_code` of their file — written by the catalogue's writers (search-rows.ts). Existing
 * rows are filled here with the same SQL expressions the search used to evaluate per query
 * (1M documents: about 20 s on SQLite with the FTS5 rebuild, 40 s on PostgreSQL, where the fill
 * writes a new version of every row that autovacuum reclaims later).
 * SQLite: the FTS5 tables are rebuilt with prefix indexes for 2 to 6 characters (most
 * Vietnamese syllables), so a query word as a prefix reads one stored doclist instead of
 * merging those of every word it starts.
 * PostgreSQL keeps its trigram index (a `simple` tsvector with `:*` prefixes was tried and was
 * slower: common prefixes such as `do:*` and `tinh:*` merge the posting lists of many words).
 */
export const migration0007: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    for (const table of ['catalogue_files', 'documents']) {
      await db.schema
        .alterTable(table)
        .addColumn('eff_mode', 'text', (c) => text(c).notNull().defaultTo('03'))
        .execute();
      await db.schema
        .alterTable(table)
        .addColumn('backup_status', 'text', (c) => text(c).notNull().defaultTo('none'))
        .execute();
    }
    await db.schema.alterTable('documents').addColumn('fonds_code', 'text', text).execute();

    await sql`update catalogue_files set eff_mode = ${fileModeSql(sql.ref('mode'))}, backup_status = ${backupSql(sql.ref('code'))}`.execute(
      db,
    );
    await sql`update documents set
        fonds_code = (select f.fonds_code from catalogue_files f where f.code = documents.file_code),
        eff_mode = ${documentModeSql(sql.ref('documents.mode'), sql`(select f.mode from catalogue_files f where f.code = documents.file_code)`)},
        backup_status = coalesce((select f.backup_status from catalogue_files f where f.code = documents.file_code), ${backupSql(sql.ref('documents.file_code'))})`.execute(
      db,
    );
    if (!pg) await widerPrefixesSqlite(db);
    await db.updateTable('meta').set({ value: '0007-search-rows' }).where('key', '=', 'schema_version').execute();
  },
};

/** Same shape as 0005's tables, wider prefix indexes; the triggers keep them as before. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function widerPrefixesSqlite(db: Kysely<any>): Promise<void> {
  for (const table of ['catalogue_files', 'documents']) {
    const fts = `${table}_fts`;
    await sql.raw(`drop table ${fts}`).execute(db);
    await sql
      .raw(
        `create virtual table ${fts} using fts5(search_text, content='${table}', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6', columnsize=0)`,
      )
      .execute(db);
    await sql.raw(`insert into ${fts}(${fts}) values ('rebuild')`).execute(db);
  }
}
