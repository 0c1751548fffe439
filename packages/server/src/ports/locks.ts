/**
 * Exclusive ownership of one backup object (keyed by its file code) for one writer at a time:
 * across async tasks in this process, across processes, and across machines on PostgreSQL.
 *
 * `hold` runs `fn` while holding the lock and gives it back when `fn` settles. Holding is
 * re-entrant within one logical task only (an audit that repairs by replication takes the same
 * object's lock again); any other task, in this process or another, is refused at once with
 * DP-LOCKED (a DuphongError of kind 'unavailable') — nothing waits, nothing is lost, retry later.
 */
export interface Locks {
  hold<T>(key: string, purpose: string, fn: () => Promise<T>): Promise<T>;
  /** Who holds `key` now, as far as this adapter can tell (for messages and tests). */
  holder(key: string): Promise<LockHolder | undefined>;
  close(): Promise<void>;
}

export interface LockHolder {
  token: string;
  pid: number;
  host: string;
  purpose: string;
  at: string;
  /** When the holding process started (Linux: /proc/PID/stat), so a reused pid is not taken for it. */
  started?: string;
}

/** The cross-process part of a lock: an adapter of this takes and gives back one key at a time. */
export interface LockBackend {
  /** Take `key` for `holder`, or return the live holder that has it. Never waits. */
  tryTake(key: string, holder: LockHolder): Promise<{ taken: true } | { taken: false; by: LockHolder | undefined }>;
  /** Give `key` back, only if `token` still holds it. */
  give(key: string, token: string): Promise<void>;
  holder(key: string): Promise<LockHolder | undefined>;
  close(): Promise<void>;
}
