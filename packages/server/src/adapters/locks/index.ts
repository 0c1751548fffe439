import type { Config } from '../../config/config.js';
import type { Locks } from '../../ports/locks.js';
import { SqliteLockTable } from './sqlite-lock-table.js';
import { TaskLocks } from './task-locks.js';

/** The Locks of a home: PostgreSQL advisory locks when the catalogue is there (several machines), else a lock table in HOME/locks. */
export async function openLocks(home: string, config: Config): Promise<Locks> {
  if (config.catalogue.kind === 'postgres') {
    const { PostgresAdvisoryLocks } = await import('./postgres-advisory-locks.js');
    return new TaskLocks(new PostgresAdvisoryLocks(config.catalogue.url, config.catalogue.schema ?? 'public'));
  }
  return new TaskLocks(new SqliteLockTable(home));
}
