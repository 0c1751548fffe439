import { createServer } from 'node:net';
import { join } from 'node:path';
import { duphong, duphongChild } from './cli.js';
import { ADMIN, type Served } from './browser.js';

/*
 * Several DuPhong instances on loopback, linked the way docs/national.md tells operators to link
 * them: every step is the real CLI (`national set`, `key show`, `user add`, `user token`,
 * `national peer-add`) and every instance is a real `duphong serve` process.
 */

export interface Instance {
  id: string;
  name: string;
  unit: string;
  home: string;
  port: number;
  url: string;
  publicKey: string;
  served?: Served;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed --json output, shape asserted by tests
async function ok(args: string[], input?: string): Promise<any> {
  const r = await duphong([...args, '--json'], input !== undefined ? { input } : {});
  if (r.code !== 0) throw new Error(`duphong ${args.join(' ')} → ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r.json;
}

/** A port nobody listens on now: the instance's URL must be in its peers' config before it starts. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** Initialise a home as instance `id` with its identity, its administrator and its signing key. */
export async function prepareInstance(root: string, spec: { id: string; name: string; unit: string }): Promise<Instance> {
  const home = join(root, spec.id);
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  await ok(['init', '--home', home]);
  await ok(['national', 'set', '--id', spec.id, '--name', spec.name, '--unit', spec.unit, '--public-url', url, '--home', home]);
  await ok(['user', 'add', ADMIN.username, '--role', 'system-admin', '--all', '--password-stdin', '--home', home], `${ADMIN.password}\n`);
  const key = await ok(['key', 'show', '--home', home]);
  return { ...spec, home, port, url, publicKey: key.current.publicKey };
}

/**
 * `from` may call `to`: an account named after `from` on `to` with a token limited to `actions`,
 * and `to` (with its key and that token) among `from`'s peers. Trust one way only.
 */
export async function link(from: Instance, to: Instance, options: { role: string; actions: string[]; harvest?: boolean }): Promise<void> {
  await ok(
    ['user', 'add', from.id, '--role', options.role, '--all', '--password-stdin', '--home', to.home],
    'mat-khau-he-thong-lien-thong\n',
  );
  const made = await ok([
    'user',
    'token',
    from.id,
    ...options.actions.flatMap((a) => ['--action', a]),
    '--label',
    `liên thông ${from.id}`,
    '--home',
    to.home,
  ]);
  await ok([
    'national',
    'peer-add',
    to.id,
    '--url',
    to.url,
    '--key',
    to.publicKey,
    '--name',
    to.name,
    '--unit',
    to.unit,
    '--token',
    made.token,
    ...(options.harvest ? ['--harvest'] : []),
    '--home',
    from.home,
  ]);
}

/** Know `other`'s key without calling it (it calls us: a signature of it must verify here). */
export async function trust(self: Instance, other: Instance): Promise<void> {
  await ok([
    'national',
    'peer-add',
    other.id,
    '--url',
    other.url,
    '--key',
    other.publicKey,
    '--name',
    other.name,
    '--unit',
    other.unit,
    '--home',
    self.home,
  ]);
}

/** `duphong serve` of the instance on its own port; resolves once it prints its URL. */
export async function start(instance: Instance, env: Record<string, string> = {}): Promise<Served> {
  const child = duphongChild(['serve', '--home', instance.home, '--port', String(instance.port)], env);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (output += d.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', () => {
      if (output.includes('DuPhong đang chạy tại')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`duphong serve (${instance.id}) exited with ${code}:\n${output}`)));
  });
  instance.served = { child, url: `${instance.url}/`, output: () => output, admin: {} };
  return instance.served;
}

export async function stop(instance: Instance): Promise<number | null> {
  const child = instance.served?.child;
  if (!child || child.exitCode !== null) return child?.exitCode ?? null;
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  child.kill('SIGTERM');
  return exited;
}
