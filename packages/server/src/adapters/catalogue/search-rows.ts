import { touchOaiItem } from './oai.js';
import { sql, type RawBuilder } from 'kysely';
import { effectiveDocumentMode } from '@duphong/core';
import type { Ctx } from './context.js';

/**
 * What search filters and counts on, kept on every file and document row (migration
 * 0007-search-rows) so a search never joins a match to its file or looks up its copies:
 * - `eff_mode`: the effective access level (docs/search.md): unknown counts as secret, and a
 *   document is never more open than its file;
 * - `backup_status`: none · pending · ok · damaged, from the file's backup object and copies;
 * - `documents.fonds_code`: the fonds of the document's file.
 *
 * Every writer that can change one of them calls a refresh below in the same statement or
 * transaction as its own write: records (files, documents), ingest's minimal file record,
 * backup objects and copies. Deleting a row takes its values with it.
 */
type Sql = RawBuilder<unknown>;

/** A file's own level as its effective level (unknown → secret): `effectiveFileMode` of core in SQL. */
export const fileModeSql = (mode: Sql): Sql => sql`case when ${mode} in ('01', '02') then ${mode} else '03' end`;

/** A document's effective level from its own and its file's level (either may be null): `effectiveDocumentMode` of core in SQL. */
export const documentModeSql = (doc: Sql, file: Sql): Sql => sql`case
  when coalesce(${doc}, ${file}) = '01' and coalesce(${file}, ${doc}) = '01' then '01'
  when coalesce(${doc}, ${file}) in ('01', '02') and coalesce(${file}, ${doc}) in ('01', '02') then '02'
  else '03' end`;

/** Backup status of the file `fileCode` (docs/search.md). */
export const backupSql = (fileCode: Sql): Sql => sql`coalesce((select case
    when exists (select 1 from copies c where c.object_id = o.id and c.status in ('damaged', 'missing')) then 'damaged'
    when exists (select 1 from copies c where c.object_id = o.id)
      and not exists (select 1 from copies c where c.object_id = o.id and (c.status <> 'ok' or c.version <> o.head)) then 'ok'
    else 'pending' end
  from backup_objects o where o.file_code = ${fileCode}), 'none')`;

/** The backup status of the file `fileCode`, computed from its object and copies. */
async function backupOf(ctx: Ctx, fileCode: string): Promise<string> {
  const { rows } = await sql<{ status: string }>`select ${backupSql(sql`${fileCode}`)} as status`.execute(ctx.db);
  return rows[0]?.status ?? 'none';
}

/**
 * What a document row takes from its file, read before the document is written: one indexed
 * lookup planned in no time (the same values as scalar subqueries in the insert cost PostgreSQL
 * more to plan than to run, halving the load rate). Without the file: the document's own level,
 * and the backup status of an object that may name the file already.
 */
export async function documentDerived(
  ctx: Ctx,
  fileCode: string,
  mode: string | null,
): Promise<{ fonds_code: string | null; eff_mode: string; backup_status: string }> {
  const file = await ctx.db
    .selectFrom('catalogue_files')
    .select(['fonds_code', 'mode', 'backup_status'])
    .where('code', '=', fileCode)
    .executeTakeFirst();
  return {
    fonds_code: file?.fonds_code ?? null,
    eff_mode: effectiveDocumentMode(mode, file === undefined ? null : file.mode),
    backup_status: file?.backup_status ?? (await backupOf(ctx, fileCode)),
  };
}

/**
 * After a file was written: its documents take its fonds and level, and the file and its
 * documents their backup status (an object may have been recorded before its file).
 */
export async function refreshFile(ctx: Ctx, code: string): Promise<void> {
  await sql`update catalogue_files set eff_mode = ${fileModeSql(sql.ref('mode'))}, backup_status = ${backupSql(sql`${code}`)}
    where code = ${code}`.execute(ctx.db);
  await sql`update documents set
      fonds_code = (select f.fonds_code from catalogue_files f where f.code = ${code}),
      eff_mode = ${documentModeSql(sql.ref('documents.mode'), sql`(select f.mode from catalogue_files f where f.code = ${code})`)},
      backup_status = (select f.backup_status from catalogue_files f where f.code = ${code})
    where file_code = ${code}`.execute(ctx.db);
  await touchOaiItem(ctx, code);
}

/** After a backup object or one of its copies changed: the file's and its documents' backup status. */
export async function refreshBackup(ctx: Ctx, fileCode: string): Promise<void> {
  const status = await backupOf(ctx, fileCode);
  await ctx.db.updateTable('catalogue_files').set({ backup_status: status }).where('code', '=', fileCode).execute();
  await ctx.db.updateTable('documents').set({ backup_status: status }).where('file_code', '=', fileCode).execute();
}

/** The file code of a backup object, if the object is known. */
export async function objectFileCode(ctx: Ctx, objectId: string): Promise<string | undefined> {
  const row = await ctx.db.selectFrom('backup_objects').select('file_code').where('id', '=', objectId).executeTakeFirst();
  return row?.file_code;
}
