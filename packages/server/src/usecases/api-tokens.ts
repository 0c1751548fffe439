import { randomUUID } from 'node:crypto';
import { ACTIONS, decide, isoVietnam, type Action, type ApiTokenRecord, type Principal } from '@duphong/core';
import { accessError, notFoundError, requestError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { principalOf } from './accounts.js';
import { randomSecret, secretHash } from './passwords.js';

/*
 * API tokens for scripts and the remote CLI (decision 0014): `dp_` + 32 random bytes, shown once
 * and stored as SHA-256; limited to named actions (never more than the owner's roles grant), with
 * an expiry, revocable. A token acts as its owner within those actions.
 */
export const TOKEN_PREFIX = 'dp_';
const MAX_DAYS = 366;

export interface TokenView {
  id: string;
  name: string;
  actions: Action[];
  expiresAt: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const view = (t: ApiTokenRecord): TokenView => ({
  id: t.id,
  name: t.name,
  actions: t.actions,
  expiresAt: t.expiresAt,
  createdAt: t.createdAt,
  lastUsedAt: t.lastUsedAt,
  revokedAt: t.revokedAt,
});

/**
 * A token must not manage the account it acts for: one limited to catalogue.read would otherwise
 * mint one with every right of its owner, revoke the owner's other tokens, or (with the current
 * password) change it and walk away with a session cookie. The 'session' action lets any signed-in
 * caller through the gate, so this is checked here, by the use cases of tokens and passwords.
 */
export function refuseTokenCaller(principal: Principal): void {
  if (principal.tokenActions)
    throw accessError(
      'forbidden',
      'DP-TOKEN-FROM-TOKEN',
      'Không thể dùng mã truy cập API để tạo, thu hồi mã truy cập hay đổi mật khẩu; hãy đăng nhập bằng mật khẩu để làm việc này.',
      'An API token cannot create or revoke tokens or change the password; sign in with your password to do this.',
    );
}

export async function createToken(
  ctx: Context,
  owner: Principal,
  input: { name: string; actions: Action[]; expiresAt: string },
): Promise<{ id: string; token: string }> {
  refuseTokenCaller(owner);
  const name = input.name.trim();
  if (!name || name.length > 100)
    throw requestError('DP-TOKEN-NAME', 'Cần đặt tên cho mã truy cập (tối đa 100 ký tự).', 'Name the token (at most 100 characters).');
  const actions = [...new Set(input.actions)];
  const wrong = actions.filter((a) => !ACTIONS.includes(a) || a === 'public' || a === 'session');
  if (actions.length === 0 || wrong.length > 0)
    throw requestError(
      'DP-TOKEN-ACTIONS',
      `Quyền của mã truy cập không hợp lệ: ${wrong.join(', ') || '(trống)'}.`,
      `Invalid token actions: ${wrong.join(', ') || '(none)'}.`,
    );
  const notGranted = actions.filter((a) => !decide({ ...owner, tokenActions: undefined }, a).allow);
  if (notGranted.length > 0)
    throw accessError(
      'forbidden',
      'DP-FORBIDDEN',
      `Vai trò của bạn không có các quyền: ${notGranted.join(', ')}; mã truy cập không thể có nhiều quyền hơn người tạo.`,
      `Your roles do not grant: ${notGranted.join(', ')}; a token cannot have more rights than its owner.`,
    );
  const now = ctx.clock.now().getTime();
  const expires = Date.parse(input.expiresAt);
  if (Number.isNaN(expires) || expires <= now || expires > now + MAX_DAYS * 86_400_000)
    throw requestError(
      'DP-TOKEN-EXPIRY',
      `Ngày hết hạn phải sau hôm nay và trong vòng ${MAX_DAYS} ngày.`,
      `The expiry must be in the future and within ${MAX_DAYS} days.`,
    );
  const token = TOKEN_PREFIX + randomSecret();
  const record: ApiTokenRecord = {
    id: randomUUID(),
    userId: owner.userId,
    name,
    hash: secretHash(token),
    actions,
    expiresAt: isoVietnam(new Date(expires)),
    createdAt: isoVietnam(new Date(now)),
    lastUsedAt: null,
    revokedAt: null,
  };
  await ctx.catalogue.accounts.putToken(record);
  return { id: record.id, token };
}

export async function listTokens(ctx: Context, owner: Principal): Promise<TokenView[]> {
  return (await ctx.catalogue.accounts.listTokens(owner.userId)).map(view);
}

export async function revokeToken(ctx: Context, owner: Principal, id: string): Promise<void> {
  refuseTokenCaller(owner);
  return revokeUserToken(ctx, owner.userId, id);
}

/** An administrator's view of another user's tokens (users.manage): the same list the owner sees. */
export async function listUserTokens(ctx: Context, userId: string): Promise<TokenView[]> {
  if (!(await ctx.catalogue.accounts.getUser(userId)))
    throw notFoundError('DP-USER-NOT-FOUND', `Không có người dùng "${userId}".`, `There is no user "${userId}".`);
  return (await ctx.catalogue.accounts.listTokens(userId)).map(view);
}

/** Revoke token `id` of user `userId` (the owner's own, or an administrator's for them); idempotent. */
export async function revokeUserToken(ctx: Context, userId: string, id: string): Promise<void> {
  const t = await ctx.catalogue.accounts.getToken(id);
  if (!t || t.userId !== userId) throw notFoundError('DP-TOKEN-NOT-FOUND', `Không có mã truy cập "${id}".`, `There is no token "${id}".`);
  if (t.revokedAt === null) await ctx.catalogue.accounts.putToken({ ...t, revokedAt: isoVietnam(ctx.clock.now()) });
}

/** The principal a bearer token acts as, or undefined when unknown, revoked, expired or its owner disabled. */
export async function resolveToken(ctx: Context, token: string): Promise<Principal | undefined> {
  if (!token.startsWith(TOKEN_PREFIX)) return undefined;
  const t = await ctx.catalogue.accounts.getTokenByHash(secretHash(token));
  const now = ctx.clock.now().getTime();
  if (!t || t.revokedAt !== null || Date.parse(t.expiresAt) <= now) return undefined;
  const user = await ctx.catalogue.accounts.getUser(t.userId);
  if (!user || user.disabled) return undefined;
  if (t.lastUsedAt === null || now - Date.parse(t.lastUsedAt) > 60_000)
    await ctx.catalogue.accounts.putToken({ ...t, lastUsedAt: isoVietnam(new Date(now)) });
  return { ...(await principalOf(ctx.catalogue, user)), tokenActions: t.actions };
}
