import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { LockBackend, LockHolder } from '../../ports/locks.js';
import { holderAlive } from './process-liveness.js';

interface Row {
  token: string;
  pid: number;
  host: string;
  purpose: string;
  at: string;
  started: string | null;
}

/**
 * Cross-process locks on one machine: a table in HOME/locks/locks.sqlite. Taking a lock is one
 * IMMEDIATE transaction (read the row, judge its holder, write ours), so two processes can never
 * both take it and a dead holder's row is replaced by exactly one of them — no window between
 * "is it stale?" and "take it over". SQLite serialises the transactions with its own OS locks.
 */
export class SqliteLockTable implements LockBackend {
  private readonly db: Database.Database;
  private readonly takeTx: (key: string, holder: LockHolder) => Row | undefined;

  constructor(home: string) {
    const dir = join(home, 'locks');
    mkdirSync(dir, { recursive: true });
    this.db = new Database(join(dir, 'locks.sqlite'));
    // Transactions here last microseconds: waiting for another process's one is not waiting for its lock.
    this.db.pragma('busy_timeout = 10000');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS object_locks (key TEXT PRIMARY KEY, token TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL, purpose TEXT NOT NULL, at TEXT NOT NULL, started TEXT)',
    );
    const get = this.db.prepare<[string], Row>('SELECT token, pid, host, purpose, at, started FROM object_locks WHERE key = ?');
    const put = this.db.prepare(
      'INSERT OR REPLACE INTO object_locks (key, token, pid, host, purpose, at, started) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.takeTx = this.db
      .transaction((key: string, holder: LockHolder): Row | undefined => {
        const row = get.get(key);
        if (row && holderAlive(toHolder(row))) return row;
        put.run(key, holder.token, holder.pid, holder.host, holder.purpose, holder.at, holder.started ?? null);
        return undefined;
      })
      .immediate.bind(null) as (key: string, holder: LockHolder) => Row | undefined;
  }

  async tryTake(key: string, holder: LockHolder) {
    const by = this.takeTx(key, holder);
    return by ? { taken: false as const, by: toHolder(by) } : { taken: true as const };
  }

  async give(key: string, token: string): Promise<void> {
    this.db.prepare('DELETE FROM object_locks WHERE key = ? AND token = ?').run(key, token);
  }

  async holder(key: string): Promise<LockHolder | undefined> {
    const row = this.db.prepare<[string], Row>('SELECT token, pid, host, purpose, at, started FROM object_locks WHERE key = ?').get(key);
    return row && holderAlive(toHolder(row)) ? toHolder(row) : undefined;
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

function toHolder(row: Row): LockHolder {
  return {
    token: row.token,
    pid: row.pid,
    host: row.host,
    purpose: row.purpose,
    at: row.at,
    ...(row.started !== null && { started: row.started }),
  };
}
