import { setTimeout as sleep } from 'node:timers/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteLockTable } from '../adapters/locks/sqlite-lock-table.js';
import { TaskLocks } from '../adapters/locks/task-locks.js';
import { DuphongError, unavailableError } from '../errors.js';
import { CONFIG_FILE, writeConfigFile } from './config.js';

/*
 * A read-modify-write of HOME/config.json by one editor at a time. Two operators (or scripts)
 * running `duphong national peer-add` or `duphong site add` at once each read the file, add their
 * entry and write it back: without this, the second write drops the first one's entry. The lock is
 * the home's lock table (HOME/locks, the one object locks use on one machine): taking it is one
 * SQLite transaction that judges the holder by pid, host and process start time, so a killed
 * editor's lock is taken over by exactly one waiter and a reused pid holds nothing. Edits last a
 * few ms; a waiter retries for about 10 s before giving up with DP-CONFIG-BUSY.
 */

const WAIT_MS = 20;
const ATTEMPTS = 500;

/** Apply `edit` to the configuration as it is on disk now and write the result; `edit`'s own result is returned. */
export async function editConfigFile<T>(
  home: string,
  edit: (raw: Record<string, unknown>) => { config: Record<string, unknown>; result: T },
): Promise<T> {
  const locks = new TaskLocks(new SqliteLockTable(home));
  try {
    for (let attempt = 0; ; attempt++) {
      try {
        return await locks.hold(CONFIG_FILE, 'config-edit', async () => {
          const raw = JSON.parse(readFileSync(join(home, CONFIG_FILE), 'utf8')) as Record<string, unknown>;
          const { config, result } = edit(raw);
          writeConfigFile(home, config);
          return result;
        });
      } catch (error) {
        if (!(error instanceof DuphongError) || error.code !== 'DP-LOCKED') throw error;
        if (attempt >= ATTEMPTS)
          throw unavailableError(
            'DP-CONFIG-BUSY',
            `Tệp cấu hình đang được một lệnh khác sửa (${error.vi}); chạy lại sau.`,
            `The configuration is being edited by another command (${error.en}); run again later.`,
          );
        await sleep(WAIT_MS);
      }
    }
  } finally {
    await locks.close();
  }
}
