import { join } from 'node:path';
import type { Role } from '@duphong/core';
import { initHome } from '../cli/commands/init.js';
import type { Context } from '../ports/context.js';
import { openContext } from '../app/context.js';
import { buildApp, type DuphongApp } from '../http/app.js';
import { tempDir } from './homes.js';
import { signedInUser, type AuthHeaders } from './sign-in.js';

/** The signed-in users of the running test app, by name. */
const USERS = new Map<string, AuthHeaders>();

/** Headers of a request by one of the test app's users (session cookie and CSRF token). */
export function asUser(user: string): AuthHeaders {
  const headers = USERS.get(user);
  if (!headers) throw new Error(`no test user ${user}`);
  return headers;
}

export interface ListeningApp {
  ctx: Context;
  app: DuphongApp;
  home: string;
  /** http://127.0.0.1:PORT */
  base: string;
  close(): Promise<void>;
}

/**
 * The HTTP app on a real loopback socket (uploads need one: a connection cut halfway is not
 * something inject can do), with signed-in users (`asUser(name)`); `roles` by user name.
 */
export async function startListeningApp(
  prefix: string,
  configure?: (ctx: Context) => void,
  users: Record<string, Role[]> = { an: ['archivist'], binh: ['archivist'] },
): Promise<ListeningApp> {
  const tmp = tempDir(prefix);
  const home = join(tmp.path, 'home');
  await initHome(home, true);
  const ctx = await openContext(home);
  configure?.(ctx);
  const app = buildApp(ctx, { webRoot: join(tmp.path, 'no-ui') });
  for (const [username, roles] of Object.entries(users)) USERS.set(username, (await signedInUser(ctx, { username, roles })).headers);
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    ctx,
    app,
    home,
    base: `http://127.0.0.1:${port}`,
    async close() {
      await app.close();
      await ctx.close();
      tmp.remove();
    },
  };
}

/** Headers of a tus request by `user`. */
export const tus = (user: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'Tus-Resumable': '1.0.0',
  ...asUser(user),
  ...extra,
});

/** `Upload-Metadata` for a name (and a relative path inside a chosen folder). */
export function uploadMetadata(filename: string, relativePath?: string): string {
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');
  return [`filename ${b64(filename)}`, ...(relativePath !== undefined ? [`relativePath ${b64(relativePath)}`] : [])].join(',');
}

/** Upload `bytes` in one go as `user`; returns the upload id. */
export async function uploadBytes(base: string, user: string, filename: string, bytes: Uint8Array, relativePath?: string): Promise<string> {
  const created = await fetch(`${base}/api/uploads/`, {
    method: 'POST',
    headers: tus(user, { 'Upload-Length': String(bytes.byteLength), 'Upload-Metadata': uploadMetadata(filename, relativePath) }),
  });
  if (created.status !== 201) throw new Error(`upload creation: ${created.status} ${await created.text()}`);
  const location = created.headers.get('location')!;
  const patched = await fetch(`${base}${location}`, {
    method: 'PATCH',
    headers: tus(user, { 'Upload-Offset': '0', 'Content-Type': 'application/offset+octet-stream' }),
    body: bytes,
  });
  if (patched.status !== 204) throw new Error(`upload patch: ${patched.status} ${await patched.text()}`);
  return location.slice(location.lastIndexOf('/') + 1);
}
