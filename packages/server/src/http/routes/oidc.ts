import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../ports/context.js';
import { DuphongError } from '../../errors.js';
import { openidClientProvider } from '../../adapters/oidc-client.js';
import {
  finishOidcSignIn,
  oidcStatus,
  PENDING_MINUTES,
  PendingOidcSignIns,
  startOidcSignIn,
  type OidcSignIn,
} from '../../usecases/oidc-sign-in.js';
import { cookieValue, SESSION_COOKIE } from '../auth.js';
import { errorSchema, requestLang, statusOf } from '../errors.js';

/*
 * Sign-in through the agency's OpenID Connect provider (decision 0015, docs/oidc.md). All three
 * routes are public: the browser is not signed in yet. The pending sign-in's id travels in its
 * own cookie, SameSite=Lax because the provider sends the browser back by a cross-site
 * navigation (a Strict cookie would not come with it); HttpOnly, limited to /api/oidc, 10 minutes.
 * The session cookie is set exactly as password sign-in sets it (routes/session.ts).
 */
const TAG = 'tài khoản';
export const OIDC_PENDING_COOKIE = 'duphong_oidc';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A refused callback, for a person in a browser: the message and a way back, no script. */
function refusalPage(lang: 'vi' | 'en', code: string, message: string): string {
  const back = lang === 'en' ? 'Back to sign-in' : 'Quay lại trang đăng nhập';
  const title = lang === 'en' ? 'Sign-in refused' : 'Không đăng nhập được';
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${title} — DuPhong</title></head><body><main><h1>${title}</h1><p>${escapeHtml(message)}</p><p><small>${code}</small></p><p><a href="/">${back}</a></p></main></body></html>`;
}

export const oidcRoutes =
  (ctx: Context, provider = ctx.config.auth.oidc && openidClientProvider(ctx.config.auth.oidc)): FastifyPluginAsyncZod =>
  async (app) => {
    const config = ctx.config.auth.oidc;
    const oidc: OidcSignIn | undefined = config && provider && { config, provider, pending: new PendingOidcSignIns() };
    const secure = (req: FastifyRequest) => (req.protocol === 'https' ? '; Secure' : '');
    const pendingCookie = (req: FastifyRequest, value: string, age: number) =>
      `${OIDC_PENDING_COOKIE}=${value}; Path=/api/oidc; HttpOnly; SameSite=Lax; Max-Age=${age}${secure(req)}`;

    app.get(
      '/api/oidc/status',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Có đăng nhập qua nhà cung cấp định danh của cơ quan (OpenID Connect) không, và chữ trên nút',
          response: { 200: z.object({ enabled: z.boolean(), label: z.string().nullable(), labelEn: z.string().nullable() }) },
        },
      },
      () => oidcStatus(config),
    );

    app.get(
      '/api/oidc/start',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Bắt đầu đăng nhập qua nhà cung cấp định danh: chuyển hướng (302) trình duyệt sang trang đăng nhập của cơ quan',
          response: { 404: errorSchema, 503: errorSchema },
        },
      },
      async (req, reply) => {
        const { pendingId, url } = await startOidcSignIn(ctx, oidc);
        reply.header('set-cookie', pendingCookie(req, pendingId, PENDING_MINUTES * 60));
        reply.header('cache-control', 'no-store');
        return reply.redirect(url, 302);
      },
    );

    app.get(
      '/api/oidc/callback',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Nhà cung cấp định danh trả trình duyệt về đây; đăng nhập thành công thì chuyển về trang chủ (302)',
          description:
            'Chỉ người dùng đã có trong DuPhong (trùng tên đăng nhập) mới vào được; vai trò và đơn vị do DuPhong cấp. ' +
            'Lỗi: 401 DP-OIDC-FAILED (lượt đăng nhập không hợp lệ, đã dùng, state giả, mã dùng lại), 403 DP-OIDC-UNKNOWN-USER, 403 DP-OIDC-NO-USERNAME; trình duyệt (Accept: text/html) nhận một trang báo lỗi.',
          response: { 401: errorSchema, 403: errorSchema, 404: errorSchema },
        },
      },
      async (req, reply: FastifyReply) => {
        // Whatever happens, this pending sign-in is over.
        reply.header('set-cookie', pendingCookie(req, '', 0));
        reply.header('cache-control', 'no-store');
        const pendingId = cookieValue(req.headers.cookie, OIDC_PENDING_COOKIE);
        try {
          const s = await finishOidcSignIn(ctx, oidc, pendingId, new URL(req.url, 'http://callback').searchParams);
          const maxAge = ctx.config.server.sessionMaxHours * 3600;
          // A second Set-Cookie (Fastify appends): the session, exactly as password sign-in sets it.
          reply.header(
            'set-cookie',
            `${SESSION_COOKIE}=${s.sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure(req)}`,
          );
          return reply.redirect('/', 302);
        } catch (error) {
          if (!(error instanceof DuphongError) || !/text\/html/.test(req.headers.accept ?? '')) throw error;
          const lang = requestLang(req);
          return reply
            .code(statusOf(error.kind, error.refusal))
            .type('text/html; charset=utf-8')
            .send(refusalPage(lang, error.code, lang === 'en' ? error.en : error.vi));
        }
      },
    );
  };
