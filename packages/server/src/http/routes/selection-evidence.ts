import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { RISK_SIGNS, SELECTABLE_KINDS } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { listRecognitions, recognize } from '../../usecases/recognition.js';
import { listUnitInspections, recordInspection } from '../../usecases/selection-inspections.js';
import { inspectionBody, inspectionSchema, recognitionBody, recognitionSchema, refusalSchema } from './backup-list-schemas.js';

const TAG = ['danh mục dự phòng'];
const errors = { 400: refusalSchema, 403: refusalSchema, 404: refusalSchema, 409: refusalSchema };

/**
 * The evidence that makes a record eligible for a backup list: decisions recognising special
 * value, and inspections recording damage signs. Only the asker's units' records are shown.
 */
export const selectionEvidenceRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/recognitions',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Các quyết định công nhận tài liệu có giá trị đặc biệt',
          querystring: z.object({
            recordKind: z.enum(SELECTABLE_KINDS).optional(),
            unitId: z.string().max(100).optional().describe('Chỉ của một đơn vị (kể cả các đơn vị đã hợp nhất vào nó)'),
          }),
          response: { 200: z.object({ recognitions: z.array(recognitionSchema) }), ...errors },
        },
      },
      async (request) => ({ recognitions: await listRecognitions(ctx, request.query, request.principal) }),
    );

    app.put(
      '/api/recognitions/:recordKind/:recordCode',
      {
        config: { action: 'selection.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi (hoặc sửa) quyết định công nhận giá trị đặc biệt của một phông, hồ sơ hay tài liệu',
          params: z.object({ recordKind: z.enum(SELECTABLE_KINDS), recordCode: z.string().min(1) }),
          body: recognitionBody,
          response: { 200: recognitionSchema.omit({ unitId: true }), ...errors },
        },
      },
      async (request) => recognize(ctx, { ...request.params, ...request.body }, request.principal),
    );

    app.get(
      '/api/selection/inspections',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Các lần kiểm tra (dấu hiệu hư hỏng) của phông và hồ sơ một đơn vị',
          querystring: z.object({ unitId: z.string().min(1).max(100) }),
          response: { 200: z.object({ inspections: z.array(inspectionSchema) }), ...errors },
        },
      },
      async (request) => ({ inspections: await listUnitInspections(ctx, request.query.unitId, request.principal) }),
    );

    app.post(
      '/api/selection/inspections',
      {
        config: { action: 'selection.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi một lần kiểm tra với các dấu hiệu hư hỏng thấy được',
          body: inspectionBody,
          response: { 201: inspectionSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await recordInspection(ctx, request.body, request.principal)),
    );

    app.get(
      '/api/selection/signs',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Các dấu hiệu hư hỏng có thể ghi (giấy và điện tử)',
          response: {
            200: z.object({
              signs: z.array(z.object({ code: z.string(), carrier: z.enum(['physical', 'electronic']), vi: z.string(), en: z.string() })),
            }),
          },
        },
      },
      () => ({ signs: [...RISK_SIGNS] }),
    );
  };
