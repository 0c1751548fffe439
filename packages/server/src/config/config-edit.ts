import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { pidAlive } from '../adapters/locks/process-liveness.js';
import { unavailableError } from '../errors.js';
import { CONFIG_FILE, writeConfigFile } from './config.js';

/*
 * A read-modify-write of HOME/config.json by one process at a time. Two operators (or scripts)
 * running `duphong national peer-add` at once each read the file, add their peer and write it
 * back: without this, the second write drops the first one's peer. The lock is a file created
 * exclusively (O_EXCL) holding the editor's pid; one left behind by a killed process is taken
 * over once its pid is gone. Edits are a few ms, so a short wait covers honest contention.
 */

const WAIT_MS = 20;
const ATTEMPTS = 500; // ≈ 10 s of someone else's edit before giving up

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function take(lock: string): boolean {
  try {
    const fd = openSync(lock, 'wx');
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    let text: string;
    try {
      text = readFileSync(lock, 'utf8');
    } catch {
      return false; // released between our attempt and this read: try again
    }
    const holder = Number(text.trim() || 'NaN');
    // An empty file is an editor between creating and writing it: wait. A dead pid is a crash: take over.
    if (Number.isInteger(holder) && holder > 0 && !pidAlive(holder)) rmSync(lock, { force: true });
    return false;
  }
}

/** Apply `edit` to the configuration as it is on disk now and write the result; `edit`'s own result is returned. */
export function editConfigFile<T>(home: string, edit: (raw: Record<string, unknown>) => { config: Record<string, unknown>; result: T }): T {
  const lock = join(home, `${CONFIG_FILE}.lock`);
  for (let attempt = 0; !take(lock); attempt++) {
    if (attempt >= ATTEMPTS)
      throw unavailableError(
        'DP-CONFIG-BUSY',
        `Tệp cấu hình đang được một lệnh khác sửa (${lock}); chạy lại sau. Nếu không còn lệnh nào chạy, xoá tệp khoá đó.`,
        `The configuration is being edited by another command (${lock}); run again later. If none is running, remove that lock file.`,
      );
    pause(WAIT_MS);
  }
  try {
    const raw = JSON.parse(readFileSync(join(home, CONFIG_FILE), 'utf8')) as Record<string, unknown>;
    const { config, result } = edit(raw);
    writeConfigFile(home, config);
    return result;
  } finally {
    rmSync(lock, { force: true });
  }
}
