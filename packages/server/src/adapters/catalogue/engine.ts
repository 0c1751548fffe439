import { PostgresAdapter, SqliteAdapter, sql } from 'kysely';
import type { Kysely } from 'kysely';

/** The two engines the catalogue runs on. Everything engine-specific is decided from this. */
export type Engine = 'sqlite' | 'postgres';

/** Which engine a Kysely instance (or transaction) talks to, read from its dialect adapter. */
export function engineOf(db: Kysely<unknown>): Engine {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error(`Catalogue: unsupported Kysely dialect (${adapter.constructor.name})`);
}

/**
 * Run `fn` in one transaction on `db`.
 * PostgreSQL: Kysely's ordinary transaction. SQLite: `BEGIN IMMEDIATE`, which takes the write lock
 * up front; a deferred `BEGIN` could fail with SQLITE_BUSY when another process commits between
 * our first read and our first write, and busy_timeout cannot help with that upgrade.
 */
export async function runInTransaction<DB, T>(db: Kysely<DB>, engine: Engine, fn: (trx: Kysely<DB>) => Promise<T>): Promise<T> {
  if (engine === 'postgres') return db.transaction().execute(fn);
  // Kysely's SQLite driver has one connection guarded by a mutex: holding it keeps other
  // statements of this process out of the transaction until we release it.
  return db.connection().execute(async (conn) => {
    await sql`begin immediate`.execute(conn);
    let result: T;
    try {
      result = await fn(conn);
    } catch (error) {
      try {
        await sql`rollback`.execute(conn);
      } catch (rollbackError) {
        throw new AggregateError([error, rollbackError], 'Catalogue: transaction failed and its rollback failed too');
      }
      throw error;
    }
    await sql`commit`.execute(conn);
    return result;
  });
}

/**
 * A database integer (number, int8 decimal string or bigint) as a JS number, refusing values a
 * double cannot hold exactly: a wrong size must never be read back silently.
 */
export function toSafeNumber(value: number | string | bigint | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n)) throw new RangeError(`Catalogue: integer out of the safe range: ${String(value)}`);
  return n;
}
