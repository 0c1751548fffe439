import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { LockBackend, Locks } from '../../ports/locks.js';
import { TaskLocks } from './task-locks.js';

export interface LocksFixture {
  backend(): LockBackend;
  /** How a child process reaches the same backend: argv for lock-child.mjs after the script. */
  childArgs: string[];
  /** Wait (bounded, by condition) until the backend has noticed that a killed child is gone. */
  settleAfterKill?(): Promise<void>;
}

const CHILD = fileURLToPath(new URL('./lock-child.mjs', import.meta.url));

/** A child process holding `key`; resolves once it says "held" (or "refused …"). */
export function childHolding(
  args: string[],
  key: string,
): Promise<{ child: ChildProcessWithoutNullStreams; said: string; next(): Promise<string> }> {
  const child = spawn(process.execPath, [CHILD, ...args, key], { stdio: 'pipe' });
  const lines = createInterface({ input: child.stdout });
  const queue: string[] = [];
  const waiters: Array<(l: string) => void> = [];
  lines.on('line', (l) => (waiters.length ? waiters.shift()!(l) : queue.push(l)));
  child.on('exit', () => waiters.splice(0).forEach((w) => w('exited')));
  const next = () => new Promise<string>((resolve) => (queue.length ? resolve(queue.shift()!) : waiters.push(resolve)));
  return next().then((said) => ({ child, said, next }));
}

async function refusedCode(locks: Locks, key: string): Promise<string | undefined> {
  try {
    await locks.hold(key, 'test', async () => undefined);
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

/** Every Locks backend behaves the same: one contract, run against SQLite and PostgreSQL. */
export function describeLocksContract(name: string, fixture: () => Promise<LocksFixture>): void {
  describe(`Locks contract: ${name}`, () => {
    it('re-enters within one task and is free again once the outer hold ends', async () => {
      const f = await fixture();
      const locks = new TaskLocks(f.backend());
      const order: string[] = [];
      await locks.hold('H1', 'audit', async () => {
        order.push('outer');
        await locks.hold('H1', 'replicate', async () => {
          order.push('inner');
        });
        // the inner release must not have given the lock away
        expect(await locks.holder('H1')).toBeDefined();
        order.push('after-inner');
      });
      expect(order).toEqual(['outer', 'inner', 'after-inner']);
      expect(await locks.holder('H1')).toBeUndefined();
      expect(await refusedCode(locks, 'H1')).toBeUndefined();
      await locks.close();
    });

    it('refuses a concurrent task of the same process (requests of one server share one pid)', async () => {
      const f = await fixture();
      const locks = new TaskLocks(f.backend());
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let entered!: () => void;
      const inside = new Promise<void>((r) => (entered = r));
      const holding = locks.hold('H2', 'ingest', async () => {
        entered();
        await gate;
      });
      await inside;
      expect(await refusedCode(locks, 'H2')).toBe('DP-LOCKED');
      expect(await refusedCode(locks, 'OTHER')).toBeUndefined();
      release();
      await holding;
      expect(await refusedCode(locks, 'H2')).toBeUndefined();
      await locks.close();
    });

    it('gives a lock back when the work throws, and never on a wrong token', async () => {
      const f = await fixture();
      const backend = f.backend();
      const locks = new TaskLocks(backend);
      await expect(locks.hold('H3', 'ingest', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(await refusedCode(locks, 'H3')).toBeUndefined();
      // a second backend stands for a second process (another session, on PostgreSQL)
      const other = f.backend();
      const holder = { token: 'a', pid: process.pid, host: hostname(), purpose: 'p', at: '' };
      expect((await backend.tryTake('H3b', holder)).taken).toBe(true);
      await backend.give('H3b', 'not-the-token');
      expect((await other.tryTake('H3b', { ...holder, token: 'b' })).taken).toBe(false);
      await backend.give('H3b', 'a');
      expect((await other.tryTake('H3b', { ...holder, token: 'b' })).taken).toBe(true);
      await other.give('H3b', 'b');
      await other.close();
      await locks.close();
    });

    it('excludes another process, and is free once that process gives it back', async () => {
      const f = await fixture();
      const locks = new TaskLocks(f.backend());
      const held = await childHolding(f.childArgs, 'H4');
      expect(held.said).toBe('held');
      expect(await refusedCode(locks, 'H4')).toBe('DP-LOCKED');
      held.child.stdin.write('release\n');
      expect(await held.next()).toBe('released');
      expect(await refusedCode(locks, 'H4')).toBeUndefined();
      // and the other way round: the child is refused while this process holds it
      await locks.hold('H4', 'test', async () => {
        const other = await childHolding(f.childArgs, 'H4');
        expect(other.said).toBe('refused DP-LOCKED');
      });
      await locks.close();
    });

    it('reclaims the lock of a holder killed with SIGKILL, never a live one', async () => {
      const f = await fixture();
      const locks = new TaskLocks(f.backend());
      const held = await childHolding(f.childArgs, 'H5');
      expect(held.said).toBe('held');
      const gone = new Promise((r) => held.child.on('exit', r));
      held.child.kill('SIGKILL');
      await gone;
      await f.settleAfterKill?.();
      expect(await refusedCode(locks, 'H5')).toBeUndefined();
      await locks.close();
    });
  });
}
