import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { unavailableError } from '../../errors.js';
import type { LockRelease, Locks } from '../../ports/locks.js';

/**
 * The lock between processes (a file, a PostgreSQL advisory lock): takes `key` for `token` or
 * throws DP-LOCKED; the returned release gives back only that token's lock.
 */
export interface OuterLock {
  take(key: string, purpose: string, token: string): Promise<LockRelease>;
}

interface Holding {
  token: string;
  purpose: string;
  count: number;
  outer?: LockRelease;
}

export function lockedError(key: string, holder: string): Error {
  return unavailableError(
    'DP-LOCKED',
    `Hồ sơ "${key}" đang được xử lý (${holder}); hãy thử lại sau.`,
    `"${key}" is being processed (${holder}); retry later.`,
  );
}

/**
 * Re-entrant, token-based locks: an in-process mutex map (one holding per key) in front of an
 * outer lock across processes. Ownership is a token, never "same pid": two concurrent requests
 * of one server are two tasks and exclude each other. Re-entrancy is explicit: only code running
 * inside `hold(key)` (an AsyncLocalStorage scope carrying the holding's token) re-enters.
 */
export function reentrantLocks(outer: OuterLock): Locks {
  const held = new Map<string, Holding>();
  const scope = new AsyncLocalStorage<ReadonlyMap<string, string>>();

  function releaseOnce(key: string, holding: Holding): LockRelease {
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      if (--holding.count > 0) return;
      // only this holding's own entry is removed: a later holder of the key has another token
      if (held.get(key) === holding) held.delete(key);
      await holding.outer?.();
    };
  }

  async function acquire(key: string, purpose: string): Promise<LockRelease> {
    const current = held.get(key);
    if (current && scope.getStore()?.get(key) === current.token) {
      current.count++;
      return releaseOnce(key, current);
    }
    if (current) throw lockedError(key, `${current.purpose}, cùng tiến trình / same process`);
    // reserved synchronously, before any await, so a concurrent task is refused at once
    const holding: Holding = { token: randomUUID(), purpose, count: 1 };
    held.set(key, holding);
    try {
      holding.outer = await outer.take(key, purpose, holding.token);
    } catch (error) {
      held.delete(key);
      throw error;
    }
    return releaseOnce(key, holding);
  }

  return {
    acquire,
    async hold(key, purpose, body) {
      const release = await acquire(key, purpose);
      try {
        const token = held.get(key)!.token;
        const inner = new Map(scope.getStore() ?? []).set(key, token);
        return await scope.run(inner, body);
      } finally {
        await release();
      }
    },
  };
}
