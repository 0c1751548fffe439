import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { INCIDENT_STATES } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { acknowledgeIncident, listIncidentViews, resolveIncident } from '../../usecases/incidents.js';
import { incidentNoteSchema, incidentViewSchema } from './incident-schemas.js';

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
            'Những hư hỏng không tự sửa được, chờ người quyết định, nặng nhất trước; mỗi vấn đề một sự cố dù nhiều lần kiểm tra cùng thấy. ' +
            '`state`: open (chưa ai tiếp nhận) | acknowledged (đã tiếp nhận) | resolved (đã xử lý); `open=true|false`: chưa xử lý / đã xử lý.',
          querystring: z.object({
            state: z.enum(INCIDENT_STATES).optional(),
            open: z.enum(['true', 'false']).optional().describe('true | false'),
          }),
          response: { 200: z.object({ incidents: z.array(incidentViewSchema) }), 400: errorSchema },
        },
      },
      async (request) => {
        const { open, state } = request.query;
        const filter = { ...(state !== undefined && { state }), ...(open !== undefined && { open: open === 'true' }) };
        return { incidents: await listIncidentViews(ctx, request.principal, filter) };
      },
    );

    const params = z.object({ id: z.string().min(1) });
    app.post(
      '/api/incidents/:id/acknowledge',
      {
        config: { action: 'incidents.manage' },
        schema: {
          tags: ['sự cố'],
          summary: 'Tiếp nhận sự cố',
          description: 'Ghi nhận người đang xử lý sự cố (ai, khi nào, ghi chú).',
          params,
          body: incidentNoteSchema,
          response: { 200: incidentViewSchema, 404: errorSchema, 409: errorSchema, 400: errorSchema },
        },
      },
      async (request) => acknowledgeIncident(ctx, request.principal, request.params.id, request.body.note),
    );
    app.post(
      '/api/incidents/:id/resolve',
      {
        config: { action: 'incidents.manage' },
        schema: {
          tags: ['sự cố'],
          summary: 'Đóng sự cố',
          description: 'Đánh dấu sự cố đã xử lý, kèm ghi chú bắt buộc về cách xử lý.',
          params,
          body: incidentNoteSchema,
          response: { 200: incidentViewSchema, 404: errorSchema, 409: errorSchema, 400: errorSchema },
        },
      },
      async (request) => resolveIncident(ctx, request.principal, request.params.id, request.body.note),
    );
  };
