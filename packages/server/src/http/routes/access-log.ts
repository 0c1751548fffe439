import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { listAccessLog, type AccessLogQuery } from '../../usecases/access-log.js';
import { exportAccessLog } from '../../usecases/access-log-export.js';
import { accessEntrySchema } from '../account-schemas.js';
import { requestLang } from '../errors.js';

/** The access log (accesslog.read), scoped to the reader's units in the use case. */
const TAG = 'tài khoản';

const filter = z.object({
  user: z.string().optional(),
  record: z.string().optional(),
  action: z.string().optional(),
  outcome: z.enum(['allowed', 'denied']).optional().describe('Kết quả: allowed (được phép) · denied (bị từ chối)'),
  from: z.string().optional().describe('Từ ngày (YYYY-MM-DD, tính cả ngày đó)'),
  to: z.string().optional().describe('Đến ngày (YYYY-MM-DD, tính cả ngày đó)'),
});

const queryOf = (q: z.infer<typeof filter>): AccessLogQuery => Object.fromEntries(Object.entries(q).filter(([, v]) => v !== undefined));

export const accessLogRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/access-log',
      {
        config: { action: 'accesslog.read' },
        schema: {
          tags: [TAG],
          summary: 'Nhật ký truy cập hồ sơ (mới nhất trước)',
          querystring: filter.extend({
            limit: z.coerce.number().int().min(1).max(1000).default(100),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.object({ total: z.number().int(), entries: z.array(accessEntrySchema) }) },
        },
      },
      (req) => {
        const { limit, offset, ...rest } = req.query;
        return listAccessLog(ctx, req.principal!, { ...queryOf(rest), limit, offset });
      },
    );
    app.get(
      '/api/access-log/export',
      {
        config: { action: 'accesslog.read' },
        schema: { tags: [TAG], summary: 'Xuất nhật ký truy cập (XLSX)', querystring: filter },
      },
      async (req, reply) => {
        const out = new PassThrough();
        const done = exportAccessLog(ctx, req.principal!, queryOf(req.query), out, requestLang(req));
        done.catch((error: unknown) => out.destroy(error as Error));
        return reply
          .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
          .header('content-disposition', 'attachment; filename="nhat-ky-truy-cap.xlsx"')
          .send(out);
      },
    );
  };
