import pg from 'pg';
import { locksContract } from './locks.contract.js';
import { advisoryId, postgresLocks } from './postgres-locks.js';

const url = process.env.DUPHONG_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** PostgreSQL frees a killed session's locks once it sees the connection close: wait for that. */
async function lockGone(key: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const [hi, lo] = [BigInt.asUintN(32, BigInt(advisoryId(key)) >> 32n), BigInt.asUintN(32, BigInt(advisoryId(key)))];
    for (;;) {
      const held = await client.query(
        `select 1 from pg_locks where locktype = 'advisory' and classid = $1::bigint::oid and objid = $2::bigint::oid`,
        [hi.toString(), lo.toString()],
      );
      if (held.rowCount === 0) return;
      await client.query('select pg_sleep(0.01)'); // re-check the condition, not a timing assumption
    }
  } finally {
    await client.end();
  }
}

locksContract('PostgreSQL advisory locks', () => ({
  locks: () => postgresLocks(url),
  child: { module: 'postgres-locks.js', factory: 'postgresLocks', argument: url },
  afterDeath: lockGone,
}));
