import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import { unavailableError } from '../../errors.js';
import type { LockBackend, LockHolder, Locks } from '../../ports/locks.js';
import { thisProcessStart } from './process-liveness.js';

/** The locks the current logical task holds: key → token. Nested `hold`s of these keys re-enter. */
const held = new AsyncLocalStorage<ReadonlyMap<string, string>>();

/**
 * Locks = an in-process table (so two requests of one server exclude each other: they share a pid)
 * + a cross-process backend (SQLite lock table on one machine, PostgreSQL advisory locks across
 * machines). Ownership is a random token per hold, never "same pid = mine"; only the task that
 * took a lock gives it back. Re-entry is decided by the task's own context (AsyncLocalStorage), so
 * a concurrent task in the same process cannot pass for the holder.
 */
export class TaskLocks implements Locks {
  private readonly local = new Map<string, LockHolder>();

  constructor(private readonly backend: LockBackend) {}

  async hold<T>(key: string, purpose: string, fn: () => Promise<T>): Promise<T> {
    const mine = held.getStore();
    const token = mine?.get(key);
    if (token !== undefined && this.local.get(key)?.token === token) return fn(); // re-entry by the holder
    const holder: LockHolder = {
      token: randomUUID(),
      pid: process.pid,
      host: hostname(),
      purpose,
      at: new Date().toISOString(),
      ...(thisProcessStart !== undefined && { started: thisProcessStart }),
    };
    const inProcess = this.local.get(key);
    if (inProcess) throw lockedError(key, inProcess);
    this.local.set(key, holder); // before any await: a second task in this process sees it at once
    try {
      const outcome = await this.backend.tryTake(key, holder);
      if (!outcome.taken) throw lockedError(key, outcome.by);
    } catch (error) {
      if (this.local.get(key)?.token === holder.token) this.local.delete(key);
      throw error;
    }
    try {
      return await held.run(new Map([...(mine ?? []), [key, holder.token]]), fn);
    } finally {
      try {
        await this.backend.give(key, holder.token);
      } finally {
        if (this.local.get(key)?.token === holder.token) this.local.delete(key);
      }
    }
  }

  async holder(key: string): Promise<LockHolder | undefined> {
    return this.local.get(key) ?? (await this.backend.holder(key));
  }

  close(): Promise<void> {
    return this.backend.close();
  }
}

/**
 * Run `fn` as a task of its own: it holds none of the caller's locks (work started from inside a
 * holder, such as a callback, otherwise counts as the holder's own and re-enters its locks).
 */
export function asSeparateTask<T>(fn: () => T): T {
  return held.exit(fn);
}

function lockedError(key: string, by: LockHolder | undefined) {
  const who = by ? `tiến trình ${by.pid}${by.host !== hostname() ? ` trên máy ${by.host}` : ''} (${by.purpose})` : 'một tiến trình khác';
  const whoEn = by ? `process ${by.pid}${by.host !== hostname() ? ` on ${by.host}` : ''} (${by.purpose})` : 'another process';
  return unavailableError(
    'DP-LOCKED',
    `Hồ sơ "${key}" đang được xử lý bởi ${who}; chưa thay đổi gì, hãy thử lại sau.`,
    `"${key}" is being processed by ${whoEn}; nothing changed, retry later.`,
  );
}
