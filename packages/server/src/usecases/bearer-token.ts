import type { Action } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { TOKEN_PREFIX } from './api-tokens.js';
import { secretHash } from './passwords.js';

export interface BearerTokenInfo {
  id: string;
  name: string;
  actions: Action[];
  expiresAt: string;
}

/**
 * The API token behind an `Authorization: Bearer` header, for `duphong whoami` (GET /api/session):
 * its name, rights and expiry — never its secret. Undefined without a bearer header or for a token
 * the gate would not accept (the caller asks only once the gate has resolved its principal).
 */
export async function bearerTokenInfo(ctx: Context, authorization: string | undefined): Promise<BearerTokenInfo | undefined> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token?.startsWith(TOKEN_PREFIX)) return undefined;
  const t = await ctx.catalogue.accounts.getTokenByHash(secretHash(token));
  if (!t || t.revokedAt !== null) return undefined;
  return { id: t.id, name: t.name, actions: t.actions, expiresAt: t.expiresAt };
}
