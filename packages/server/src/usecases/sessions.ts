import { isoVietnam, type Principal, type SessionRecord, type UserAccount } from '@duphong/core';
import { accessError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { changePassword, normaliseUsername, principalOf, setupAdministrator } from './accounts.js';
import { refuseTokenCaller } from './api-tokens.js';
import { oneAtATime } from './one-at-a-time.js';
import { randomSecret, secretHash, UNUSABLE_HASH, verifyPassword } from './passwords.js';

/*
 * Sign-in and sessions (decision 0014). The session id (32 random bytes) lives only in the
 * client's cookie; the catalogue keeps its SHA-256. Sessions end after `server.sessionIdleMinutes`
 * without a request and `server.sessionMaxHours` after sign-in, by the injected clock.
 * Failed sign-ins are counted per username and per client address: 5 for a username (20 for an
 * address, many people may share one) lock that key for 15 minutes.
 */
export const LOCKOUT = { userFailures: 5, ipFailures: 20, minutes: 15 } as const;

export interface SignedIn {
  /** The secret for the cookie; shown once, never stored. */
  sessionId: string;
  session: SessionRecord;
  user: UserAccount;
}

export interface ResolvedSession {
  session: SessionRecord;
  user: UserAccount;
  principal: Principal;
}

const minutes = (n: number): number => n * 60_000;

const loginFailed = () =>
  accessError('unauthenticated', 'DP-LOGIN-FAILED', 'Tên đăng nhập hoặc mật khẩu không đúng.', 'Wrong username or password.');

/**
 * A cookie came but its session is over (idle, too old, signed out, user disabled): said apart
 * from "not signed in" so the person knows why they must sign in again (hostile tests, issue 9).
 */
export const sessionExpired = () =>
  accessError(
    'unauthenticated',
    'DP-SESSION-EXPIRED',
    'Phiên đăng nhập đã hết hạn (quá lâu không dùng hoặc quá thời hạn tối đa) hoặc đã đăng xuất; hãy đăng nhập lại.',
    'Your session has expired (idle too long or past its maximum age) or was signed out; sign in again.',
  );

const locked = (until: string) => {
  const at = new Date(Date.parse(until)).toISOString();
  return accessError(
    'locked',
    'DP-LOGIN-LOCKED',
    `Đăng nhập tạm khóa do sai mật khẩu nhiều lần; thử lại sau ${LOCKOUT.minutes} phút (đến ${at.slice(11, 16)} UTC) hoặc nhờ quản trị viên đặt lại mật khẩu.`,
    `Sign-in is locked after repeated wrong passwords; try again in ${LOCKOUT.minutes} minutes (at ${at.slice(11, 16)} UTC) or ask an administrator to reset the password.`,
  );
};

async function lockedUntil(ctx: Context, key: string, now: number): Promise<string | undefined> {
  const a = await ctx.catalogue.accounts.getAttempts(key);
  return a?.lockedUntil && Date.parse(a.lockedUntil) > now ? a.lockedUntil : undefined;
}

async function countFailure(ctx: Context, key: string, limit: number, now: number): Promise<void> {
  const a = await ctx.catalogue.accounts.getAttempts(key);
  // Failures older than the lock period, or from before an expired lock, no longer count.
  const stale =
    !a || now - Date.parse(a.lastFailureAt) > minutes(LOCKOUT.minutes) || (a.lockedUntil !== null && Date.parse(a.lockedUntil) <= now);
  const failures = (stale ? 0 : a.failures) + 1;
  await ctx.catalogue.accounts.putAttempts({
    key,
    failures,
    lockedUntil: failures >= limit ? isoVietnam(new Date(now + minutes(LOCKOUT.minutes))) : null,
    lastFailureAt: isoVietnam(new Date(now)),
  });
}

/** A new session for a user already authenticated (password here, OIDC in oidc-sign-in.ts). */
export async function openSession(ctx: Context, user: UserAccount): Promise<SignedIn> {
  const sessionId = randomSecret();
  const at = isoVietnam(ctx.clock.now());
  const session: SessionRecord = {
    idHash: secretHash(sessionId),
    userId: user.id,
    csrfToken: randomSecret(),
    createdAt: at,
    lastSeenAt: at,
  };
  await ctx.catalogue.accounts.putSession(session);
  return { sessionId, session, user };
}

export async function signIn(ctx: Context, input: { username: string; password: string; ip: string }): Promise<SignedIn> {
  let username: string;
  try {
    username = normaliseUsername(input.username);
  } catch {
    throw loginFailed();
  }
  const userKey = `user:${username}`;
  const ipKey = `ip:${input.ip}`;
  return oneAtATime([userKey, ipKey], () => judgeSignIn(ctx, input.password, username, userKey, ipKey));
}

// Attempts on one username or from one address are judged one after another: guesses sent all at
// once otherwise all pass the lock check before the first failure is counted (one-at-a-time.ts).
async function judgeSignIn(ctx: Context, password: string, username: string, userKey: string, ipKey: string): Promise<SignedIn> {
  const now = ctx.clock.now().getTime();
  const until = (await lockedUntil(ctx, userKey, now)) ?? (await lockedUntil(ctx, ipKey, now));
  if (until) throw locked(until);
  const user = await ctx.catalogue.accounts.getUserByUsername(username);
  // Verify even for an unknown user, so the answer's timing does not tell which usernames exist.
  const ok = await verifyPassword(password, user?.passwordHash ?? UNUSABLE_HASH);
  if (!user || !ok || user.disabled) {
    await countFailure(ctx, userKey, LOCKOUT.userFailures, now);
    await countFailure(ctx, ipKey, LOCKOUT.ipFailures, now);
    const nowLocked = (await lockedUntil(ctx, userKey, now)) ?? (await lockedUntil(ctx, ipKey, now));
    throw nowLocked ? locked(nowLocked) : loginFailed();
  }
  await ctx.catalogue.accounts.clearAttempts(userKey);
  return openSession(ctx, user);
}

/** First run: create the administrator and sign them in. */
export async function setupAndSignIn(ctx: Context, input: { username: string; displayName: string; password: string }): Promise<SignedIn> {
  const view = await setupAdministrator(ctx, input);
  const user = await ctx.catalogue.accounts.getUser(view.id);
  if (!user) throw new Error('setup: the administrator just created is missing');
  return openSession(ctx, user);
}

/** The session behind a cookie's id, or undefined when unknown, expired or its user disabled. */
export async function resolveSession(ctx: Context, sessionId: string): Promise<ResolvedSession | undefined> {
  const idHash = secretHash(sessionId);
  const session = await ctx.catalogue.accounts.getSession(idHash);
  if (!session) return undefined;
  const now = ctx.clock.now().getTime();
  const { sessionIdleMinutes, sessionMaxHours } = ctx.config.server;
  const idle = now - Date.parse(session.lastSeenAt) > minutes(sessionIdleMinutes);
  const tooOld = now - Date.parse(session.createdAt) > minutes(sessionMaxHours * 60);
  const user = await ctx.catalogue.accounts.getUser(session.userId);
  if (idle || tooOld || !user || user.disabled) {
    await ctx.catalogue.accounts.deleteSession(idHash);
    return undefined;
  }
  // One write a minute at most: enough for the idle expiry, no write per request.
  if (now - Date.parse(session.lastSeenAt) > 60_000) await ctx.catalogue.accounts.touchSession(idHash, isoVietnam(new Date(now)));
  return { session, user, principal: await principalOf(ctx.catalogue, user) };
}

export async function signOut(ctx: Context, sessionId: string): Promise<void> {
  await ctx.catalogue.accounts.deleteSession(secretHash(sessionId));
}

/** Change one's own password; every session ends, and a fresh one is opened for this client. */
export async function changeOwnPassword(ctx: Context, principal: Principal, current: string, next: string): Promise<SignedIn> {
  refuseTokenCaller(principal);
  const user = await changePassword(ctx, principal.userId, current, next);
  return openSession(ctx, user);
}
