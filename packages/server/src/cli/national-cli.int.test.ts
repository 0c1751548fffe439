// duphong national … and duphong user token: the operator links an instance to its peers from the
// command line (docs/national.md); every edit is validated whole, a bad one leaves config.json as it was.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { hostname } from 'node:os';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, duphong } from '../testing/catalog-cli.js';
import { tempDir } from '../testing/homes.js';

const tmp = tempDir('national-cli-');
afterAll(() => tmp.remove());
const KEY = 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

describe('duphong national and duphong user token', () => {
  const home = join(tmp.path, 'home');
  const config = () => JSON.parse(readFileSync(join(home, 'config.json'), 'utf8'));

  it('writes identity and peers, keeps the rest of config.json, refuses what would not load', () => {
    expect(duphong(home, 'init').code).toBe(0);
    const sites = config().sites;
    const set = duphong(
      home,
      'national',
      'set',
      '--id',
      'tinh-lao-cai',
      '--name',
      'Lưu trữ tỉnh Lào Cai',
      '--public-url',
      'http://127.0.0.1:9',
    );
    expect(set.code, set.stderr).toBe(0);
    const added = duphong(
      home,
      'national',
      'peer-add',
      'trung-uong',
      '--url',
      'http://127.0.0.1:8',
      '--key',
      KEY,
      '--token',
      'dp_abc',
      '--harvest',
    );
    expect(added.code, added.stderr).toBe(0);
    // The peer's token is the secret of another system: never printed back.
    expect(added.stdout).not.toContain('dp_abc');
    expect(duphong(home, 'national', 'set', '--upstream', 'trung-uong').code).toBe(0);
    expect(config()).toMatchObject({
      sites,
      national: {
        instanceId: 'tinh-lao-cai',
        upstream: 'trung-uong',
        peers: [{ id: 'trung-uong', token: 'dp_abc', harvest: true, publicKeys: [KEY] }],
      },
    });

    const before = readFileSync(join(home, 'config.json'), 'utf8');
    for (const bad of [
      ['national', 'set', '--upstream', 'khong-co'],
      ['national', 'peer-add', 'Sai Ma', '--url', 'khong-phai-url', '--key', 'ngan'],
      ['national', 'peer-add', 'tinh-lao-cai', '--url', 'http://127.0.0.1:7', '--key', KEY],
      ['national', 'peer-remove', 'trung-uong'],
    ]) {
      const r = duphong(home, ...bad);
      expect(r.code, bad.join(' ')).toBe(2);
      expect(r.json.error.code).toMatch(/^DP-(NATIONAL-CONFIG|PEER-IS-UPSTREAM)$/);
    }
    expect(readFileSync(join(home, 'config.json'), 'utf8')).toBe(before);
    const plain = spawnSync(process.execPath, [BIN, 'national', 'set', '--upstream', 'khong-co', '--home', home], { encoding: 'utf8' });
    expect(plain.stderr).toContain('hệ thống cấp trên "khong-co" chưa có trong "peers"');
  });

  it('six peer-adds and two site adds at once all land; a lock left by a killed command is taken over', async () => {
    const ids = ['tinh-a', 'tinh-b', 'tinh-c', 'tinh-d', 'tinh-e', 'tinh-g'];
    const run = (...args: string[]) =>
      new Promise<number | null>((resolve) => {
        spawn(process.execPath, [BIN, ...args, '--home', home], { stdio: 'ignore' }).on('exit', resolve);
      });
    for (const name of ['kho-them-1', 'kho-them-2']) mkdirSync(join(tmp.path, name));
    const runs = [
      ...ids.map((id) => run('national', 'peer-add', id, '--url', 'http://127.0.0.1:7', '--key', KEY)),
      ...['kho-them-1', 'kho-them-2'].map((name) =>
        run('site', 'add', name, '--kind', 'fs', '--region', 'nam', '--path', join(tmp.path, name)),
      ),
    ];
    expect(await Promise.all(runs)).toEqual(runs.map(() => 0));
    const peers = (config().national as { peers: Array<{ id: string }> }).peers.map((p) => p.id);
    expect(peers).toEqual(expect.arrayContaining(['trung-uong', ...ids]));
    expect((config().sites as Array<{ name: string }>).map((s) => s.name)).toEqual(expect.arrayContaining(['kho-them-1', 'kho-them-2']));
    // A lock left by an editor that is gone (a pid that cannot exist): the next edit takes it over and gives it back.
    const table = new Database(join(home, 'locks', 'locks.sqlite'));
    table
      .prepare('INSERT INTO object_locks (key, token, pid, host, purpose, at, started) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run('config.json', 'gone', 2 ** 22 + 17, hostname(), 'config-edit', '', null);
    expect(duphong(home, 'national', 'peer-remove', 'tinh-g').code).toBe(0);
    expect(table.prepare("SELECT count(*) AS n FROM object_locks WHERE key = 'config.json'").get()).toEqual({ n: 0 });
    table.close();
    expect((config().national as { peers: Array<{ id: string }> }).peers.map((p) => p.id)).not.toContain('tinh-g');
  });

  it('makes a token for an account, never with more rights than its roles', () => {
    const add = spawnSync(
      process.execPath,
      [BIN, 'user', 'add', 'trung-uong', '--role', 'archivist', '--all', '--password-stdin', '--home', home],
      {
        input: 'mat-khau-du-dai-1\n',
        encoding: 'utf8',
      },
    );
    expect(add.status, add.stderr).toBe(0);
    const made = duphong(home, 'user', 'token', 'trung-uong', '--action', 'catalogue.read', '--days', '30');
    expect(made.code, made.stderr).toBe(0);
    expect(made.json.token).toMatch(/^dp_/);
    const tooMuch = duphong(home, 'user', 'token', 'trung-uong', '--action', 'users.manage');
    expect(tooMuch.json.error.code).toBe('DP-FORBIDDEN');
    expect(duphong(home, 'user', 'token', 'khong-ai', '--action', 'catalogue.read').json.error.code).toBe('DP-USER-NOT-FOUND');
  });
});
