import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { readDashboard } from '../../usecases/dashboard.js';

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
const count = z.number().int();
const copyCounts = z.object({ ok: count, pending: count, damaged: count, missing: count });

export const dashboardSchema = z.object({
  health: z
    .enum(['ok', 'warning', 'critical'])
    .describe('Không bao giờ là ok khi còn sự cố, bản sao hỏng/mất, chính sách chưa đạt hoặc kiểm tra quá hạn'),
  reasons: z.array(z.object({ level: z.enum(['warning', 'critical']), vi: z.string(), en: z.string() })),
  generatedAt: isoTime,
  objects: count,
  copies: copyCounts,
  policy: z.object({
    copies: count,
    minRegions: count,
    minMedia: count,
    unmet: count.describe('Số hồ sơ chưa đạt chính sách nhân bản'),
    belowFloor: count.describe('Số hồ sơ có ít hơn 2 bản sao đã kiểm chứng'),
    examples: z.array(z.object({ fileCode: z.string(), verified: count, regions: count, media: count })),
  }),
  audit: z.object({
    periodMonths: count,
    copies: count,
    withinPeriod: count,
    share: z.number(),
    overdue: count,
    neverVerified: count,
    oldestVerification: isoTime.nullable(),
    nextDue: isoTime.nullable(),
    lastRun: z.object({ startedAt: isoTime, finishedAt: isoTime.nullable(), checked: count, unrepaired: count }).nullable(),
    nextAudit: isoTime.nullable().describe('Lần kiểm tra theo lịch tiếp theo (null khi không bật lịch hoặc chưa có bản sao)'),
    window: z.string(),
    scheduled: z.boolean(),
  }),
  incidents: z.object({ open: count, critical: count, high: count, medium: count }),
  sites: z.array(
    z.object({
      name: z.string(),
      region: z.string(),
      medium: z.string(),
      online: z.boolean(),
      lastVerifiedAt: isoTime.nullable(),
      objects: count,
      bytes: z.number(),
      freeBytes: z.number().nullable(),
      copies: copyCounts,
    }),
  ),
  selection: z.object({ listsByStatus: z.record(z.string(), count), recognisedFiles: count }),
  intake: z.object({ objects: count, jobsQueued: count, jobsRunning: count, jobsFailed: count }),
});

export const dashboardRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/dashboard',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: ['tổng quan'],
          summary: 'Bảng điều khiển',
          description:
            'Tình trạng chung (ok / warning / critical) kèm lý do; bản sao theo trạng thái, hồ sơ chưa đạt chính sách nhân bản, độ phủ kiểm tra toàn vẹn với lần chạy gần nhất và lần theo lịch kế tiếp, sự cố theo mức độ, tình trạng và dung lượng các site, tiến độ lựa chọn và tiếp nhận — trong phạm vi đơn vị của người dùng.',
          response: { 200: dashboardSchema, 400: errorSchema },
        },
      },
      async (request) => readDashboard(ctx, request.principal),
    );
  };
