import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { duphong, repositoryOwner } from './cli.js';
import { makeSourceFolder, tempDir } from '../packages/server/src/testing/homes.js';
import { mountTmpfs, remountReadOnly } from '../packages/server/src/testing/mount.js';

/** Bad input and faults through the real CLI: a clear message, the documented exit code, nothing stored lost. */
const tmp = tempDir('duphong-faults-');
const mounts: string[] = [];
afterEach(() => {
  for (const m of mounts.splice(0)) execFileSync('umount', ['-l', m]);
});
afterAll(() => tmp.remove());

let n = 0;
async function freshHome(): Promise<string> {
  const home = join(tmp.path, `home-${++n}`);
  expect((await duphong(['init', '--home', home])).code).toBe(0);
  return home;
}

function editSite(home: string, name: string, change: Record<string, unknown>): void {
  const file = join(home, 'config.json');
  const config = JSON.parse(readFileSync(file, 'utf8'));
  config.sites = config.sites.map((s: { name: string }) => (s.name === name ? { ...s, ...change } : s));
  writeFileSync(file, JSON.stringify(config, null, 2));
}

function objectDirs(home: string): string[] {
  const out: string[] = [];
  for (const site of ['bac', 'trung', 'nam']) {
    const root = join(home, 'sites', site, 'ocfl');
    if (!existsSync(root)) continue;
    out.push(...readdirSync(root).filter((d) => !['0=ocfl_1.1', 'ocfl_layout.json', 'extensions'].includes(d)));
  }
  return out;
}

describe('bad input', () => {
  it('refuses symlinks and special files, listing each, and writes nothing', async () => {
    const home = await freshHome();
    const src = makeSourceFolder(join(tmp.path, 'src-special'), { 'a.pdf': 'a' });
    symlinkSync('/etc/passwd', join(src, 'liên kết.pdf'));
    execFileSync('mkfifo', [join(src, 'ống.fifo')]);
    const r = await duphong(['ingest', src, '--file', 'HS-1', '--title', 'T', '--home', home, '--json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('liên kết.pdf');
    expect(r.stderr).toContain('symlink');
    expect(r.stderr).toContain('ống.fifo');
    expect(objectDirs(home)).toEqual([]);
  });

  it('stores NFD names as NFC, and refuses names that collide once normalised', async () => {
    const home = await freshHome();
    const nfd = 'Quyết định.pdf'.normalize('NFD');
    const src = makeSourceFolder(join(tmp.path, 'src-nfd'), { [nfd]: 'nội dung' });
    const ok = await duphong(['ingest', src, '--file', 'HS-NFD', '--title', 'T', '--home', home, '--json']);
    expect(ok.code, ok.stderr).toBe(0);
    const stored = execFileSync('find', [join(home, 'sites', 'bac', 'ocfl'), '-name', '*.pdf'])
      .toString('utf8')
      .trim();
    expect(stored.endsWith('Quyết định.pdf'.normalize('NFC'))).toBe(true);
    const clash = makeSourceFolder(join(tmp.path, 'src-clash'), { [nfd]: 'một', ['Quyết định.pdf'.normalize('NFC')]: 'hai' });
    const r = await duphong(['ingest', clash, '--file', 'HS-CLASH', '--title', 'T', '--home', home, '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.code).toBe('DP-INGEST-NAME-COLLISION');
  });

  it('refuses an unreadable file (run without the privilege to read every file) without writing anything', async () => {
    const home = await freshHome();
    const src = makeSourceFolder(join(tmp.path, 'src-unreadable'), { 'đọc được.txt': 'x', 'bí mật.pdf': 'y' });
    // The CLI runs as the repository's owner (who can reach the clone wherever it is, even under a
    // private mode-700 folder) with no capabilities: a mode-000 file is unreadable to it even when
    // that owner is root. The home is handed to it; the source folder is readable.
    const owner = repositoryOwner();
    chmodSync(join(src, 'bí mật.pdf'), 0o000);
    execFileSync('chown', ['-R', `${owner.uid}:${owner.gid}`, home]);
    chmodSync(tmp.path, 0o755);
    const r = await duphong(['ingest', src, '--file', 'HS-U', '--title', 'T', '--home', home, '--json'], { unprivileged: true });
    expect(r.code, r.stderr).toBe(2);
    expect(r.json.error.code).toBe('DP-INGEST-UNREADABLE');
    expect(r.stderr).toContain('bí mật.pdf');
    expect(objectDirs(home)).toEqual([]);
    chownSync(home, 0, 0);
  });

  it('a missing folder, a missing --file and a single-site setup are refused with exit 2', async () => {
    const home = await freshHome();
    expect((await duphong(['ingest', join(tmp.path, 'nowhere'), '--file', 'A', '--title', 'T', '--home', home])).code).toBe(2);
    expect((await duphong(['ingest', tmp.path, '--home', home])).code).toBe(2);
    const file = join(home, 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8'));
    config.sites = config.sites.slice(0, 1);
    writeFileSync(file, JSON.stringify(config));
    const src = makeSourceFolder(join(tmp.path, 'src-one'), { 'a.txt': 'a' });
    const r = await duphong(['ingest', src, '--file', 'A', '--title', 'T', '--home', home, '--json']);
    expect(r.code).toBe(2);
    expect(r.json.error.code).toBe('DP-POLICY-UNSATISFIABLE');
  });
});

describe('sites that fail', () => {
  it('a full disk leaves that copy pending; the job completes it once there is room', async () => {
    const home = await freshHome();
    const mnt = join(tmp.path, `full-${n}`);
    await mountTmpfs(mnt, 1 << 20);
    mounts.push(mnt);
    editSite(home, 'nam', { path: mnt });
    const src = makeSourceFolder(join(tmp.path, 'src-full'), { 'bản quét.tif': 3_000_000, 'ghi chú.txt': 'ok' });
    const r = await duphong(['ingest', src, '--file', 'HS-FULL', '--title', 'T', '--home', home, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'pending' },
      { site: 'trung', status: 'ok' },
    ]);
    execFileSync('mount', ['-o', 'remount,size=64m', mnt]);
    const jobs = await duphong(['jobs', 'run', '--home', home, '--json']);
    expect(jobs.code, jobs.stderr).toBe(0);
    const copies = await duphong(['copies', 'HS-FULL', '--home', home, '--json']);
    expect(copies.json.copies.map((c: { status: string }) => c.status)).toEqual(['ok', 'ok', 'ok']);
    const audit = await duphong(['audit', '--all', '--home', home, '--json']);
    expect(audit.json).toMatchObject({ checked: 3, damaged: 0 });
  });

  it('a read-only site and a refusing S3 endpoint are offline: copies pending, others ok, exit 0', async () => {
    const home = await freshHome();
    const mnt = join(tmp.path, `ro-${n}`);
    await mountTmpfs(mnt, 8 << 20);
    mounts.push(mnt);
    mkdirSync(join(mnt, 'x'));
    await remountReadOnly(mnt);
    editSite(home, 'trung', { path: mnt });
    editSite(home, 'nam', { kind: 's3', medium: 'object', endpoint: 'http://127.0.0.1:9', bucket: 'khong-co', path: undefined });
    const src = makeSourceFolder(join(tmp.path, 'src-ro'), { 'a.pdf': 'nội dung' });
    const r = await duphong(['ingest', src, '--file', 'HS-RO', '--title', 'T', '--home', home, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.json.copies).toEqual([
      { site: 'bac', status: 'ok' },
      { site: 'nam', status: 'pending' },
      { site: 'trung', status: 'pending' },
    ]);
    const list = await duphong(['site', 'list', '--home', home, '--json']);
    expect(list.json.map((s: { name: string; online: boolean }) => [s.name, s.online])).toEqual([
      ['bac', true],
      ['trung', false],
      ['nam', false],
    ]);
    const jobs = await duphong(['jobs', 'run', '--home', home, '--json']);
    expect(jobs.code).toBe(4); // still not possible: retried later, nothing lost
  });

  it('no reachable site at all: exit 4 and nothing written', async () => {
    const home = await freshHome();
    for (const s of ['bac', 'trung', 'nam']) editSite(home, s, { path: join(tmp.path, 'unmounted', s) });
    const src = makeSourceFolder(join(tmp.path, 'src-none'), { 'a.pdf': 'a' });
    const r = await duphong(['ingest', src, '--file', 'HS-NONE', '--title', 'T', '--home', home, '--json']);
    expect(r.code).toBe(4);
    expect(r.json.error.code).toBe('DP-SITES-OFFLINE');
    expect(existsSync(join(tmp.path, 'unmounted'))).toBe(false);
  });
});
