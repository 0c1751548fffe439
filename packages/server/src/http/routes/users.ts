import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { addUser, listUsers, resetPassword, updateUser } from '../../usecases/accounts.js';
import { listUserTokens, revokeUserToken } from '../../usecases/api-tokens.js';
import { errorSchema } from '../errors.js';
import { passwordSchema, roleSchema, tokenSchema, unitsSchema, userSchema, usernameSchema } from '../account-schemas.js';

/** Users, their roles and units (users.manage); the rules live in usecases/accounts.ts. */
const TAG = 'tài khoản';

export const userRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/users',
      {
        config: { action: 'users.manage' },
        schema: { tags: [TAG], summary: 'Danh sách người dùng', response: { 200: z.array(userSchema) } },
      },
      () => listUsers(ctx),
    );
    app.post(
      '/api/users',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: [TAG],
          summary: 'Tạo người dùng với vai trò và đơn vị',
          body: z.object({
            username: usernameSchema,
            displayName: z.string().max(200).default(''),
            password: passwordSchema,
            roles: z.array(roleSchema).min(1),
            units: unitsSchema,
          }),
          response: { 201: userSchema, 400: errorSchema, 409: errorSchema },
        },
      },
      async (req, reply) => reply.code(201).send(await addUser(ctx, req.body)),
    );
    app.put(
      '/api/users/:id',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: [TAG],
          summary: 'Sửa người dùng: tên hiển thị, vai trò, đơn vị, khóa tài khoản',
          params: z.object({ id: z.string() }),
          body: z.object({
            displayName: z.string().max(200).optional(),
            roles: z.array(roleSchema).min(1).optional(),
            units: unitsSchema.optional(),
            disabled: z.boolean().optional(),
          }),
          response: { 200: userSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (req) => updateUser(ctx, { id: req.params.id }, req.body, req.principal?.userId),
    );
    app.post(
      '/api/users/:id/password',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: [TAG],
          summary: 'Quản trị viên đặt lại mật khẩu (các phiên của người dùng kết thúc)',
          params: z.object({ id: z.string() }),
          body: z.object({ password: passwordSchema }),
          response: { 200: userSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      (req) => resetPassword(ctx, { id: req.params.id }, req.body.password),
    );
    app.get(
      '/api/users/:id/tokens',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: [TAG],
          summary: 'Mã truy cập API của một người dùng (quản trị viên xem)',
          params: z.object({ id: z.string() }),
          response: { 200: z.array(tokenSchema), 404: errorSchema },
        },
      },
      (req) => listUserTokens(ctx, req.params.id),
    );
    app.delete(
      '/api/users/:id/tokens/:tokenId',
      {
        config: { action: 'users.manage' },
        schema: {
          tags: [TAG],
          summary: 'Quản trị viên thu hồi mã truy cập của một người dùng',
          params: z.object({ id: z.string(), tokenId: z.string() }),
          response: { 204: z.null(), 404: errorSchema },
        },
      },
      async (req, reply) => {
        await revokeUserToken(ctx, req.params.id, req.params.tokenId);
        return reply.code(204).send(null);
      },
    );
  };
