import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { decide, type SessionRecord } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { resolveToken } from '../usecases/api-tokens.js';
import { resolveSession, sessionExpired } from '../usecases/sessions.js';
import { requestLang } from './errors.js';
import './route-access.js';

/*
 * THE ACCESS GATE (decision 0014). Every request — API, OpenAPI document and web UI — passes this
 * one `onRequest` hook, before its body is read or validated, so a refused client can make the
 * server parse nothing nor learn from validation errors:
 * 1. the `Host` header must be one of `server.allowedHosts` (DNS rebinding; docs/security.md);
 * 2. the principal is resolved from `Authorization: Bearer dp_…` or the `duphong_session` cookie;
 * 3. the core policy decides the route's declared action (`config.action`): 401 when not signed
 *    in, 403 when the roles (or the token's actions) do not grant it. A route that declares no
 *    action is refused — fail closed — and the authorisation-matrix test makes sure none exists;
 * 4. a non-GET request authenticated by the cookie must carry the session's CSRF token.
 * Scope (units) and access levels of the records themselves are decided in the use cases.
 */

export const SESSION_COOKIE = 'duphong_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    /** The session behind the cookie, when the request was authenticated by one. */
    session?: SessionRecord;
    /** The raw cookie value (to sign out). */
    sessionId?: string;
    /** A session cookie came that no longer opens a session (expired, signed out). */
    staleSession?: boolean;
  }
}

/** The name part of a Host header or a configured name, lower-case, without port: `[::1]:8080` → `[::1]`. */
export function hostName(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1 || undefined);
  // A bare IPv6 address in the configuration (`::1`) is written as the header writes it.
  if ((v.match(/:/g) ?? []).length > 1) return `[${v}]`;
  return v.replace(/:\d*$/, '').replace(/\.$/, '');
}

/** One cookie's value from a Cookie header. */
export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return undefined;
}

type Refusal = { status: number; code: string; vi: string; en: string };

function refuse(request: FastifyRequest, reply: FastifyReply, r: Refusal): FastifyReply {
  return reply.code(r.status).send({ error: { code: r.code, message: requestLang(request) === 'en' ? r.en : r.vi } });
}

const AUTH_REQUIRED: Refusal = {
  status: 401,
  code: 'DP-AUTH-REQUIRED',
  vi: 'Cần đăng nhập để dùng chức năng này (hoặc phiên đăng nhập đã hết hạn).',
  en: 'Sign in to use this (or your session has expired).',
};
const FORBIDDEN: Refusal = {
  status: 403,
  code: 'DP-FORBIDDEN',
  vi: 'Tài khoản của bạn không có quyền thực hiện thao tác này.',
  en: 'Your account is not allowed to do this.',
};
const CSRF: Refusal = {
  status: 403,
  code: 'DP-CSRF',
  vi: 'Yêu cầu bị từ chối: thiếu hoặc sai mã chống giả mạo (X-CSRF-Token). Hãy tải lại trang.',
  en: 'Request refused: missing or wrong anti-forgery token (X-CSRF-Token). Reload the page.',
};

const sameSecret = (a: string, b: string): boolean => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Who is asking: a bearer token's principal, else the session cookie's, else nobody. */
async function authenticate(ctx: Context, request: FastifyRequest): Promise<void> {
  const auth = request.headers.authorization;
  if (typeof auth === 'string' && /^Bearer\s+/i.test(auth)) {
    const principal = await resolveToken(ctx, auth.replace(/^Bearer\s+/i, '').trim());
    if (principal) request.principal = principal;
    return;
  }
  const sessionId = cookieValue(request.headers.cookie, SESSION_COOKIE);
  if (!sessionId) return;
  const resolved = await resolveSession(ctx, sessionId);
  if (!resolved) {
    request.staleSession = true;
    return;
  }
  request.principal = resolved.principal;
  request.session = resolved.session;
  request.sessionId = sessionId;
}

export function gate(ctx: Context, allowedHosts: readonly string[]) {
  const allowed = new Set(allowedHosts.map(hostName));
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const header = request.headers.host;
    if (typeof header !== 'string' || !allowed.has(hostName(header))) {
      const shown = typeof header === 'string' ? header.slice(0, 100) : '';
      return refuse(request, reply, {
        status: 421,
        code: 'DP-HOST-REFUSED',
        vi: `Truy cập bị từ chối: máy chủ DuPhong không phục vụ tên "${shown}". Chỉ nhận các tên trong server.allowedHosts của cấu hình (mặc định localhost, 127.0.0.1, [::1]).`,
        en: `Access refused: this DuPhong server does not serve the name "${shown}". Only the names in the configuration's server.allowedHosts are accepted (default localhost, 127.0.0.1, [::1]).`,
      });
    }
    await authenticate(ctx, request);
    // No route matched: the not-found handler answers (the UI's index.html or a JSON 404).
    if (request.routeOptions.url === undefined) return undefined;
    const action = request.routeOptions.config.action;
    if (action === undefined) return refuse(request, reply, FORBIDDEN);
    const decision = decide(request.principal, action);
    if (!decision.allow && decision.code === 'DP-AUTH-REQUIRED' && request.staleSession) {
      const e = sessionExpired();
      return refuse(request, reply, { status: 401, code: e.code, vi: e.vi, en: e.en });
    }
    if (!decision.allow) return refuse(request, reply, decision.code === 'DP-AUTH-REQUIRED' ? AUTH_REQUIRED : FORBIDDEN);
    if (action !== 'public' && request.session && !SAFE_METHODS.has(request.method)) {
      const token = request.headers[CSRF_HEADER];
      if (typeof token !== 'string' || !sameSecret(token, request.session.csrfToken)) return refuse(request, reply, CSRF);
    }
    return undefined;
  };
}
