// Test helper: DuPhong instances of the national level on loopback (decision 0025, 0029), each with
// its own home (SQLite or a PostgreSQL schema), identity and sites, linked to each other as peers.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GRANTS, type Action, type Role } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import type { PeerConfig } from '../config/national-config.js';
import { buildApp, type DuphongApp } from '../http/app.js';
import type { Context } from '../ports/context.js';
import { createToken } from '../usecases/api-tokens.js';
import { principalOf } from '../usecases/accounts.js';
import { BIN, postgresHome, type CliResult } from './catalog-cli.js';
import { tempDir } from './homes.js';
import { signedInUser } from './sign-in.js';

export interface NationalInstanceOptions {
  instanceId: string;
  name?: string;
  unit?: string;
  engine?: 'sqlite' | 'postgres';
  syncEveryMinutes?: number;
}

export interface NationalInstance {
  instanceId: string;
  name: string;
  unit: string | undefined;
  home: string;
  /** http://127.0.0.1:PORT — the same after `restart()`. */
  url: string;
  ctx: Context;
  app: DuphongApp;
  /** Current public key (base64), as `duphong key show` prints it. */
  publicKey(): string;
  /** A fresh API token of a new user with `role` on this instance, limited to `actions` (default: the role's). */
  tokenFor(role: Role, actions?: Action[]): Promise<string>;
  /** This instance as a peer entry of another's config. */
  asPeer(token?: string): PeerConfig;
  /** Change the `national` section (config file and the running context). */
  configure(change: (national: Context['config']['national']) => void): void;
  /** Stop serving (the port is kept for `start`). */
  stop(): Promise<void>;
  start(): Promise<void>;
  restart(): Promise<void>;
  /** Stop and remove the home (and the PostgreSQL schema). */
  close(): Promise<void>;
}

let counter = 0;

/** Start one instance: init its home with the national section, open it, listen on loopback. */
export async function startNationalInstance(options: NationalInstanceOptions): Promise<NationalInstance> {
  const tmp = tempDir(`duphong-${options.instanceId}-`);
  const home = join(tmp.path, 'home');
  const schema = `nat_${options.instanceId.replace(/-/g, '_')}_${process.pid}_${++counter}`;
  const pg = options.engine === 'postgres' ? await postgresHome(home, schema) : (await initHome(home, true), undefined);
  const name = options.name ?? options.instanceId;
  const configFile = join(home, 'config.json');
  const writeNational = (national: unknown): void => {
    const config = JSON.parse(readFileSync(configFile, 'utf8')) as Record<string, unknown>;
    writeFileSync(configFile, JSON.stringify({ ...config, national }, null, 2));
  };
  writeNational({
    instanceId: options.instanceId,
    instanceName: name,
    ...(options.unit !== undefined && { unit: options.unit }),
    peers: [],
    ...(options.syncEveryMinutes !== undefined && { syncEveryMinutes: options.syncEveryMinutes }),
  });
  let ctx = await openContext(home);
  let app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  let running = true;
  let users = 0;

  const instance: NationalInstance = {
    instanceId: options.instanceId,
    name,
    unit: options.unit,
    home,
    url: `http://127.0.0.1:${port}`,
    get ctx() {
      return ctx;
    },
    get app() {
      return app;
    },
    publicKey: () => ctx.identity.current().publicKey,
    async tokenFor(role, actions) {
      const username = `${role}-${++users}`;
      const { userId } = await signedInUser(ctx, { username, roles: [role] });
      const owner = await principalOf(ctx.catalogue, (await ctx.catalogue.accounts.getUser(userId))!);
      const wanted = actions ?? GRANTS[role].filter((a) => a !== 'public' && a !== 'session');
      const expiresAt = new Date(ctx.clock.now().getTime() + 7 * 86_400_000).toISOString();
      return (await createToken(ctx, owner, { name: `liên thông ${username}`, actions: wanted, expiresAt })).token;
    },
    asPeer: (token) => ({
      id: options.instanceId,
      name,
      url: instance.url,
      ...(options.unit !== undefined && { unit: options.unit }),
      publicKeys: [ctx.identity.current().publicKey],
      ...(token !== undefined && { token }),
      harvest: false,
    }),
    configure(change) {
      change(ctx.config.national);
      writeNational(ctx.config.national);
    },
    async stop() {
      if (!running) return;
      running = false;
      await app.close();
      await ctx.close();
    },
    async start() {
      if (running) return;
      ctx = await openContext(home);
      app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
      await app.listen({ host: '127.0.0.1', port });
      running = true;
    },
    async restart() {
      await instance.stop();
      await instance.start();
    },
    async close() {
      await instance.stop();
      await pg?.drop();
      tmp.remove();
    },
  };
  return instance;
}

/**
 * Make `sub` follow `centre`: each gets the other's public key in its peers (config is the trust
 * store), `sub` gets a token of an archivist account on the centre (pull the bundle, report drift)
 * and `national.upstream`; the centre gets a token on `sub` too (harvest, handover receipts).
 */
export async function linkToUpstream(sub: NationalInstance, centre: NationalInstance, options: { role?: Role } = {}): Promise<void> {
  const role = options.role ?? 'archivist';
  const onCentre = await centre.tokenFor(role);
  const onSub = await sub.tokenFor(role);
  const upsert = (list: PeerConfig[], peer: PeerConfig): PeerConfig[] => [...list.filter((p) => p.id !== peer.id), peer];
  sub.configure((n) => {
    n.peers = upsert(n.peers, centre.asPeer(onCentre));
    n.upstream = centre.instanceId;
  });
  centre.configure((n) => {
    n.peers = upsert(n.peers, sub.asPeer(onSub));
  });
}

/**
 * The built CLI as a child process WITHOUT blocking this process: instances started here serve
 * HTTP from the test's own event loop, so a CLI that calls one of them must not be run with
 * spawnSync (that would deadlock until the request times out). Same result shape as `duphong`.
 */
export function duphongAsync(home: string, ...args: string[]): Promise<CliResult> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [BIN, ...args, '--home', home, '--json'], { env: { ...process.env, DUPHONG_HOME: '' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      let json: unknown;
      try {
        json = JSON.parse(stdout);
      } catch {
        json = undefined;
      }
      resolveRun({ code, stdout, stderr, json });
    });
  });
}
