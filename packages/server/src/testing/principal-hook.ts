import type { Context } from '../ports/context.js';
import type { DuphongApp } from '../http/app.js';
import { signedInUser } from './sign-in.js';
import { ROLES, type Principal, type Role } from '@duphong/core';

/** The header a test names its user in: `role[,role]@unit[,unit]` or `role@all`. */
export const TEST_PRINCIPAL_HEADER = 'x-test-principal';

/** A principal for tests: `principal('archivist', ['15'])`. */
export function principal(role: Role | Role[], units: 'all' | string[], username = `nv-${[role].flat().join('-')}`): Principal {
  return { userId: username, username, roles: [role].flat(), units: units === 'all' ? 'all' : new Set(units) };
}

/** The header value for a principal (`as` in request headers). */
export function asHeader(role: Role | Role[], units: 'all' | string[]): Record<string, string> {
  return { [TEST_PRINCIPAL_HEADER]: `${[role].flat().join(',')}@${units === 'all' ? 'all' : units.join(',')}` };
}

/**
 * TEST ONLY: a request names its user by the header; the first time a header value is seen, a real
 * user with those roles and units is created and signed in through the same use cases as the API,
 * and the request goes out with that user's session cookie and CSRF token (the real gate decides).
 */
export function actAsFromHeader(app: DuphongApp, ctx: Context): void {
  const signedIn = new Map<string, Promise<Record<string, string>>>();
  const taken = new Set<string>();
  const headersFor = (raw: string): Promise<Record<string, string>> => {
    let found = signedIn.get(raw);
    if (!found) {
      const [roles = '', units = ''] = raw.split('@');
      const parsed = roles.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
      const unitList = units === 'all' ? ('all' as const) : units.split(',').filter(Boolean);
      found = (async () => {
        for (const id of unitList === 'all' ? [] : unitList)
          if (!(await ctx.catalogue.units.getUnit(id))) await ctx.catalogue.units.putUnit({ id, kind: 'province' });
        const base = `nv-${parsed.join('-')}`;
        const username = taken.has(base) ? `${base}-${signedIn.size}` : base;
        taken.add(username);
        return { ...(await signedInUser(ctx, { username, roles: parsed, units: unitList })).headers };
      })();
      signedIn.set(raw, found);
    }
    return found;
  };
  const original = app.inject.bind(app) as (opts: { headers?: Record<string, string> }) => unknown;
  (app as unknown as { inject: unknown }).inject = async (opts: { headers?: Record<string, string> }) => {
    const { [TEST_PRINCIPAL_HEADER]: as, ...rest } = opts.headers ?? {};
    return original({ ...opts, headers: { ...(as ? await headersFor(as) : {}), ...rest } });
  };
}
