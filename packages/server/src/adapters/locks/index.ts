import type { Config } from '../../config/config.js';
import type { Locks } from '../../ports/locks.js';
import { PostgresAdvisoryLocks } from './postgres-advisory-locks.js';
import { SqliteLockTable } from './sqlite-lock-table.js';
import { TaskLocks } from './task-locks.js';

/** The Locks of a home: PostgreSQL advisory locks when the catalogue is there (several machines), else a lock table in HOME/locks. */
export function openLocks(home: string, config: Config): Locks {
  if (config.catalogue.kind === 'postgres')
    return new TaskLocks(new PostgresAdvisoryLocks(config.catalogue.url, config.catalogue.schema ?? 'public'));
  return new TaskLocks(new SqliteLockTable(home));
}
