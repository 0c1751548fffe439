import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Locks } from '../../ports/locks.js';

/** How a child process builds the same adapter: a module of packages/server/dist and a call. */
export interface ChildLocks {
  module: string;
  factory: string;
  argument: string;
}

const DIST = fileURLToPath(new URL('../../../dist/adapters/locks/', import.meta.url));

/** A child that takes `key`, says "held" (or "refused CODE"), then obeys "release" / "exit" on stdin. */
export class LockChild {
  private readonly lines: AsyncIterator<string>;
  constructor(readonly process: ChildProcessWithoutNullStreams) {
    this.lines = createInterface({ input: process.stdout })[Symbol.asyncIterator]();
  }
  static start(child: ChildLocks, key: string): LockChild {
    const script = `
      import { ${child.factory} } from ${JSON.stringify(DIST + child.module)};
      import { createInterface } from 'node:readline';
      const locks = ${child.factory}(${JSON.stringify(child.argument)});
      let release;
      try { release = await locks.acquire(${JSON.stringify(key)}, 'child'); console.log('held'); }
      catch (e) { console.log('refused ' + e.code); process.exit(0); }
      for await (const line of createInterface({ input: process.stdin })) {
        if (line === 'release') { await release(); console.log('released'); process.exit(0); }
      }`;
    return new LockChild(spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'pipe'] }));
  }
  async next(): Promise<string> {
    const line = await this.lines.next();
    return line.done ? '(ended)' : line.value;
  }
  async release(): Promise<void> {
    this.process.stdin.write('release\n');
    expect(await this.next()).toBe('released');
    await once(this.process, 'exit');
  }
  async kill(): Promise<void> {
    const exited = once(this.process, 'exit');
    this.process.kill('SIGKILL');
    await exited;
  }
}

async function refusal(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'taken';
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

/**
 * Every Locks adapter must hold like this. `afterDeath` waits until the adapter can see that a
 * killed holder is gone (a condition, never a sleep).
 */
export function locksContract(
  name: string,
  setup: () => { locks: () => Locks; child: ChildLocks; afterDeath?: (key: string) => Promise<void> },
): void {
  describe(`Locks contract: ${name}`, () => {
    it('re-enters inside hold (audit → replicate) and stays held until the outermost release', async () => {
      const { locks } = setup();
      const a = locks();
      const key = `nested-${Math.random()}`;
      // another task, started outside the hold: it must be refused whenever it asks
      const outside = (() => {
        let ask!: (reply: (code: string) => void) => void;
        const loop = async (): Promise<void> => {
          for (;;) {
            const reply = await new Promise<(code: string) => void>((resolve) => (ask = resolve));
            reply(await refusal(a.acquire(key, 'other task')));
          }
        };
        void loop();
        return () => new Promise<string>((resolve) => ask(resolve));
      })();
      await a.hold(key, 'audit', async () => {
        const inner = await a.acquire(key, 'replicate');
        await inner();
        await inner(); // idempotent: a second call must not give back the outer holding
        expect(await outside()).toBe('DP-LOCKED');
        await a.hold(key, 'replicate', async () => undefined);
        expect(await outside()).toBe('DP-LOCKED');
      });
      const after = await a.acquire(key, 'next');
      await after();
    });

    it('refuses a concurrent task of the same process (one server, two requests)', async () => {
      const { locks } = setup();
      const a = locks();
      const key = `concurrent-${Math.random()}`;
      const results = await Promise.allSettled([a.hold(key, 'one', async () => 'one'), a.hold(key, 'two', async () => 'two')]);
      expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
      const rejected = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
      expect((rejected.reason as { code: string }).code).toBe('DP-LOCKED');
      // a plain acquire outside any hold never re-enters, even in the same async function
      const first = await a.acquire(key, 'first');
      expect(await refusal(a.acquire(key, 'second'))).toBe('DP-LOCKED');
      await first();
    });

    it('a release by a non-holder is impossible: a refused or stale release never frees the holder', async () => {
      const { locks } = setup();
      const a = locks();
      const key = `holder-${Math.random()}`;
      const first = await a.acquire(key, 'first');
      await first();
      const second = await a.acquire(key, 'second');
      await first(); // the first holder's release, called again, must not free the second holder
      expect(await refusal(a.acquire(key, 'third'))).toBe('DP-LOCKED');
      await second();
    });

    it('excludes another process, in both directions', async () => {
      const { locks, child } = setup();
      const key = `process-${Math.random()}`;
      const holder = LockChild.start(child, key);
      expect(await holder.next()).toBe('held');
      expect(await refusal(locks().acquire(key, 'parent'))).toBe('DP-LOCKED');
      await holder.release();
      const mine = await locks().acquire(key, 'parent');
      const refused = LockChild.start(child, key);
      expect(await refused.next()).toBe('refused DP-LOCKED');
      await once(refused.process, 'exit');
      await mine();
    });

    it('reclaims the lock of a killed holder, not of a live one', async () => {
      const { locks, child, afterDeath } = setup();
      const key = `stale-${Math.random()}`;
      const holder = LockChild.start(child, key);
      expect(await holder.next()).toBe('held');
      expect(await refusal(locks().acquire(key, 'parent'))).toBe('DP-LOCKED');
      await holder.kill();
      await afterDeath?.(key);
      const mine = await locks().acquire(key, 'parent');
      await mine();
    });
  });
}
