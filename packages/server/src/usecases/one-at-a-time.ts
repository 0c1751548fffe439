/*
 * Keyed queues in this process: a check-then-write use case (lockout counting, "one pending
 * request per record", "decided once") runs one caller at a time per key, in arrival order.
 * Without it, callers sent all at once all pass the check before any writes (hostile tests,
 * issue 9). A caller waits for every earlier caller sharing one of its keys; each caller registers
 * on all its keys at once, so the waits cannot form a cycle. One server process serves a home;
 * several processes on one PostgreSQL catalogue would each queue on their own.
 */
const queues = new Map<string, Promise<void>>();

export async function oneAtATime<T>(keys: readonly string[], run: () => Promise<T>): Promise<T> {
  const earlier = keys.map((k) => queues.get(k) ?? Promise.resolve());
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  for (const k of keys) queues.set(k, mine);
  try {
    await Promise.all(earlier);
    return await run();
  } finally {
    release();
    for (const k of keys) if (queues.get(k) === mine) queues.delete(k);
  }
}
