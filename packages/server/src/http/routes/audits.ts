import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { enqueue } from '../../jobs/runner.js';
import { errorSchema } from '../errors.js';
import { requestError } from '../../errors.js';
import { auditRunSchema, jobSchema } from '../schemas.js';

const startAuditBody = z
  .object({
    all: z.boolean().optional().describe('Kiểm tra mọi bản sao, không chỉ những bản đến hạn'),
    site: z.string().optional().describe('Chỉ kiểm tra bản sao trên site này'),
  })
  .strict()
  .nullish()
  .describe('Bỏ trống: kiểm tra những bản sao đến hạn');

export const auditRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audits',
      {
        schema: {
          tags: ['kiểm tra'],
          summary: 'Các lần kiểm tra toàn vẹn gần nhất',
          description: 'Mới nhất trước, kèm danh sách phát hiện (mã ổn định, site, đường dẫn).',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20).describe('Số lần kiểm tra (1–200)') }),
          response: { 200: z.object({ runs: z.array(auditRunSchema) }), 400: errorSchema },
        },
      },
      async (request) => ({ runs: await ctx.catalogue.listAuditRuns(request.query.limit) }),
    );

    app.post(
      '/api/audits',
      {
        schema: {
          tags: ['kiểm tra'],
          summary: 'Bắt đầu một lần kiểm tra toàn vẹn',
          description:
            'Đưa tác vụ `audit` vào hàng đợi; tác vụ nền chạy nó và tự sửa bản sao hư hỏng từ các bản sao khớp nhau. Trả về 202 cùng tác vụ.',
          body: startAuditBody,
          response: { 202: z.object({ job: jobSchema }), 400: errorSchema },
        },
      },
      async (request, reply) => {
        const { all, site } = request.body ?? {};
        if (site !== undefined && !ctx.sites.has(site))
          throw requestError('DP-SITE-UNKNOWN', `Site "${site}" không tồn tại.`, `Unknown site "${site}".`);
        const payload = { all: all === true, ...(site !== undefined && { site }) };
        const job = await enqueue(ctx, 'audit', payload);
        return reply.code(202).send({ job });
      },
    );
  };
