import type { FastifyInstance } from 'fastify';
import { ROLES, type Principal, type Role } from '@duphong/core';
import '../http/route-access.js';

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
 * TEST ONLY: sets `request.principal` from a header, standing in for sign-in until the routes are
 * tested through real sessions. Registered on a test's own app, never by buildApp.
 */
export function actAsFromHeader(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    const raw = request.headers[TEST_PRINCIPAL_HEADER];
    if (typeof raw !== 'string') return;
    const [roles = '', units = ''] = raw.split('@');
    const parsed = roles.split(',').filter((r): r is Role => (ROLES as readonly string[]).includes(r));
    request.principal = principal(parsed, units === 'all' ? 'all' : units.split(',').filter(Boolean), `nv-${parsed.join('-')}`);
  });
}
