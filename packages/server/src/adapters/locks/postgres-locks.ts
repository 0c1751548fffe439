import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Locks } from '../../ports/locks.js';
import { lockedError, reentrantLocks, type OuterLock } from './in-process.js';

/** The advisory-lock id of a key: the first 8 bytes of its SHA-256 as a signed bigint. */
export function advisoryId(key: string): string {
  return createHash('sha256').update(`duphong-lock:${key}`).digest().readBigInt64BE(0).toString();
}

/**
 * A session advisory lock on a connection of its own, held until release: workers on several
 * machines sharing the PostgreSQL catalogue exclude each other; a dead holder's session ends and
 * PostgreSQL frees its locks, so nothing stale is left to reclaim.
 */
export function postgresLock(url: string): OuterLock {
  return {
    async take(key, purpose) {
      const client = new pg.Client({ connectionString: url, application_name: `duphong-lock ${purpose}` });
      await client.connect();
      try {
        const result = await client.query<{ locked: boolean }>('select pg_try_advisory_lock($1::bigint) as locked', [advisoryId(key)]);
        if (!result.rows[0]?.locked) throw lockedError(key, `${purpose}: khóa PostgreSQL đang bị giữ / PostgreSQL lock held`);
      } catch (error) {
        await client.end();
        throw error;
      }
      return async () => {
        try {
          await client.query('select pg_advisory_unlock($1::bigint)', [advisoryId(key)]);
        } finally {
          await client.end();
        }
      };
    },
  };
}

/** The Locks port when the catalogue is PostgreSQL. */
export function postgresLocks(url: string): Locks {
  return reentrantLocks(postgresLock(url));
}
