import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { incidentSchema } from '../schemas.js';

export const incidentRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/incidents',
      {
        config: { action: 'incidents.read' },
        schema: {
          tags: ['sự cố'],
          summary: 'Sự cố toàn vẹn',
          description:
            'Những hư hỏng không tự sửa được, chờ người quyết định. `open=true`: chỉ sự cố chưa xử lý; `open=false`: đã xử lý; bỏ trống: tất cả.',
          querystring: z.object({ open: z.enum(['true', 'false']).optional().describe('true | false') }),
          response: { 200: z.object({ incidents: z.array(incidentSchema) }), 400: errorSchema },
        },
      },
      async (request) => {
        const { open } = request.query;
        const incidents = await ctx.catalogue.listIncidents(open === undefined ? {} : { open: open === 'true' });
        return { incidents };
      },
    );
  };
