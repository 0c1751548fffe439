import { createHash } from 'node:crypto';
import pg from 'pg';
import type { LockBackend, LockHolder } from '../../ports/locks.js';

/**
 * Cross-machine locks when the catalogue is PostgreSQL: session advisory locks on one dedicated
 * connection per process. PostgreSQL gives a lock back by itself when its session ends, so a
 * worker that dies (kill -9, a machine lost) never leaves a stale lock behind. The in-process
 * table in front of it (TaskLocks) keeps tasks of one process apart, since advisory locks are
 * re-entrant per session.
 */
export class PostgresAdvisoryLocks implements LockBackend {
  private client: Promise<pg.Client> | undefined;
  private readonly mine = new Map<string, LockHolder>();

  constructor(
    private readonly url: string,
    /** Schema of the catalogue: instances sharing one database must not share lock numbers. */
    private readonly namespace = 'public',
  ) {}

  private connection(): Promise<pg.Client> {
    this.client ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, application_name: `duphong-locks ${this.namespace}`.slice(0, 63) });
      client.on('error', () => {
        // The session is gone and every advisory lock with it: forget them, reconnect on next use.
        this.mine.clear();
        this.client = undefined;
      });
      await client.connect();
      return client;
    })();
    this.client.catch(() => (this.client = undefined));
    return this.client;
  }

  /*
   * One query at a time on the session: concurrent tasks (several handover bags ingested at once)
   * take and give locks together, and pg deprecates (pg@9 refuses) a query sent while another runs.
   */
  private tail: Promise<unknown> = Promise.resolve();
  private inTurn<T>(query: (client: pg.Client) => Promise<T>): Promise<T> {
    const result = this.tail.then(async () => query(await this.connection()));
    this.tail = result.catch(() => undefined);
    return result;
  }

  async tryTake(key: string, holder: LockHolder) {
    const r = await this.inTurn((client) =>
      client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1::bigint) AS ok', [this.lockNumber(key)]),
    );
    if (!r.rows[0]?.ok) return { taken: false as const, by: undefined };
    this.mine.set(key, holder);
    return { taken: true as const };
  }

  async give(key: string, token: string): Promise<void> {
    if (this.mine.get(key)?.token !== token) return;
    this.mine.delete(key);
    await this.inTurn((client) => client.query('SELECT pg_advisory_unlock($1::bigint)', [this.lockNumber(key)]));
  }

  async holder(key: string): Promise<LockHolder | undefined> {
    return this.mine.get(key);
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.mine.clear();
    if (client) await (await client).end().catch(() => undefined);
  }

  /** A 64-bit advisory lock number from the namespace and the key (SHA-256, first 8 bytes). */
  private lockNumber(key: string): string {
    const digest = createHash('sha256').update(`duphong-object-lock\0${this.namespace}\0${key}`).digest();
    return digest.readBigInt64BE(0).toString();
  }
}
