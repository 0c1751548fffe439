import {
  foldVietnamese,
  normalizeVietnamese,
  searchableText,
  type BackupObject,
  type CatalogueFile,
  type ObjectFileEntry,
  type ObjectVersion,
} from '@duphong/core';
import type { Selectable } from 'kysely';
import { countRows, page } from './context.js';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { BackupObjectsTable, ObjectFilesTable, ObjectVersionsTable } from './schema.js';
import { objectFileCode, refreshBackup, refreshFile } from './search-rows.js';

// Catalogue files (hồ sơ), backup objects, their versions and each version's file entries.

/** The minimal file record ingest keeps (code, title); a richer description is kept as it is. */
export async function putFile(ctx: Ctx, file: CatalogueFile): Promise<void> {
  const existing = await ctx.db.selectFrom('catalogue_files').select('fields').where('code', '=', file.code).executeTakeFirst();
  const fields = existing ? (JSON.parse(existing.fields) as Record<string, string>) : {};
  const rest = {
    title: file.title,
    created_at: file.createdAt,
    updated_at: file.updatedAt,
    search_text: foldVietnamese(searchableText(file.title, fields)),
    search_exact: normalizeVietnamese(searchableText(file.title, fields)),
  };
  await ctx.db
    .insertInto('catalogue_files')
    .values({ code: file.code, ...rest })
    .onConflict((oc) => oc.column('code').doUpdateSet(rest))
    .execute();
  await refreshFile(ctx, file.code);
}

export async function getFile(ctx: Ctx, code: string): Promise<CatalogueFile | undefined> {
  const row = await ctx.db.selectFrom('catalogue_files').selectAll().where('code', '=', code).executeTakeFirst();
  return row && { code: row.code, title: row.title, createdAt: row.created_at, updatedAt: row.updated_at };
}

export const countFiles = (ctx: Ctx): Promise<number> => countRows(ctx, 'catalogue_files');

function objectFromRow(row: Selectable<BackupObjectsTable>): BackupObject {
  return { id: row.id, fileCode: row.file_code, head: row.head, createdAt: row.created_at, updatedAt: row.updated_at };
}

export async function putObject(ctx: Ctx, object: BackupObject): Promise<void> {
  const rest = { file_code: object.fileCode, head: object.head, created_at: object.createdAt, updated_at: object.updatedAt };
  const before = await objectFileCode(ctx, object.id);
  await ctx.db
    .insertInto('backup_objects')
    .values({ id: object.id, ...rest })
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
  // The head may have moved (copies behind it are no longer ok), or the object to another file.
  await refreshBackup(ctx, object.fileCode);
  if (before !== undefined && before !== object.fileCode) await refreshBackup(ctx, before);
}

export async function getObject(ctx: Ctx, id: string): Promise<BackupObject | undefined> {
  const row = await ctx.db.selectFrom('backup_objects').selectAll().where('id', '=', id).executeTakeFirst();
  return row && objectFromRow(row);
}

export async function getObjectByFileCode(ctx: Ctx, fileCode: string): Promise<BackupObject | undefined> {
  const row = await ctx.db.selectFrom('backup_objects').selectAll().where('file_code', '=', fileCode).executeTakeFirst();
  return row && objectFromRow(row);
}

/** Oldest first, with the id as tie-breaker so pages are stable. */
export async function listObjects(ctx: Ctx, options: { limit?: number; offset?: number } = {}): Promise<BackupObject[]> {
  const query = ctx.db.selectFrom('backup_objects').selectAll().orderBy('created_at').orderBy('id');
  const rows = await page(query, ctx.engine, options).execute();
  return rows.map(objectFromRow);
}

export const countObjects = (ctx: Ctx): Promise<number> => countRows(ctx, 'backup_objects');

function versionFromRow(row: Selectable<ObjectVersionsTable>): ObjectVersion {
  return {
    objectId: row.object_id,
    version: row.version,
    created: row.created,
    message: row.message,
    files: row.files,
    bytes: toSafeNumber(row.bytes),
  };
}

export async function putVersion(ctx: Ctx, version: ObjectVersion): Promise<void> {
  const rest = { created: version.created, message: version.message, files: version.files, bytes: version.bytes };
  await ctx.db
    .insertInto('object_versions')
    .values({ object_id: version.objectId, version: version.version, ...rest })
    .onConflict((oc) => oc.columns(['object_id', 'version']).doUpdateSet(rest))
    .execute();
}

export async function listVersions(ctx: Ctx, objectId: string): Promise<ObjectVersion[]> {
  const rows = await ctx.db.selectFrom('object_versions').selectAll().where('object_id', '=', objectId).orderBy('version').execute();
  return rows.map(versionFromRow);
}

// 5 parameters a row: 500 rows stay far below SQLite's (32766) and pg's (65535) parameter limits.
const FILE_ROWS_PER_INSERT = 500;

/** Replace one version's file entries. Call inside a transaction (the catalogue does). */
export async function replaceVersionFiles(ctx: Ctx, objectId: string, version: number, files: ObjectFileEntry[]): Promise<void> {
  await ctx.db.deleteFrom('object_files').where('object_id', '=', objectId).where('version', '=', version).execute();
  for (let start = 0; start < files.length; start += FILE_ROWS_PER_INSERT) {
    const rows = files.slice(start, start + FILE_ROWS_PER_INSERT).map((f) => {
      if (f.objectId !== objectId || f.version !== version) {
        throw new Error(`Catalogue: file entry ${f.logicalPath} belongs to ${f.objectId} v${f.version}, not ${objectId} v${version}`);
      }
      return { object_id: objectId, version, logical_path: f.logicalPath, sha256: f.sha256, size: f.size };
    });
    await ctx.db.insertInto('object_files').values(rows).execute();
  }
}

function fileEntryFromRow(row: Selectable<ObjectFilesTable>): ObjectFileEntry {
  return { objectId: row.object_id, version: row.version, logicalPath: row.logical_path, sha256: row.sha256, size: toSafeNumber(row.size) };
}

/** In logical-path order (code-point order on both engines). */
export async function listVersionFiles(ctx: Ctx, objectId: string, version: number): Promise<ObjectFileEntry[]> {
  const rows = await ctx.db
    .selectFrom('object_files')
    .selectAll()
    .where('object_id', '=', objectId)
    .where('version', '=', version)
    .orderBy('logical_path')
    .execute();
  return rows.map(fileEntryFromRow);
}

export const countVersionFiles = (ctx: Ctx): Promise<number> => countRows(ctx, 'object_files');
