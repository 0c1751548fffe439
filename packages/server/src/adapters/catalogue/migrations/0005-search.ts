import { normalizeVietnamese, searchableText } from '@duphong/core';
import { sql } from 'kysely';
import type { Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';

/**
 * Search over the archival description (docs/search.md).
 * - Files and documents gain `search_exact`: the searchable text in NFC lower case with its accents
 *   (ranking of exact Vietnamese matches); `search_text` (folded) already decides matching.
 * - SQLite: one FTS5 external-content table per table over `search_text` (unicode61 without
 *   diacritic removal, the text is folded already; prefix indexes for 2 and 3 characters), kept
 *   by triggers, so every write is indexed in its own transaction.
 * - PostgreSQL: pg_trgm GIN index over the padded `search_text` (the expression the queries use);
 *   without the extension, no index (same results, scanned).
 */
export const migration0005: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    for (const table of ['catalogue_files', 'documents'])
      await db.schema
        .alterTable(table)
        .addColumn('search_exact', 'text', (c) => (pg ? c.modifyFront(sql`collate "C"`) : c).notNull().defaultTo(''))
        .execute();
    await backfillExact(db);
    if (pg) await indexPostgres(db);
    else await indexSqlite(db);
    await db.updateTable('meta').set({ value: '0005-search' }).where('key', '=', 'schema_version').execute();
  },
};

const BATCH = 2000;

/** Compute `search_exact` for rows written before this migration, as catalogue.records now does. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function backfillExact(db: Kysely<any>): Promise<void> {
  const parse = (text: string): Record<string, string> => {
    try {
      return JSON.parse(text) as Record<string, string>;
    } catch {
      return {};
    }
  };
  for (const [table, key] of [
    ['catalogue_files', 'code'],
    ['documents', 'id'],
  ] as const) {
    let after = '';
    for (;;) {
      const rows = (await db
        .selectFrom(table)
        .select([`${key} as key`, 'title', 'fields'])
        .where(key, '>', after)
        .orderBy(key)
        .limit(BATCH)
        .execute()) as Array<{ key: string; title: string; fields: string }>;
      for (const r of rows) {
        const fields = parse(r.fields);
        // Documents leave their title out when it is the subject (already among the fields).
        const title = table === 'documents' && r.title === fields.subject ? '' : r.title;
        await db
          .updateTable(table)
          .set({ search_exact: normalizeVietnamese(searchableText(title, fields)) })
          .where(key, '=', r.key)
          .execute();
      }
      if (rows.length < BATCH) break;
      after = rows.at(-1)!.key;
    }
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexSqlite(db: Kysely<any>): Promise<void> {
  for (const table of ['catalogue_files', 'documents']) {
    const fts = `${table}_fts`;
    await sql
      .raw(
        `create virtual table ${fts} using fts5(search_text, content='${table}', content_rowid='rowid',
           tokenize='unicode61 remove_diacritics 0', prefix='2 3', columnsize=0)`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fts}_insert after insert on ${table} begin
           insert into ${fts}(rowid, search_text) values (new.rowid, new.search_text);
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fts}_delete after delete on ${table} begin
           insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.rowid, old.search_text);
         end`,
      )
      .execute(db);
    await sql
      .raw(
        `create trigger ${fts}_update after update of search_text on ${table} begin
           insert into ${fts}(${fts}, rowid, search_text) values ('delete', old.rowid, old.search_text);
           insert into ${fts}(rowid, search_text) values (new.rowid, new.search_text);
         end`,
      )
      .execute(db);
    await sql.raw(`insert into ${fts}(${fts}) values ('rebuild')`).execute(db);
  }
  await db.insertInto('meta').values({ key: 'search_index', value: 'fts5' }).execute();
}

/**
 * pg_trgm lives in one schema per database; we install it in `public` (not the catalogue's own
 * schema, whose drop would take the extension and other catalogues' indexes with it) or use
 * wherever it already is. Creating it may be refused (no privilege, not installed on the
 * server): a savepoint keeps the migration's transaction usable and the search stays unindexed.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function indexPostgres(db: Kysely<any>): Promise<void> {
  const where = async (): Promise<string | undefined> => {
    const { rows } = await sql<{ schema: string }>`
      select n.nspname as schema from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm'`.execute(db);
    return rows[0]?.schema;
  };
  let schema = await where();
  if (schema === undefined) {
    await sql`savepoint duphong_pg_trgm`.execute(db);
    try {
      await sql`create extension if not exists pg_trgm with schema public`.execute(db);
      await sql`release savepoint duphong_pg_trgm`.execute(db);
    } catch {
      await sql`rollback to savepoint duphong_pg_trgm`.execute(db);
    }
    schema = await where();
  }
  await db
    .insertInto('meta')
    .values({ key: 'search_index', value: schema === undefined ? 'none' : 'pg_trgm' })
    .execute();
  if (schema === undefined) return;
  const ops = sql.raw(`"${schema.replaceAll('"', '""')}".gin_trgm_ops`);
  for (const table of ['catalogue_files', 'documents'])
    await sql`create index ${sql.id(`${table}_search_trgm`)} on ${sql.id(table)} using gin ((' ' || search_text || ' ') ${ops})`.execute(
      db,
    );
}
