import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { describeLocksContract } from './locks.contract.js';
import { PostgresAdvisoryLocks } from './postgres-advisory-locks.js';
import { SqliteLockTable } from './sqlite-lock-table.js';
import { TaskLocks } from './task-locks.js';

const homes: string[] = [];
afterAll(() => homes.forEach((h) => rmSync(h, { recursive: true, force: true })));
function freshHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'duphong-locks-'));
  homes.push(home);
  return home;
}

describeLocksContract('SQLite lock table (one machine)', async () => {
  const home = freshHome();
  return { backend: () => new SqliteLockTable(home), childArgs: ['sqlite', home, '-'] };
});

describe('SQLite lock table: holders that are gone', () => {
  it('takes over a lock whose pid now belongs to another program (pid reuse), keeps one of a live holder', async () => {
    const home = freshHome();
    const table = new SqliteLockTable(home);
    await table.close();
    const db = new Database(join(home, 'locks', 'locks.sqlite'));
    const insert = db.prepare('INSERT INTO object_locks (key, token, pid, host, purpose, at, started) VALUES (?, ?, ?, ?, ?, ?, ?)');
    // this very process, but "started" at another time: the pid was reused
    insert.run('REUSED', 't1', process.pid, (await import('node:os')).hostname(), 'ingest', '', 'not-our-start');
    // a pid that cannot exist
    insert.run('DEAD', 't2', 2 ** 22 + 17, (await import('node:os')).hostname(), 'ingest', '', null);
    db.close();
    const locks = new TaskLocks(new SqliteLockTable(home));
    await expect(locks.hold('REUSED', 'audit', async () => 'ok')).resolves.toBe('ok');
    await expect(locks.hold('DEAD', 'audit', async () => 'ok')).resolves.toBe('ok');
    await locks.close();
  });
});

const url = process.env.DUPHONG_TEST_PG_URL;
if (url) {
  let n = 0;
  describeLocksContract('PostgreSQL advisory locks (several machines)', async () => {
    const namespace = `locks_test_${process.pid}_${Date.now().toString(36)}_${++n}`;
    return {
      backend: () => new PostgresAdvisoryLocks(url, namespace),
      childArgs: ['postgres', url, namespace],
      // PostgreSQL ends a dead client's session (and its advisory locks) once it sees the socket
      // close: wait for that condition, bounded — the test asserts what happens after it.
      settleAfterKill: async () => {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        try {
          for (let i = 0; i < 400; i++) {
            const r = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = $1', [
              `duphong-locks ${namespace}`.slice(0, 63),
            ]);
            if (r.rows[0]!.n === 0) return;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        } finally {
          await client.end();
        }
      },
    };
  });
  describe('PostgreSQL advisory locks: many tasks at once', () => {
    it('sends one query at a time on its session (pg@9 refuses a query while another runs)', async () => {
      const original = pg.Client.prototype.query;
      const running = new Map<object, number>();
      let most = 0;
      // Counts the lock session's queries in flight; `query` is overloaded, so it is wrapped untyped.
      const counting = function (this: object, ...args: unknown[]) {
        running.set(this, (running.get(this) ?? 0) + 1);
        most = Math.max(most, running.get(this)!);
        const done = () => running.set(this, running.get(this)! - 1);
        const result = (original as (...a: unknown[]) => Promise<unknown>).apply(this, args);
        result.then(done, done);
        return result;
      };
      pg.Client.prototype.query = counting as typeof original;
      const locks = new TaskLocks(new PostgresAdvisoryLocks(url, `locks_many_${process.pid}`));
      try {
        const held = await Promise.all(Array.from({ length: 40 }, (_, i) => locks.hold(`K${i}`, 'ingest', async () => i)));
        expect(held).toEqual(Array.from({ length: 40 }, (_, i) => i));
        expect(most).toBe(1);
      } finally {
        pg.Client.prototype.query = original;
        await locks.close();
      }
    });
  });
} else if (process.env.CI === 'true') {
  describe('PostgreSQL advisory locks', () => {
    it('needs DUPHONG_TEST_PG_URL in CI', () => {
      throw new Error('DUPHONG_TEST_PG_URL is not set: CI must run the PostgreSQL locks contract');
    });
  });
}
