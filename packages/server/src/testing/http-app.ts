import { join } from 'node:path';
import type { Clock } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { buildApp, type DuphongApp } from '../http/app.js';
import { tempDir } from './homes.js';
import { signedInUser, type AuthHeaders } from './sign-in.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert response shapes field by field
export type Json = Record<string, any>;

export interface TestApp {
  ctx: Context;
  app: DuphongApp;
  /** Headers of the system administrator every test app starts with (signed in). */
  admin: AuthHeaders;
  /**
   * One request through Fastify's inject (no socket), as the signed-in administrator unless
   * `as` names other headers (`{}`: anonymous); `remoteAddress` to act as a non-loopback client.
   */
  call(
    method: 'GET' | 'PUT' | 'POST' | 'DELETE',
    url: string,
    payload?: unknown,
    remoteAddress?: string,
    as?: Record<string, string>,
  ): Promise<{ status: number; body: Json }>;
  close(): Promise<void>;
}

/** A fresh initialised home, its context and the HTTP app over it, for route tests. */
export async function startTestApp(prefix: string, clock?: Clock): Promise<TestApp> {
  const tmp = tempDir(prefix);
  const home = join(tmp.path, 'home');
  await initHome(home, true);
  const ctx = await openContext(home, clock ? { clock } : {});
  const app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
  await app.ready();
  const admin = (await signedInUser(ctx)).headers;
  return {
    ctx,
    app,
    admin,
    async call(method, url, payload, remoteAddress, as = admin) {
      const res = await app.inject({
        method,
        url,
        headers: as,
        ...(payload !== undefined && { payload: payload as Json }),
        ...(remoteAddress !== undefined && { remoteAddress }),
      });
      return { status: res.statusCode, body: res.json() as Json };
    },
    async close() {
      await app.close();
      await ctx.close();
      tmp.remove();
    },
  };
}
