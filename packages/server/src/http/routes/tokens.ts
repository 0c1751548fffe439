import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { createToken, listTokens, revokeToken } from '../../usecases/api-tokens.js';
import { errorSchema } from '../errors.js';
import { actionSchema, tokenSchema } from '../account-schemas.js';

/** One's own API tokens (any signed-in user); usecases/api-tokens.ts decides. */
const TAG = 'tài khoản';

export const tokenRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/tokens',
      { config: { action: 'session' }, schema: { tags: [TAG], summary: 'Mã truy cập API của tôi', response: { 200: z.array(tokenSchema) } } },
      (req) => listTokens(ctx, req.principal!),
    );
    app.post(
      '/api/tokens',
      {
        config: { action: 'session' },
        schema: {
          tags: [TAG],
          summary: 'Tạo mã truy cập API (chỉ hiện một lần)',
          body: z.object({ name: z.string().min(1).max(100), actions: z.array(actionSchema).min(1), expiresAt: z.string() }),
          response: { 201: z.object({ id: z.string(), token: z.string() }), 400: errorSchema, 403: errorSchema },
        },
      },
      async (req, reply) => reply.code(201).send(await createToken(ctx, req.principal!, req.body)),
    );
    app.delete(
      '/api/tokens/:id',
      {
        config: { action: 'session' },
        schema: { tags: [TAG], summary: 'Thu hồi mã truy cập', params: z.object({ id: z.string() }), response: { 204: z.null(), 404: errorSchema } },
      },
      async (req, reply) => {
        await revokeToken(ctx, req.principal!, req.params.id);
        return reply.code(204).send(null);
      },
    );
  };
