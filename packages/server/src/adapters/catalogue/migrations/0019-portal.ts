import { sql } from 'kysely';
import type { ColumnDefinitionBuilder, Kysely, Migration } from 'kysely';
import { engineOf } from '../engine.js';
import { PREFIX_MAX } from '../portal-match.js';

/*
 * The national portal (decision 0027, docs/portal.md): records harvested from peers by OAI-PMH,
 * the harvester's per-peer state (incremental `from`, resumption token of an interrupted list)
 * and its runs. `words` is the folded text (core foldVietnamese) a search matches.
 * PostgreSQL: a GIN expression index over portal_terms(): the words, their prefixes, and the
 * level, province and fonds as keys.
 * SQLite: an FTS5 external-content table over `words`, kept by triggers, as migration 0005 does.
 */
export const migration0019: Migration = {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async up(db: Kysely<any>): Promise<void> {
    const pg = engineOf(db) === 'postgres';
    const text = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => (pg ? col.modifyFront(sql`collate "C"`) : col);
    const required = (col: ColumnDefinitionBuilder): ColumnDefinitionBuilder => text(col).notNull();
    await db.schema
      .createTable('portal_records')
      .addColumn('id', pg ? 'bigserial' : 'integer', (c) => c.primaryKey())
      .addColumn('peer_id', 'text', required)
      .addColumn('oai_id', 'text', required)
      .addColumn('file_code', 'text', required)
      .addColumn('title', 'text', required)
      .addColumn('dates', 'text', text)
      .addColumn('fonds_code', 'text', text)
      .addColumn('fonds_name', 'text', text)
      .addColumn('unit', 'text', text)
      .addColumn('province', 'text', required)
      .addColumn('access', 'text', required)
      .addColumn('url', 'text', required)
      .addColumn('datestamp', 'text', required)
      .addColumn('words', 'text', required)
      .addUniqueConstraint('portal_records_oai', ['peer_id', 'oai_id'])
      .execute();
    if (pg) {
      // Every word whole, and every prefix of it up to PREFIX_MAX characters marked by '>': a term
      // typed as a prefix (`chinh` for "chính phủ", `h` …) is then one exact key of the GIN index,
      // which intersects keys with its fast scan instead of first merging every word a prefix
      // starts (the trap migration 0007 notes for `:*` tsqueries). The level, province and fonds
      // are keys too ('#a:01', '#p:Lào Cai', '#f:P01'), so a filtered search is one intersection.
      // An expression index, not a stored column: the rows stay small for the scans that stop early.
      await sql`create function portal_terms(words text, access text, province text, fonds text) returns text[]
        language sql immutable parallel safe as $$
          select array_agg(distinct t) from (
            select w as t from unnest(string_to_array(words, ' ')) w where w <> ''
            union all
            select '>' || left(w, n) from unnest(string_to_array(words, ' ')) w, generate_series(1, least(length(w), ${sql.lit(PREFIX_MAX)})) n
             where w <> ''
            union all select '#a:' || access
            union all select '#p:' || province
            union all select '#f:' || fonds where fonds is not null) x
        $$`.execute(db);
      await sql`create index portal_records_terms on portal_records using gin (portal_terms(words, access, province, fonds_code))`.execute(
        db,
      );
    } else {
      await sql
        .raw(
          `create virtual table portal_records_fts using fts5(words, content='portal_records', content_rowid='id',
             tokenize='unicode61 remove_diacritics 0', prefix='2 3 4 5 6', columnsize=0)`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger portal_records_fts_insert after insert on portal_records begin
             insert into portal_records_fts(rowid, words) values (new.id, new.words);
           end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger portal_records_fts_delete after delete on portal_records begin
             insert into portal_records_fts(portal_records_fts, rowid, words) values ('delete', old.id, old.words);
           end`,
        )
        .execute(db);
      await sql
        .raw(
          `create trigger portal_records_fts_update after update of words on portal_records begin
             insert into portal_records_fts(portal_records_fts, rowid, words) values ('delete', old.id, old.words);
             insert into portal_records_fts(rowid, words) values (new.id, new.words);
           end`,
        )
        .execute(db);
    }
    if (!pg) {
      await db.schema.createIndex('portal_records_access_province').on('portal_records').columns(['access', 'province']).execute();
      await db.schema.createIndex('portal_records_access_fonds').on('portal_records').columns(['access', 'fonds_code']).execute();
    }

    await db.schema
      .createTable('harvest_state')
      .addColumn('peer_id', 'text', (c) => text(c).primaryKey())
      .addColumn('last_from', 'text', text)
      .addColumn('resumption_token', 'text', text)
      .addColumn('pending_from', 'text', text)
      .addColumn('updated_at', 'text', required)
      .execute();
    await db.schema
      .createTable('harvest_runs')
      .addColumn('id', 'text', (c) => text(c).primaryKey())
      .addColumn('peer_id', 'text', required)
      .addColumn('started_at', 'text', required)
      .addColumn('ended_at', 'text', text)
      .addColumn('status', 'text', required)
      .addColumn('pages', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('records', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('deleted', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('refused', 'integer', (c) => c.notNull().defaultTo(0))
      .addColumn('error', 'text', text)
      .execute();
    await db.schema.createIndex('harvest_runs_peer').on('harvest_runs').columns(['peer_id', 'started_at']).execute();
    await db.updateTable('meta').set({ value: '0019-portal' }).where('key', '=', 'schema_version').execute();
  },

  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async down(db: Kysely<any>): Promise<void> {
    if (engineOf(db) === 'sqlite') await sql`drop table if exists portal_records_fts`.execute(db);
    for (const t of ['harvest_runs', 'harvest_state', 'portal_records']) await db.schema.dropTable(t).execute();
    if (engineOf(db) === 'postgres') await sql`drop function if exists portal_terms(text, text, text, text)`.execute(db);
  },
};
