import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { Locks } from '../../ports/locks.js';
import { lockedError, reentrantLocks, type OuterLock } from './in-process.js';

/** What a lock file says about its holder; complete before the file becomes visible. */
export interface LockHolder {
  token: string;
  pid: number;
  /** /proc/<pid>/stat field 22: a reused pid has another start time. */
  start: string | null;
  host: string;
  key: string;
  purpose: string;
  at: string;
}

/** Field 22 (starttime) of /proc/<pid>/stat, or null where /proc is not there. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) may hold spaces and ')': fields after the last ')' start at 3
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** Is the process that wrote this lock still running? Another host's holder is presumed alive. */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const start = processStart(holder.pid);
  return holder.start === null || start === null || start === holder.start;
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const value = JSON.parse(text) as Partial<LockHolder>;
    return typeof value.token === 'string' && typeof value.pid === 'number' ? (value as LockHolder) : undefined;
  } catch {
    return undefined;
  }
}

function writeSynced(path: string, text: string): void {
  const fd = openSync(path, 'wx');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/**
 * Move `path` aside to a name only we know and delete it only if it is still `expected`; a file
 * that changed meanwhile (a live holder) is put back.
 */
function removeIfUnchanged(path: string, expected: string, token: string): void {
  const aside = `${path}.${token}.stale`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readText(aside) !== expected) {
    try {
      linkSync(aside, path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  unlinkSync(aside);
}

/**
 * Remove a dead holder's lock without a race: only the holder of `<lock>.reclaim` (taken with the
 * same link() protocol) may, and it re-reads the lock under that guard, so a lock that a faster
 * reclaimer already replaced by its own live one is never touched.
 */
function reclaim(file: string, staleText: string, temp: string, token: string, key: string): void {
  const guard = `${file}.reclaim`;
  try {
    linkSync(temp, guard);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const text = readText(guard);
    if (text === undefined) return; // the other reclaimer finished: the caller looks again
    const holder = parseHolder(text);
    if (!holder || holderAlive(holder)) throw lockedError(key, 'đang thu hồi khóa cũ / reclaiming a stale lock');
    removeIfUnchanged(guard, text, token); // a reclaimer that died mid-way: its guard is stale too
    return;
  }
  try {
    if (readText(file) === staleText) unlinkSync(file);
  } finally {
    if (parseHolder(readText(guard) ?? '')?.token === token) unlinkSync(guard);
  }
}

/** One lock file per key in HOME/locks, created by link() from a complete, fsynced temp file. */
export function fileLock(home: string): OuterLock {
  const dir = join(home, 'locks');
  return {
    async take(key, purpose, token) {
      mkdirSync(dir, { recursive: true });
      const file = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.lock`);
      const mine: LockHolder = {
        token,
        pid: process.pid,
        start: processStart(process.pid),
        host: hostname(),
        key,
        purpose,
        at: new Date().toISOString(),
      };
      const text = JSON.stringify(mine);
      // temp files are never the lock: only the final name counts, so a half-written temp is ignored
      const temp = `${file}.${process.pid}.${token}.tmp`;
      writeSynced(temp, text);
      try {
        for (let attempt = 0; attempt < 4; attempt++) {
          try {
            linkSync(temp, file);
            return async () => {
              // released only by its holder: a lock file with another token is not ours to delete
              if (parseHolder(readText(file) ?? '')?.token === token) unlinkSync(file);
            };
          } catch (error) {
            if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
          }
          const existing = readText(file);
          if (existing === undefined) continue; // released meanwhile: try again
          const holder = parseHolder(existing);
          // link() makes a lock visible only complete: an unreadable one is foreign, never free
          if (!holder) throw lockedError(key, `tệp khóa không đọc được / unreadable lock file ${file}`);
          if (holderAlive(holder)) throw lockedError(key, `${holder.purpose}, pid ${holder.pid}@${holder.host}`);
          reclaim(file, existing, temp, token, key);
        }
        throw lockedError(key, 'tranh chấp / contended');
      } finally {
        unlinkSync(temp);
      }
    },
  };
}

/** The Locks port on HOME/locks (the embedded default). */
export function fileLocks(home: string): Locks {
  return reentrantLocks(fileLock(home));
}
