import { copiesReport } from '@duphong/core';
import { analogueCopiesOf } from '../../usecases/microfilm-views.js';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import type { BackupObject } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { notFoundError } from '../../errors.js';
import { copiesSchema, eventSchema, headFileSchema, objectSummarySchema, versionSchema } from '../schemas.js';
import { summariseObject } from './objects.js';
import { checkObjectVisible } from '../../usecases/record-reads.js';

const RECENT_EVENTS = 100;

const codeParams = z.object({ code: z.string().min(1).describe('Mã hồ sơ hoặc mã đối tượng (urn:uuid:…)') });

/** A file code (NFC, as stored) or an OCFL object id, like `duphong copies CODE`. */
async function findObject(ctx: Context, code: string, request: FastifyRequest): Promise<BackupObject> {
  const key = code.normalize('NFC');
  const object = (await ctx.catalogue.getObjectByFileCode(key)) ?? (await ctx.catalogue.getObject(key));
  const unknown = () => notFoundError('DP-OBJECT-UNKNOWN', `Hồ sơ "${key}" chưa có bản sao dự phòng.`, `"${key}" has no backup copy.`);
  if (!object) throw unknown();
  // Outside the user's units (or above their levels) it is unknown too; the view is logged.
  await checkObjectVisible(ctx, object.fileCode, { principal: request.principal, ip: request.ip }, unknown);
  return object;
}

/** Every access to a record is logged (DESIGN: "every access logged"). */
function logAccess(ctx: Context, request: FastifyRequest, object: BackupObject, what: 'detail' | 'copies'): void {
  ctx.log.info('record access', {
    object: object.id,
    fileCode: object.fileCode,
    what,
    client: request.ip,
    userAgent: request.headers['user-agent'] ?? null,
  });
}

export const objectDetailRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/objects/:code',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: ['hồ sơ'],
          summary: 'Chi tiết một hồ sơ',
          description: `Đối tượng, các phiên bản, tài liệu của phiên bản mới nhất và ${RECENT_EVENTS} sự kiện PREMIS gần nhất (mới nhất trước). Mỗi lần truy cập được ghi nhật ký.`,
          params: codeParams,
          response: {
            200: z.object({
              object: objectSummarySchema,
              versions: z.array(versionSchema),
              files: z.array(headFileSchema).describe('Tài liệu của phiên bản mới nhất'),
              events: z.array(eventSchema),
            }),
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const object = await findObject(ctx, request.params.code, request);
        logAccess(ctx, request, object, 'detail');
        const [summary, versions, files, events] = await Promise.all([
          summariseObject(ctx, object),
          ctx.catalogue.listVersions(object.id),
          object.head > 0 ? ctx.catalogue.listVersionFiles(object.id, object.head) : Promise.resolve([]),
          ctx.catalogue.listEvents({ objectId: object.id }),
        ]);
        return { object: summary, versions, files, events: events.slice(-RECENT_EVENTS).reverse() };
      },
    );

    app.get(
      '/api/objects/:code/copies',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: ['hồ sơ'],
          summary: 'Trạng thái các bản sao của hồ sơ',
          description: 'Giống `duphong copies CODE --json`: mỗi site, phiên bản đang giữ, trạng thái và lần kiểm tra gần nhất.',
          params: codeParams,
          response: { 200: copiesSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const object = await findObject(ctx, request.params.code, request);
        logAccess(ctx, request, object, 'copies');
        return {
          ...copiesReport(object, await ctx.catalogue.listCopies(object.id)),
          analogue: await analogueCopiesOf(ctx, request.principal, object.fileCode),
        };
      },
    );
  };
