// Test helper: another process holding an object's lock through the real Locks port of a home.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { once } from 'node:events';

const CONTEXT = resolve(import.meta.dirname, '../../dist/app/context.js');

const SCRIPT = `
const { openContext } = await import(process.env.DUPHONG_CONTEXT_JS);
const ctx = await openContext(process.env.DUPHONG_LOCK_HOME, { recover: false });
await ctx.locks.hold(process.env.DUPHONG_LOCK_KEY, 'test: another writer', async () => {
  process.stdout.write('held\\n');
  process.stdin.resume();
  await new Promise((resolve) => process.stdin.on('end', resolve));
});
await ctx.close();
process.exit(0);
`;

/** Resolves once the child holds the lock; `release()` makes it give the lock back and exit. */
export async function holdLockInOtherProcess(home: string, key: string): Promise<{ release: () => Promise<void> }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SCRIPT], {
    env: { ...process.env, DUPHONG_CONTEXT_JS: CONTEXT, DUPHONG_LOCK_HOME: home, DUPHONG_LOCK_KEY: key },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8');
  await new Promise<void>((resolveHeld, reject) => {
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
      if (out.includes('held\n')) resolveHeld();
    });
    child.once('exit', (code) => reject(new Error(`lock holder exited (${code}) before taking the lock`)));
  });
  return {
    release: async () => {
      const exited = once(child, 'exit');
      child.stdin.end();
      await exited;
    },
  };
}
