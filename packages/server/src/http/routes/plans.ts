import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { INSTRUMENT_KINDS, SELECTABLE_KINDS, TASK_STATUSES } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { getPlanView, listPlanViews, savePlan, setTaskStatus } from '../../usecases/plans.js';
import { planInputSchema, readPlanInput } from '../../usecases/plan-input.js';
import { principalOf } from '../principal.js';

const TAG = ['báo cáo'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const count = z.number().int();

const planSchema = z.object({
  id: z.string(),
  unitId: z.string(),
  kind: z.enum(INSTRUMENT_KINDS),
  numberSymbol: z.string(),
  date: z.string(),
  title: z.string(),
  implements: z.array(z.string()),
  phases: z.array(z.object({ name: z.string(), fromYear: count, toYear: count, milestone: z.string() })),
  tasks: z.array(
    z.object({
      content: z.string(),
      lead: z.string(),
      coordinating: z.array(z.string()),
      fromYear: count,
      toYear: count,
      status: z.enum(TASK_STATUSES),
    }),
  ),
  criteria: z.array(
    z.object({
      id: z.string(),
      label: z.string(),
      recordKinds: z.array(z.enum(SELECTABLE_KINDS)),
      permanentOnly: z.boolean(),
      words: z.array(z.string()),
      fields: z.array(z.string()),
      fondsCodes: z.array(z.string()),
    }),
  ),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string(),
  years: z.object({ from: count, to: count }),
  progress: z.object({ 'not-started': count, 'in-progress': count, done: count, cancelled: count, overdue: count }),
});

/** Plans a unit issues, with phases, tasks and selection criteria (usecases/plans.ts). */
export const planRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/plans',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Các kế hoạch của đơn vị mình (hoặc một đơn vị), với tiến độ nhiệm vụ',
          querystring: z.object({ unit: z.string().max(200).optional() }),
          response: { 200: z.object({ plans: z.array(planSchema) }), ...errors },
        },
      },
      async (request) => ({
        plans: await listPlanViews(ctx, principalOf(request), request.query.unit !== undefined ? { unitId: request.query.unit } : {}),
      }),
    );

    app.post(
      '/api/plans',
      {
        config: { action: 'reports.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi một kế hoạch (văn bản, giai đoạn, nhiệm vụ, tiêu chí lựa chọn thêm); cùng số và ngày thì thay thế',
          body: planInputSchema,
          response: { 200: planSchema, ...errors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const saved = await savePlan(ctx, principal, readPlanInput(request.body));
        return getPlanView(ctx, principal, saved.id);
      },
    );

    const idParams = z.object({ id: z.string().min(1).max(400) });
    app.get(
      '/api/plans/:id',
      {
        config: { action: 'reports.read' },
        schema: { tags: TAG, summary: 'Một kế hoạch', params: idParams, response: { 200: planSchema, ...errors } },
      },
      async (request) => getPlanView(ctx, principalOf(request), request.params.id),
    );

    app.put(
      '/api/plans/:id/tasks/:task',
      {
        config: { action: 'reports.write' },
        schema: {
          tags: TAG,
          summary: 'Cập nhật trạng thái một nhiệm vụ của kế hoạch (đánh số từ 1)',
          params: idParams.extend({ task: z.coerce.number().int().min(1).max(1000) }),
          body: z.object({ status: z.enum(TASK_STATUSES) }),
          response: { 200: planSchema, ...errors },
        },
      },
      async (request) => setTaskStatus(ctx, principalOf(request), request.params.id, request.params.task, request.body.status),
    );
  };
