// A separate process that holds one lock for the cross-process tests of locks.contract.ts.
// argv: kind (sqlite|postgres) target (home dir | url) namespace key. Prints "held" once it holds
// the lock (or "refused CODE"), gives it back when told "release" on stdin, then prints "released".
import { createInterface } from 'node:readline';
const [kind, target, namespace, key] = process.argv.slice(2);
const dist = new URL('../../../dist/adapters/locks/', import.meta.url);
const { TaskLocks } = await import(new URL('task-locks.js', dist).href);
const backend =
  kind === 'postgres'
    ? new (await import(new URL('postgres-advisory-locks.js', dist).href)).PostgresAdvisoryLocks(target, namespace)
    : new (await import(new URL('sqlite-lock-table.js', dist).href)).SqliteLockTable(target);
const locks = new TaskLocks(backend);
const lines = createInterface({ input: process.stdin });
const release = new Promise((resolve) => lines.on('line', (l) => l.trim() === 'release' && resolve()));
try {
  await locks.hold(key, 'lock-child', async () => {
    process.stdout.write('held\n');
    await release;
  });
  process.stdout.write('released\n');
} catch (error) {
  process.stdout.write(`refused ${error.code}\n`);
}
await locks.close();
lines.close();
