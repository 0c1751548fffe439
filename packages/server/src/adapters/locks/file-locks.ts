import { mkdirSync, openSync, closeSync, writeSync, readFileSync, unlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { unavailableError } from '../../errors.js';
import type { Locks } from '../../ports/locks.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An exclusive lock per backup object in HOME/locks, so two writers never race on one object.
 * A lock whose process died (kill -9) is taken over; the journal repairs what it left.
 */
export function acquireObjectLock(home: string, key: string, purpose: string): () => void {
  const dir = join(home, 'locks');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.lock`);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, key, purpose, at: new Date().toISOString() }));
      closeSync(fd);
      return () => {
        try {
          unlinkSync(file);
        } catch {
          // already gone
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let holder: { pid?: number; purpose?: string } = {};
      try {
        holder = JSON.parse(readFileSync(file, 'utf8')) as typeof holder;
      } catch {
        // a half-written lock file: its writer died before finishing it
      }
      if (holder.pid !== undefined && alive(holder.pid) && holder.pid !== process.pid) {
        throw unavailableError(
          'DP-LOCKED',
          `Hồ sơ "${key}" đang được xử lý bởi tiến trình ${holder.pid} (${holder.purpose ?? '?'}); hãy thử lại sau.`,
          `"${key}" is being processed by process ${holder.pid} (${holder.purpose ?? '?'}); retry later.`,
        );
      }
      try {
        unlinkSync(file);
      } catch {
        // someone else took it over first; the retry decides
      }
    }
  }
  throw unavailableError('DP-LOCKED', `Không lấy được khóa cho "${key}"; hãy thử lại.`, `Could not lock "${key}"; retry.`);
}

/** The Locks port on HOME/locks. */
export function fileLocks(home: string): Locks {
  return {
    acquire: async (key, purpose) => {
      const release = acquireObjectLock(home, key, purpose);
      return async () => release();
    },
  };
}
