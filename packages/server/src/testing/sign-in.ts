import type { Role } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { addUser } from '../usecases/accounts.js';
import { signIn } from '../usecases/sessions.js';
import { SESSION_COOKIE } from '../http/auth.js';

export const TEST_PASSWORD = 'mật-khẩu-thử-nghiệm-đủ-dài';

/** Request headers of a signed-in user: the session cookie and the CSRF token writes need. */
export type AuthHeaders = { cookie: string; 'x-csrf-token': string };

/**
 * Create a user (default: a system administrator over every unit) and sign them in through the
 * same use cases as the API; returns the headers a request of theirs carries.
 */
export async function signedInUser(
  ctx: Context,
  options: { username?: string; roles?: Role[]; units?: 'all' | string[] } = {},
): Promise<{ userId: string; headers: AuthHeaders }> {
  const username = options.username ?? 'quantri';
  const user = await addUser(ctx, {
    username,
    displayName: username,
    password: TEST_PASSWORD,
    roles: options.roles ?? ['system-admin'],
    units: options.units ?? 'all',
  });
  const s = await signIn(ctx, { username, password: TEST_PASSWORD, ip: '127.0.0.1' });
  return { userId: user.id, headers: { cookie: `${SESSION_COOKIE}=${s.sessionId}`, 'x-csrf-token': s.session.csrfToken } };
}

type Injectable = { inject: (...args: never[]) => unknown };

/**
 * Make every `app.inject({...})` of a test carry `headers` (a signed-in user's) unless the call
 * names its own: for route tests written before sign-in existed, which are about the routes.
 */
export function injectAs<A extends Injectable>(app: A, headers: Record<string, string>): A {
  const original = (app.inject as (opts: { headers?: Record<string, string> }) => unknown).bind(app);
  (app as unknown as { inject: unknown }).inject = (opts: { headers?: Record<string, string> }) =>
    original({ ...opts, headers: { ...headers, ...opts.headers } });
  return app;
}
