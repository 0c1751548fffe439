import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Replace `file` with `text` so that a crash or power loss leaves the old content or the new one:
 * written under a temp name of this process's own (two writers never share a half-written file;
 * the pid lets a reader tell a live writer's temp from a dead one's), synced, renamed, and the
 * folder synced so the rename itself survives. Some filesystems refuse to sync a folder (EINVAL):
 * the rename is then as durable as they make it.
 */
export function replaceFileDurably(file: string, text: string, temp = `${file}.${process.pid}.tmp`): void {
  const fd = openSync(temp, 'w');
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temp, file);
  let dir: number | undefined;
  try {
    dir = openSync(dirname(file), 'r');
    fsyncSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EINVAL') throw error;
  } finally {
    if (dir !== undefined) closeSync(dir);
  }
}
