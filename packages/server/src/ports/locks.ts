/** Gives the lock back; only its holder has one, and calling it twice is harmless. */
export type LockRelease = () => Promise<void>;

/**
 * Exclusive ownership of one backup object (keyed by its file code) for one writer at a time:
 * across async tasks in this process and across processes (and machines, on PostgreSQL).
 */
export interface Locks {
  /**
   * Take the lock or refuse at once with DP-LOCKED (a DuphongError of kind 'unavailable').
   * Inside `hold(key, …)` an acquisition of the same key re-enters (counted) instead of refusing.
   */
  acquire(key: string, purpose: string): Promise<LockRelease>;
  /**
   * Run `body` holding the lock: the explicit scope of re-entrancy. A nested `acquire`/`hold` of
   * the same key inside `body` (audit → replicate) re-enters; any other task is refused.
   */
  hold<T>(key: string, purpose: string, body: () => Promise<T>): Promise<T>;
}
