import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { JOB_KINDS } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { JOB_STATUSES, jobSchema } from '../schemas.js';
import { listJobsFor } from '../../usecases/object-list.js';

export const jobRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/jobs',
      {
        config: { action: 'jobs.read' },
        schema: {
          tags: ['tác vụ'],
          summary: 'Tác vụ nền',
          description: 'Tác vụ trong hàng đợi bền vững (sao chép, kiểm tra …), mới nhất trước; lọc theo trạng thái.',
          querystring: z.object({
            status: z.enum(JOB_STATUSES).optional().describe('queued | running | done | failed'),
            kind: z.enum(JOB_KINDS).optional().describe(JOB_KINDS.join(' | ')),
            limit: z.coerce.number().int().min(1).max(1000).default(100).describe('Số tác vụ tối đa (1–1000)'),
          }),
          response: { 200: z.object({ jobs: z.array(jobSchema) }), 400: errorSchema },
        },
      },
      async (request) => {
        const { status, kind, limit } = request.query;
        const filter = { ...(status !== undefined && { status }), ...(kind !== undefined && { kind }) };
        return { jobs: await listJobsFor(ctx, request.principal, { ...filter, limit }) };
      },
    );
  };
