import type { Role } from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { DuphongApp } from '../http/app.js';
import { signedInUser } from './sign-in.js';

export interface TestUser {
  username: string;
  roles: Role[];
  units: 'all' | string[];
}

export const principal = (username: string, roles: Role[], units: 'all' | string[]): TestUser => ({ username, roles, units });

/**
 * Test-only: create real users, sign them in through the same use cases as the API, and let a
 * request name who it is by the `x-test-principal` header (the session cookie and CSRF token are
 * put in its place). A request without that header goes out as it is (not signed in).
 */
export async function signInByHeader(app: DuphongApp, ctx: Context, users: Record<string, TestUser>): Promise<void> {
  const headers = new Map<string, Record<string, string>>();
  // Users are scoped to units the catalogue knows: test units are created bare when missing.
  for (const u of Object.values(users))
    for (const id of u.units === 'all' ? [] : u.units)
      if (!(await ctx.catalogue.units.getUnit(id))) await ctx.catalogue.units.putUnit({ id, kind: 'province' });
  for (const [name, u] of Object.entries(users)) headers.set(name, (await signedInUser(ctx, u)).headers);
  const original = app.inject.bind(app) as (opts: { headers?: Record<string, string> }) => unknown;
  (app as unknown as { inject: unknown }).inject = (opts: { headers?: Record<string, string> }) => {
    const { 'x-test-principal': as, ...rest } = opts.headers ?? {};
    return original({ ...opts, headers: { ...(as ? headers.get(as) : {}), ...rest } });
  };
}
