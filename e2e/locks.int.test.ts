import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { duphong, duphongChild } from './cli.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';

const tmp = tempDir('duphong-locks-e2e-');
afterAll(() => tmp.remove());

/** Has the process frozen itself (SIGSTOP at its fault point, holding its lock)? */
function stopped(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('T') ?? false;
  } catch {
    return false;
  }
}

async function untilStopped(pid: number): Promise<void> {
  // a bounded wait for a condition (the child's state), not a timing assumption
  for (let i = 0; i < 1200 && !stopped(pid); i++) await new Promise((r) => setTimeout(r, 50));
  expect(stopped(pid)).toBe(true);
}

describe('two writers on one object', () => {
  it('two `duphong ingest` of one file code at once: the loser exits 4 DP-LOCKED, versions never repeat', async () => {
    const home = join(tmp.path, 'cli');
    expect((await duphong(['init', '--home', home])).code).toBe(0);
    const one = makeSourceFolder(join(tmp.path, 'src-one'), { 'a.txt': 'một' });
    const two = makeSourceFolder(join(tmp.path, 'src-two'), { 'a.txt': 'hai' });
    // the first holds the lock and freezes right after writing its journal intent
    const first = duphongChild(['ingest', one, '--file', 'HS-RACE', '--title', 'Đua', '--home', home, '--json'], {
      DUPHONG_FAULT_POINT: 'ingest:after-journal:1:stop',
    });
    let firstOut = '';
    first.stdout.on('data', (d: Buffer) => (firstOut += d.toString('utf8')));
    await untilStopped(first.pid!);
    const second = await duphong(['ingest', two, '--file', 'HS-RACE', '--title', 'Đua', '--home', home, '--json']);
    expect(second.code).toBe(4);
    expect(second.json.error.code).toBe('DP-LOCKED');
    const done = new Promise<number | null>((r) => first.on('close', (c) => r(c)));
    first.kill('SIGCONT');
    expect(await done).toBe(0);
    // nothing lost: the loser's upload, retried, becomes the next version, not the same one
    const retried = await duphong(['ingest', two, '--file', 'HS-RACE', '--home', home, '--json']);
    expect(retried.code).toBe(0);
    expect([JSON.parse(firstOut).version, retried.json.version]).toEqual([1, 2]);
  });
});
