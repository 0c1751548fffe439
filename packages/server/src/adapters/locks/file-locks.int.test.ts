import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync, readFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileLocks, processStart } from './file-locks.js';
import { locksContract } from './locks.contract.js';

const home = mkdtempSync(join(tmpdir(), 'duphong-locks-'));
locksContract('file locks', () => ({
  locks: () => fileLocks(home),
  child: { module: 'file-locks.js', factory: 'fileLocks', argument: home },
}));

const lockFile = (key: string) => join(home, 'locks', `${createHash('sha256').update(key).digest('hex').slice(0, 32)}.lock`);

describe('file locks on disk', () => {
  it('never leaves a lock file without its holder, and cleans its temp file', async () => {
    const release = await fileLocks(home).acquire('content', 'ingest');
    const holder = JSON.parse(readFileSync(lockFile('content'), 'utf8')) as Record<string, unknown>;
    expect(holder).toMatchObject({ pid: process.pid, purpose: 'ingest', key: 'content', start: processStart(process.pid) });
    expect(typeof holder.token).toBe('string');
    await release();
    expect(readdirSync(join(home, 'locks')).filter((n) => n.startsWith(lockFile('content').split('/').pop()!))).toEqual([]);
  });

  it('ignores a half-written temp file of a competitor: only the final name is a lock', async () => {
    mkdirSync(join(home, 'locks'), { recursive: true });
    writeFileSync(`${lockFile('temp')}.999999.someone.tmp`, '{"tok');
    const release = await fileLocks(home).acquire('temp', 'ingest');
    await release();
  });

  it('treats an empty or unreadable lock file as held, never as free', async () => {
    mkdirSync(join(home, 'locks'), { recursive: true });
    writeFileSync(lockFile('empty'), '');
    await expect(fileLocks(home).acquire('empty', 'ingest')).rejects.toMatchObject({ code: 'DP-LOCKED' });
  });

  it('reclaims a lock whose pid was reused by another process (start time differs)', async () => {
    mkdirSync(join(home, 'locks'), { recursive: true });
    const holder = {
      token: 'old',
      pid: process.pid,
      start: '1',
      host: (await import('node:os')).hostname(),
      key: 'reused',
      purpose: 'x',
      at: '',
    };
    writeFileSync(lockFile('reused'), JSON.stringify(holder));
    const release = await fileLocks(home).acquire('reused', 'ingest');
    expect(JSON.parse(readFileSync(lockFile('reused'), 'utf8'))).not.toMatchObject({ token: 'old' });
    await release();
  });

  it('a holder in this same process is not abandoned: a second Locks on the same home is refused', async () => {
    const release = await fileLocks(home).acquire('same-pid', 'audit');
    await expect(fileLocks(home).acquire('same-pid', 'replicate')).rejects.toMatchObject({ code: 'DP-LOCKED' });
    await release();
    // and its release left nothing for a later holder to trip on
    const again = await fileLocks(home).acquire('same-pid', 'next');
    await again();
  });

  it('reclaims a dead holder only under the reclaim guard: a live reclaimer blocks, a dead one does not', async () => {
    mkdirSync(join(home, 'locks'), { recursive: true });
    const host = (await import('node:os')).hostname();
    const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const dead = { token: 'dead', pid: Number(child.stdout), start: null, host, key: 'guarded', purpose: 'x', at: '' };
    writeFileSync(lockFile('guarded'), JSON.stringify(dead));
    const liveGuard = { ...dead, token: 'reclaimer', pid: process.ppid, start: processStart(process.ppid) };
    writeFileSync(`${lockFile('guarded')}.reclaim`, JSON.stringify(liveGuard));
    await expect(fileLocks(home).acquire('guarded', 'ingest')).rejects.toMatchObject({ code: 'DP-LOCKED' });
    expect(JSON.parse(readFileSync(lockFile('guarded'), 'utf8'))).toMatchObject({ token: 'dead' });
    writeFileSync(`${lockFile('guarded')}.reclaim`, JSON.stringify({ ...liveGuard, pid: Number(child.stdout), start: null }));
    const release = await fileLocks(home).acquire('guarded', 'ingest');
    expect(existsSync(`${lockFile('guarded')}.reclaim`)).toBe(false);
    await release();
  });
});
