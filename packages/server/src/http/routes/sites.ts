import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { listSitesWithUsage } from '../../usecases/sites.js';
import { siteSummarySchema } from '../schemas.js';

export const siteRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sites',
      {
        config: { action: 'sites.read' },
        schema: {
          tags: ['site'],
          summary: 'Danh sách site lưu trữ',
          description: 'Giống `duphong site list --json`: mỗi site kèm trạng thái trực tuyến, số đối tượng và dung lượng.',
          response: { 200: z.array(siteSummarySchema) },
        },
      },
      () => listSitesWithUsage(ctx),
    );
  };
