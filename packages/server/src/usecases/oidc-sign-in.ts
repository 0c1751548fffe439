import type { UserAccount } from '@duphong/core';
import { accessError, notFoundError, unavailableError } from '../errors.js';
import type { Context } from '../ports/context.js';
import type { OidcChecks, OidcProvider } from '../ports/oidc.js';
import { OIDC_SECRET_ENV, type OidcConfig } from '../config/oidc-config.js';
import { normaliseUsername } from './accounts.js';
import { randomSecret } from './passwords.js';
import { openSession, type SignedIn } from './sessions.js';

/*
 * Sign-in through the agency's OpenID Connect provider (decision 0015). The provider only says
 * who the person is; whether they may sign in, their roles and their units are DuPhong's: the
 * named user must already exist here and be enabled — nobody is created from a provider's word.
 * The catalogue's accounts keep no provider subject, so users are matched by username: the
 * configured claim (`preferred_username` by default) must equal a DuPhong username.
 *
 * A pending sign-in (state, nonce, PKCE verifier) stays in this process's memory under a random
 * id that the browser carries in a short-lived cookie: used once, gone after 10 minutes by the
 * injected clock, at most MAX_PENDING at a time (the start route is public).
 */
export const PENDING_MINUTES = 10;
const MAX_PENDING = 1000;

interface Pending {
  checks: OidcChecks;
  startedAt: number;
}

/** Sign-ins begun and not yet finished; one per server process. */
export class PendingOidcSignIns {
  private readonly pending = new Map<string, Pending>();

  add(checks: OidcChecks, now: number): string {
    this.prune(now);
    // The oldest goes first when someone starts sign-ins in bulk (Map keeps insertion order).
    while (this.pending.size >= MAX_PENDING) this.pending.delete(this.pending.keys().next().value as string);
    const id = randomSecret();
    this.pending.set(id, { checks, startedAt: now });
    return id;
  }

  /** The checks of a pending sign-in, removed: a callback is accepted once. */
  take(id: string, now: number): OidcChecks | undefined {
    const p = this.pending.get(id);
    this.pending.delete(id);
    return p && now - p.startedAt <= PENDING_MINUTES * 60_000 ? p.checks : undefined;
  }

  private prune(now: number): void {
    for (const [id, p] of this.pending) if (now - p.startedAt > PENDING_MINUTES * 60_000) this.pending.delete(id);
  }
}

export interface OidcSignIn {
  config: OidcConfig;
  provider: OidcProvider;
  pending: PendingOidcSignIns;
}

const disabled = () =>
  notFoundError(
    'DP-OIDC-DISABLED',
    'Máy chủ này không bật đăng nhập qua nhà cung cấp định danh (OpenID Connect); hãy đăng nhập bằng mật khẩu.',
    'This server does not offer sign-in through an identity provider (OpenID Connect); sign in with your password.',
  );

/** Whether sign-in through the provider is offered, and the button's words. */
export function oidcStatus(config: OidcConfig | undefined): { enabled: boolean; label: string | null; labelEn: string | null } {
  return config ? { enabled: true, label: config.label, labelEn: config.labelEn } : { enabled: false, label: null, labelEn: null };
}

/** Begin: where to send the browser, and the id of the pending sign-in for its cookie. */
export async function startOidcSignIn(ctx: Context, oidc: OidcSignIn | undefined): Promise<{ pendingId: string; url: string }> {
  if (!oidc) throw disabled();
  if (!oidc.config.publicClient && !oidc.config.clientSecret)
    throw unavailableError(
      'DP-OIDC-MISCONFIGURED',
      `Đăng nhập qua nhà cung cấp định danh chưa dùng được: máy chủ thiếu bí mật của ứng dụng (biến môi trường ${OIDC_SECRET_ENV}). Hãy báo quản trị hệ thống.`,
      `Sign-in through the identity provider is not usable: the server lacks the client secret (environment variable ${OIDC_SECRET_ENV}). Tell the system administrator.`,
    );
  let request;
  try {
    request = await oidc.provider.begin();
  } catch (error) {
    ctx.log.warn('oidc: discovery failed', { issuer: oidc.config.issuer, error: (error as Error).message });
    throw unavailableError(
      'DP-OIDC-UNAVAILABLE',
      'Không liên lạc được với nhà cung cấp định danh của cơ quan; hãy thử lại sau hoặc đăng nhập bằng mật khẩu.',
      "The agency's identity provider cannot be reached; try again later or sign in with your password.",
    );
  }
  return { pendingId: oidc.pending.add(request.checks, ctx.clock.now().getTime()), url: request.url };
}

const failed = (vi: string, en: string) => accessError('unauthenticated', 'DP-OIDC-FAILED', vi, en);

/** Finish: check the provider's answer, find the DuPhong user, open a session as password sign-in does. */
export async function finishOidcSignIn(
  ctx: Context,
  oidc: OidcSignIn | undefined,
  pendingId: string | undefined,
  query: URLSearchParams,
): Promise<SignedIn> {
  if (!oidc) throw disabled();
  const checks = pendingId ? oidc.pending.take(pendingId, ctx.clock.now().getTime()) : undefined;
  if (!checks)
    throw failed(
      'Lượt đăng nhập qua nhà cung cấp định danh không hợp lệ, đã dùng hoặc đã quá 10 phút. Hãy bấm đăng nhập lại từ đầu.',
      'This identity-provider sign-in is invalid, already used or older than 10 minutes. Start signing in again.',
    );
  if (query.has('error'))
    throw failed(
      `Nhà cung cấp định danh không cho đăng nhập (${query.get('error')!.slice(0, 60)}).`,
      `The identity provider refused the sign-in (${query.get('error')!.slice(0, 60)}).`,
    );
  let identity;
  try {
    identity = await oidc.provider.finish(query, checks);
  } catch (error) {
    // Forged state, replayed or foreign code, bad signature, wrong nonce: the person learns only
    // that it failed; the log keeps why.
    ctx.log.warn('oidc: callback refused', { error: (error as Error).message });
    throw failed(
      'Không xác nhận được kết quả đăng nhập từ nhà cung cấp định danh. Hãy đăng nhập lại từ đầu.',
      "The identity provider's sign-in answer could not be verified. Start signing in again.",
    );
  }
  const user = await userNamedBy(ctx, oidc.config, identity.claims);
  return openSession(ctx, user);
}

/** The enabled DuPhong user the configured claim names; never created here. */
async function userNamedBy(ctx: Context, config: OidcConfig, claims: Readonly<Record<string, unknown>>): Promise<UserAccount> {
  const value = claims[config.usernameClaim];
  // An e-mail address names a person only when the provider has verified it.
  const unverifiedEmail = config.usernameClaim === 'email' && claims.email_verified !== true;
  if (typeof value !== 'string' || value === '' || unverifiedEmail)
    throw accessError(
      'forbidden',
      'DP-OIDC-NO-USERNAME',
      `Nhà cung cấp định danh không gửi tên đăng nhập (thông tin "${config.usernameClaim}"${unverifiedEmail ? ' đã xác minh' : ''}); không thể đối chiếu với tài khoản DuPhong. Hãy báo quản trị hệ thống.`,
      `The identity provider sent no username (claim "${config.usernameClaim}"${unverifiedEmail ? ', verified' : ''}); it cannot be matched to a DuPhong account. Tell the system administrator.`,
    );
  let user: UserAccount | undefined;
  try {
    user = await ctx.catalogue.accounts.getUserByUsername(normaliseUsername(value));
  } catch {
    user = undefined; // not a valid DuPhong username, so no such user
  }
  if (!user || user.disabled) {
    const shown = value.slice(0, 64);
    throw accessError(
      'forbidden',
      'DP-OIDC-UNKNOWN-USER',
      `Tài khoản "${shown}" đã được cơ quan xác thực nhưng chưa có (hoặc đã bị khóa) trong DuPhong. Hãy nhờ quản trị hệ thống tạo tài khoản DuPhong cùng tên đăng nhập "${shown}"; vai trò và đơn vị do DuPhong cấp.`,
      `The account "${shown}" was authenticated by the agency but does not exist (or is disabled) in DuPhong. Ask the system administrator to create a DuPhong account with the username "${shown}"; roles and units are granted in DuPhong.`,
    );
  }
  return user;
}
