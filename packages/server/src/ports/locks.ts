/** Gives the lock back; only its holder has one, and calling it twice is harmless. */
export type LockRelease = () => Promise<void>;

/**
 * Exclusive ownership of one backup object (keyed by its file code) for one writer at a time:
 * across async tasks in this process and across processes (and machines, on PostgreSQL).
 */
export interface Locks {
  /** Take the lock or refuse at once with DP-LOCKED (a DuphongError of kind 'unavailable'). */
  acquire(key: string, purpose: string): Promise<LockRelease>;
}
