import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../ports/context.js';
import { changeOwnPassword, setupAndSignIn, signIn, signOut, type SignedIn } from '../../usecases/sessions.js';
import { SESSION_COOKIE } from '../auth.js';
import { errorSchema } from '../errors.js';
import { bearerTokenInfo } from '../../usecases/bearer-token.js';
import { actionSchema, passwordSchema, sessionStateSchema, usernameSchema } from '../account-schemas.js';

const bearerTokenSchema = z
  .object({ id: z.string(), name: z.string(), actions: z.array(actionSchema), expiresAt: z.string() })
  .describe('Mã truy cập API của yêu cầu này (chỉ khi gọi bằng Authorization: Bearer)');

/*
 * Sign-in, sign-out, first-run setup and one's own password (decision 0014). The session id goes
 * only into an HttpOnly, SameSite=Strict cookie (Secure when the request came over TLS, directly
 * or through a trusted proxy); the CSRF token is handed to the page in the JSON.
 */
const TAG = 'tài khoản';

export const sessionRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    const maxAge = ctx.config.server.sessionMaxHours * 3600;
    const setCookie = (req: FastifyRequest, reply: FastifyReply, value: string, age: number) => {
      const secure = req.protocol === 'https' ? '; Secure' : '';
      reply.header('set-cookie', `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${age}${secure}`);
    };
    const signedIn = (req: FastifyRequest, reply: FastifyReply, s: SignedIn) => {
      setCookie(req, reply, s.sessionId, maxAge);
      const { id, username, displayName, roles, units } = s.user;
      return { setupRequired: false, user: { id, username, displayName, roles, units }, csrfToken: s.session.csrfToken };
    };
    const state = async (req: FastifyRequest) => {
      const setupRequired = (await ctx.catalogue.accounts.countUsers()) === 0;
      // A cookie's session, or the owner of an API token the gate accepted (`duphong whoami`).
      const userId = req.session?.userId ?? req.principal?.userId;
      const user = userId !== undefined ? await ctx.catalogue.accounts.getUser(userId) : undefined;
      if (!user) return { setupRequired, user: null, csrfToken: null };
      const { id, username, displayName, roles, units } = user;
      const token = req.session ? undefined : await bearerTokenInfo(ctx, req.headers.authorization);
      return {
        setupRequired,
        user: { id, username, displayName, roles, units },
        csrfToken: req.session?.csrfToken ?? null,
        ...(token && { token }),
      };
    };

    app.get(
      '/api/session',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Phiên đăng nhập hiện tại (và có cần tạo quản trị viên đầu tiên không)',
          description: 'Với `Authorization: Bearer`: chủ của mã truy cập, và `token` (tên, quyền, ngày hết hạn; không bao giờ là mã).',
          response: { 200: sessionStateSchema.extend({ token: bearerTokenSchema.optional() }) },
        },
      },
      (req) => state(req),
    );
    app.post(
      '/api/setup',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Lần chạy đầu: tạo tài khoản quản trị hệ thống và đăng nhập',
          description: 'Chỉ khi chưa có người dùng nào; sau đó trả 409.',
          body: z.object({ username: usernameSchema, displayName: z.string().max(200).default(''), password: passwordSchema }),
          response: { 200: sessionStateSchema, 400: errorSchema, 409: errorSchema },
        },
      },
      async (req, reply) => signedIn(req, reply, await setupAndSignIn(ctx, req.body)),
    );
    app.post(
      '/api/session',
      {
        config: { action: 'public' },
        schema: {
          tags: [TAG],
          summary: 'Đăng nhập',
          description: 'Sai 5 lần liên tiếp: tạm khóa 15 phút (429).',
          body: z.object({ username: usernameSchema, password: passwordSchema }),
          response: { 200: sessionStateSchema, 401: errorSchema, 429: errorSchema },
        },
      },
      async (req, reply) => signedIn(req, reply, await signIn(ctx, { ...req.body, ip: req.ip })),
    );
    app.delete(
      '/api/session',
      {
        config: { action: 'session' },
        schema: { tags: [TAG], summary: 'Đăng xuất', response: { 204: z.null() } },
      },
      async (req, reply) => {
        if (req.sessionId) await signOut(ctx, req.sessionId);
        setCookie(req, reply, '', 0);
        return reply.code(204).send(null);
      },
    );
    app.post(
      '/api/session/password',
      {
        config: { action: 'session' },
        schema: {
          tags: [TAG],
          summary: 'Đổi mật khẩu của chính mình (mọi phiên khác kết thúc)',
          body: z.object({ current: passwordSchema, next: passwordSchema }),
          response: { 200: sessionStateSchema, 400: errorSchema },
        },
      },
      async (req, reply) => signedIn(req, reply, await changeOwnPassword(ctx, req.principal!, req.body.current, req.body.next)),
    );
  };
