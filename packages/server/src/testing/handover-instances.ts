import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoVietnam } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import { openContext } from '../app/context.js';
import { buildApp, type DuphongApp } from '../http/app.js';
import { FsInstanceIdentity } from '../adapters/instance-keys.js';
import type { Context } from '../ports/context.js';
import { addUser } from '../usecases/accounts.js';
import { createToken } from '../usecases/api-tokens.js';
import { ingestFolder } from '../usecases/ingest.js';
import { makeSourceFolder, tempDir } from './homes.js';
import { TEST_PASSWORD } from './sign-in.js';

/*
 * Two (or more) DuPhong instances on loopback for the national-level tests: each home with its own
 * id and Ed25519 key, each listing the others in `national.peers` with their public keys (as
 * operators exchange them), the receiver's HTTP server on a real socket, restartable on its home.
 */

export interface TestInstance {
  id: string;
  home: string;
  ctx: Context;
  app: DuphongApp | undefined;
  base: string;
  /** A token of an account on this instance allowed to receive handovers. */
  token: string;
  stop(): Promise<void>;
  /** Reopen the context on the same home and listen again (a new port). */
  start(): Promise<void>;
}

const clock = { now: () => new Date() };

/** Make homes with keys, write each one's config naming the others, open them and serve them. */
export async function startInstances(
  ids: string[],
  configure: (id: string, config: Record<string, unknown>) => void = () => {},
): Promise<{ instances: Map<string, TestInstance>; remove: () => Promise<void> }> {
  const tmp = tempDir('duphong-national-');
  const homes = new Map<string, { home: string; key: string }>();
  for (const id of ids) {
    const home = join(tmp.path, id);
    await initHome(home, true);
    homes.set(id, { home, key: new FsInstanceIdentity(home, id, clock).current().publicKey });
  }
  for (const id of ids) {
    const file = join(homes.get(id)!.home, 'config.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    config.national = {
      instanceId: id,
      instanceName: `Hệ thống ${id}`,
      // URLs are placeholders: a handover names the receiver's URL on the command line.
      peers: ids.filter((p) => p !== id).map((p) => ({ id: p, url: 'http://127.0.0.1:9', publicKeys: [homes.get(p)!.key] })),
    };
    configure(id, config);
    writeFileSync(file, JSON.stringify(config, null, 2));
  }
  const instances = new Map<string, TestInstance>();
  for (const id of ids) {
    const home = homes.get(id)!.home;
    const instance: TestInstance = {
      id,
      home,
      ctx: undefined as unknown as Context,
      app: undefined,
      base: '',
      token: '',
      async stop() {
        if (instance.app) await instance.app.close();
        await instance.ctx.close();
        instance.app = undefined;
      },
      async start() {
        instance.ctx = await openContext(home);
        instance.app = buildApp(instance.ctx, { webRoot: join(tmp.path, 'no-ui') });
        await instance.app.listen({ host: '127.0.0.1', port: 0 });
        const address = instance.app.server.address();
        instance.base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      },
    };
    await instance.start();
    const user = await addUser(instance.ctx, {
      username: 'ban-giao',
      displayName: 'Tài khoản liên thông',
      password: TEST_PASSWORD,
      roles: ['archivist'],
      units: 'all',
    });
    const expiresAt = isoVietnam(new Date(Date.now() + 30 * 86_400_000));
    instance.token = (
      await createToken(
        instance.ctx,
        { userId: user.id, username: user.username, roles: ['archivist'], units: 'all' },
        { name: 'liên thông', actions: ['handovers.receive', 'handovers.read'], expiresAt },
      )
    ).token;
    instances.set(id, instance);
  }
  return {
    instances,
    async remove() {
      for (const i of instances.values()) if (i.app) await i.stop();
      tmp.remove();
    },
  };
}

/** A fonds with `files` catalogue files, each ingested from a small folder of Vietnamese-named documents. */
export async function seedFonds(ctx: Context, code: string, files: number, root: string): Promise<string[]> {
  const now = isoVietnam(ctx.clock.now());
  await ctx.catalogue.records.putFonds({
    code,
    name: `Phông ${code}`,
    kind: 'fonds',
    status: 'closed',
    unitId: null,
    fields: {},
    legacy: {},
    createdAt: now,
    updatedAt: now,
  });
  const codes: string[] = [];
  for (let i = 1; i <= files; i++) {
    const fileCode = `${code}.${String(i).padStart(3, '0')}`;
    await ctx.catalogue.records.putFile({
      code: fileCode,
      fondsCode: code,
      title: `Hồ sơ số ${i} của ${code}`,
      fields: {},
      legacy: {},
      createdAt: now,
      updatedAt: now,
    });
    const folder = makeSourceFolder(join(root, fileCode), {
      'Quyết định số 15-QĐ.pdf': `Quyết định ${fileCode}`,
      'Biên bản họp.txt': `Biên bản họp Ủy ban nhân dân, hồ sơ ${fileCode}`,
      'Tờ trình/trang 01.tif': 3_000 + i,
    });
    await ingestFolder(ctx, { folder, fileCode, title: `Hồ sơ số ${i} của ${code}` });
    codes.push(fileCode);
  }
  return codes;
}
