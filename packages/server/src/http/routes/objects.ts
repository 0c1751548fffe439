import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { BackupObject, Copy } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { objectSummarySchema } from '../schemas.js';
import { listObjectsFor } from '../../usecases/object-list.js';

export function countCopies(copies: Copy[]): { ok: number; pending: number; damaged: number; missing: number } {
  const counts = { ok: 0, pending: 0, damaged: 0, missing: 0 };
  for (const copy of copies) counts[copy.status] += 1;
  return counts;
}

export async function summariseObject(ctx: Context, object: BackupObject): Promise<z.infer<typeof objectSummarySchema>> {
  const [file, copies] = await Promise.all([ctx.catalogue.getFile(object.fileCode), ctx.catalogue.listCopies(object.id)]);
  return {
    id: object.id,
    fileCode: object.fileCode,
    title: file?.title ?? null,
    head: object.head,
    createdAt: object.createdAt,
    updatedAt: object.updatedAt,
    copies: countCopies(copies),
  };
}

const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50).describe('Số hồ sơ mỗi trang (1–500)'),
  offset: z.coerce.number().int().min(0).default(0).describe('Bỏ qua bao nhiêu hồ sơ đầu'),
});

export const objectListRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/objects',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: ['hồ sơ'],
          summary: 'Danh sách hồ sơ có bản sao dự phòng',
          description: 'Mỗi hồ sơ kèm phiên bản mới nhất và số bản sao theo trạng thái (ok, chờ, hư hỏng, thiếu).',
          querystring: pageQuery,
          response: {
            200: z.object({
              total: z.number().int(),
              limit: z.number().int(),
              offset: z.number().int(),
              objects: z.array(objectSummarySchema),
            }),
            400: errorSchema,
          },
        },
      },
      async (request) => {
        const { limit, offset } = request.query;
        // Only the objects of the user's units, counted and paged alike (decided in the use case).
        const { total, objects } = await listObjectsFor(ctx, request.principal, { limit, offset });
        return { total, limit, offset, objects: await Promise.all(objects.map((o) => summariseObject(ctx, o))) };
      },
    );
  };
