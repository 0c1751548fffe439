import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { enqueue } from '../../jobs/runner.js';
import { auditStatus } from '../../usecases/audit-schedule.js';
import { listAuditRunsFor } from '../../usecases/object-list.js';
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

const coverageSchema = z
  .object({
    periodMonths: z.number().int().describe('Chu kỳ kiểm tra (tháng; TT05: không quá 36)'),
    copies: z.number().int().describe('Tổng số bản sao'),
    withinPeriod: z.number().int().describe('Số bản sao đã kiểm tra trong chu kỳ'),
    share: z.number().min(0).max(1).describe('Tỷ lệ bản sao đã kiểm tra trong chu kỳ (0–1)'),
    overdue: z.number().int().describe('Số bản sao đến hạn hoặc quá hạn kiểm tra'),
    neverVerified: z.number().int().describe('Số bản sao chưa từng được kiểm tra'),
    oldestVerification: z.string().nullable().describe('Lần kiểm tra cũ nhất của một bản sao (giờ Việt Nam)'),
    nextDue: z.string().nullable().describe('Khi nào bản sao tiếp theo đến hạn (bây giờ nếu đã có bản sao đến hạn)'),
    dailyBytes: z.number().int().describe('Số byte kiểm tra nền được đọc mỗi ngày'),
    window: z.string().describe('Khung giờ kiểm tra nền, giờ Việt Nam ("HH:MM-HH:MM")'),
    scheduled: z.boolean().describe('Máy chủ có tự kiểm tra nền không'),
  })
  .describe('Độ bao phủ của việc kiểm tra toàn vẹn');

export const auditRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/audits',
      {
        config: { action: 'audits.read' },
        schema: {
          tags: ['kiểm tra'],
          summary: 'Các lần kiểm tra toàn vẹn gần nhất',
          description: 'Mới nhất trước, kèm danh sách phát hiện (mã ổn định, site, đường dẫn).',
          querystring: z.object({ limit: z.coerce.number().int().min(1).max(200).default(20).describe('Số lần kiểm tra (1–200)') }),
          response: { 200: z.object({ runs: z.array(auditRunSchema) }), 400: errorSchema },
        },
      },
      async (request) => ({ runs: await listAuditRunsFor(ctx, request.principal, request.query.limit) }),
    );

    app.get(
      '/api/audits/coverage',
      {
        config: { action: 'audits.read' },
        schema: {
          tags: ['kiểm tra'],
          summary: 'Độ bao phủ của việc kiểm tra toàn vẹn',
          description:
            'Tỷ lệ bản sao được kiểm tra trong chu kỳ, lần kiểm tra cũ nhất, khi nào bản sao tiếp theo đến hạn, và cấu hình kiểm tra nền (giống `duphong audit --status --json`).',
          response: { 200: coverageSchema },
        },
      },
      () => auditStatus(ctx),
    );

    app.post(
      '/api/audits',
      {
        config: { action: 'audits.run' },
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
