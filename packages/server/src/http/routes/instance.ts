import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';

const keySchema = z.object({
  keyId: z.string(),
  publicKey: z.string().describe('Khoá công khai Ed25519, 32 byte base64'),
  createdAt: z.string(),
  retiredAt: z.string().optional(),
});

const instanceSchema = z.object({
  instanceId: z.string(),
  name: z.string(),
  unit: z.string().optional(),
  current: keySchema,
  keys: z.array(keySchema),
  rotations: z.array(z.unknown()).describe('Các lần đổi khoá, mỗi lần ký bằng khoá cũ'),
});

/**
 * Who this instance is and its public keys (decision 0025). Public on purpose: an operator copies
 * the key into a peer's configuration; peers never trust it from here on first contact.
 */
export const instanceRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/instance',
      {
        config: { action: 'public' },
        schema: {
          tags: ['liên thông'],
          summary: 'Định danh hệ thống và khoá công khai',
          description: 'Mã hệ thống, đơn vị, khoá ký Ed25519 hiện hành và lịch sử đổi khoá.',
          response: { 200: instanceSchema },
        },
      },
      async () => ({
        instanceId: ctx.identity.instanceId,
        name: ctx.config.national.instanceName,
        ...(ctx.config.national.unit !== undefined && { unit: ctx.config.national.unit }),
        current: ctx.identity.current(),
        keys: ctx.identity.keys(),
        rotations: ctx.identity.rotations(),
      }),
    );
  };
