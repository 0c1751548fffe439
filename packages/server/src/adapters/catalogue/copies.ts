import type { Copy, CopyStatus, CopyVerificationCounts } from '@duphong/core';
import type { Selectable } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { CopiesTable } from './schema.js';
import { objectFileCode, refreshBackup } from './search-rows.js';

function fromRow(row: Selectable<CopiesTable>): Copy {
  return {
    objectId: row.object_id,
    site: row.site,
    version: row.version,
    status: row.status as CopyStatus,
    verifiedAt: row.verified_at,
    detail: row.detail,
  };
}

export async function putCopy(ctx: Ctx, copy: Copy): Promise<void> {
  const rest = { version: copy.version, status: copy.status, verified_at: copy.verifiedAt, detail: copy.detail };
  await ctx.db
    .insertInto('copies')
    .values({ object_id: copy.objectId, site: copy.site, ...rest })
    .onConflict((oc) => oc.columns(['object_id', 'site']).doUpdateSet(rest))
    .execute();
  // A copy's status decides its file's backup status, which search filters and counts on.
  const fileCode = await objectFileCode(ctx, copy.objectId);
  if (fileCode !== undefined) await refreshBackup(ctx, fileCode);
}

export async function getCopy(ctx: Ctx, objectId: string, site: string): Promise<Copy | undefined> {
  const row = await ctx.db.selectFrom('copies').selectAll().where('object_id', '=', objectId).where('site', '=', site).executeTakeFirst();
  return row && fromRow(row);
}

/** One object's copies, by site name. */
export async function listCopies(ctx: Ctx, objectId: string): Promise<Copy[]> {
  const rows = await ctx.db.selectFrom('copies').selectAll().where('object_id', '=', objectId).orderBy('site').execute();
  return rows.map(fromRow);
}

/** One site's copies, by object id. */
export async function listCopiesBySite(ctx: Ctx, site: string): Promise<Copy[]> {
  const rows = await ctx.db.selectFrom('copies').selectAll().where('site', '=', site).orderBy('object_id').execute();
  return rows.map(fromRow);
}

/**
 * Copies never verified or last verified strictly before `before`: never-verified first, then
 * oldest verification first (ties by object, site). Text comparison is time order because every
 * timestamp has the same `+07:00` ISO form (see schema.ts). NULLS FIRST is explicit because
 * PostgreSQL sorts NULLs last by default and SQLite first.
 */
export async function listCopiesDue(ctx: Ctx, before: string, options: { site?: string; limit?: number } = {}): Promise<Copy[]> {
  let query = ctx.db
    .selectFrom('copies')
    .selectAll()
    .where((eb) => eb.or([eb('verified_at', 'is', null), eb('verified_at', '<', before)]))
    .orderBy('verified_at', (ob) => ob.asc().nullsFirst())
    .orderBy('object_id')
    .orderBy('site');
  if (options.site !== undefined) query = query.where('site', '=', options.site);
  if (options.limit !== undefined) query = query.limit(options.limit);
  return (await query.execute()).map(fromRow);
}

export async function listCopiesByStatus(ctx: Ctx, status: CopyStatus): Promise<Copy[]> {
  const rows = await ctx.db.selectFrom('copies').selectAll().where('status', '=', status).orderBy('object_id').orderBy('site').execute();
  return rows.map(fromRow);
}

/**
 * What a site holds: the copies there not known to be missing, and the bytes of the version
 * each of them holds (the version's `bytes`, i.e. the size of that version's state).
 */
export async function siteUsage(ctx: Ctx, site: string): Promise<{ objects: number; bytes: number }> {
  const row = await ctx.db
    .selectFrom('copies as c')
    .leftJoin('object_versions as v', (join) => join.onRef('v.object_id', '=', 'c.object_id').onRef('v.version', '=', 'c.version'))
    .where('c.site', '=', site)
    .where('c.status', '<>', 'missing')
    .select((eb) => [eb.fn.countAll<number | string>().as('objects'), eb.fn.sum<number | string | null>('v.bytes').as('bytes')])
    .executeTakeFirstOrThrow();
  return { objects: toSafeNumber(row.objects), bytes: toSafeNumber(row.bytes) };
}

/** One aggregate over all copies: what audit coverage is computed from (no copy list in memory). */
export async function copyCoverage(ctx: Ctx, since: string): Promise<CopyVerificationCounts> {
  const row = await ctx.db
    .selectFrom('copies')
    .select((eb) => [
      eb.fn.countAll<number | string>().as('copies'),
      eb.fn.sum<number | string | null>(eb.case().when('verified_at', '>=', since).then(1).else(0).end()).as('since'),
      eb.fn.sum<number | string | null>(eb.case().when('verified_at', 'is', null).then(1).else(0).end()).as('never'),
      eb.fn.min<string | null>('verified_at').as('oldest'),
    ])
    .executeTakeFirstOrThrow();
  return {
    copies: toSafeNumber(row.copies),
    verifiedSince: toSafeNumber(row.since),
    neverVerified: toSafeNumber(row.never),
    oldest: row.oldest ?? null,
  };
}
