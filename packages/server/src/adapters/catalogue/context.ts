import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Engine } from './engine.js';
import { toSafeNumber } from './engine.js';
import type { CatalogueSchema } from './schema.js';

/** What every catalogue area module works with: the (possibly transactional) Kysely and its engine. */
export interface Ctx {
  readonly db: Kysely<CatalogueSchema>;
  readonly engine: Engine;
}

/** Apply limit/offset. SQLite cannot take OFFSET without LIMIT (it wants LIMIT -1); PostgreSQL refuses LIMIT -1. */
export function page<DB, TB extends keyof DB, O>(
  qb: SelectQueryBuilder<DB, TB, O>,
  engine: Engine,
  options: { limit?: number | undefined; offset?: number | undefined },
): SelectQueryBuilder<DB, TB, O> {
  let q = qb;
  if (options.limit !== undefined) q = q.limit(options.limit);
  else if (options.offset !== undefined && engine === 'sqlite') q = q.limit(-1);
  if (options.offset !== undefined) q = q.offset(options.offset);
  return q;
}

/** `count(*)` of a table, as a number on both engines (pg returns int8 counts as strings). */
export async function countRows(ctx: Ctx, table: keyof CatalogueSchema): Promise<number> {
  const row = await ctx.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return toSafeNumber(row.n);
}

/** Rows changed by an UPDATE/DELETE, as a number. */
export function changed(result: { numUpdatedRows?: bigint; numDeletedRows?: bigint }): number {
  return Number(result.numUpdatedRows ?? result.numDeletedRows ?? 0n);
}
