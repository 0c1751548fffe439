import type { Principal, Role } from '@duphong/core';
import type { DuphongApp } from '../http/app.js';

/**
 * Test-only: sign requests in as a principal named by the `x-test-principal` header, until the
 * auth helper's sessions are merged (COMMON.md allows a test-only hook setting request.principal).
 * Add before `app.ready()`.
 */
export function signInByHeader(app: DuphongApp, principals: Record<string, Principal>): void {
  app.addHook('onRequest', async (request) => {
    const name = request.headers['x-test-principal'];
    if (typeof name === 'string' && principals[name]) request.principal = principals[name];
  });
}

export const principal = (username: string, roles: Role[], units: 'all' | string[]): Principal => ({
  userId: username,
  username,
  roles,
  units: units === 'all' ? 'all' : new Set(units),
});
