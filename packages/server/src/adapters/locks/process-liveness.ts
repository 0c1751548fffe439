import { readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import type { LockHolder } from '../../ports/locks.js';

/** Field 22 of /proc/PID/stat (start time in clock ticks since boot); undefined where there is no /proc. */
export function processStart(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[19];
  } catch {
    return undefined;
  }
}

export const thisProcessStart = processStart(process.pid);

/** Does a process with this pid exist (this one included)? EPERM: it exists, owned by someone else. */
export function pidAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Is the process that wrote this lock still running? A holder on another machine is taken as alive
 * (nothing here can tell); on this machine the pid must exist and, where /proc tells, have started
 * when the holder said — a pid the kernel reused for another program does not keep a lock.
 */
export function holderAlive(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return true;
  if (!pidAlive(holder.pid)) return false;
  if (holder.started === undefined) return true;
  const now = processStart(holder.pid);
  return now === undefined || now === holder.started;
}
