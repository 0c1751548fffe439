import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { READING_REQUEST_STATES } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import {
  PURPOSE_MAX,
  PURPOSE_MIN,
  createReadingRequest,
  decideReadingRequest,
  listReadingRequests,
} from '../../usecases/reading-requests.js';
import { readingRequestDip } from '../../usecases/reading-request-dip.js';
import { errorSchema } from '../errors.js';
import { principalOf } from '../principal.js';

const TAG = ['khai thác'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

const requestSchema = z.object({
  id: z.string(),
  recordKind: z.enum(['file', 'document']),
  recordCode: z.string().describe('Mã hồ sơ, hoặc mã tài liệu'),
  fileCode: z.string().describe('Hồ sơ chứa bản ghi'),
  title: z.string(),
  unitId: z.string().nullable().describe('Đơn vị của phông (lưu trữ viên của đơn vị này duyệt)'),
  requesterId: z.string(),
  requesterName: z.string(),
  purpose: z.string(),
  state: z.enum(READING_REQUEST_STATES).describe('pending chờ duyệt · approved đã duyệt · refused bị từ chối · expired hết hạn'),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  deciderId: z.string().nullable(),
  deciderName: z.string().nullable(),
  reason: z.string().nullable(),
  expiresAt: z.string().nullable().describe('Hạn khai thác khi đã duyệt'),
});
const idParams = z.object({ id: z.string().min(1).max(100) });

/**
 * The online reading room (khai thác): readers ask, archivists of the record's unit decide, the
 * reader downloads the DIP while the approval holds. The rules are the use case's
 * (usecases/reading-requests.ts); each route names its action for the access gate.
 */
export const readingRequestRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reading-requests',
      {
        config: { action: 'session' },
        schema: {
          tags: TAG,
          summary: 'Yêu cầu khai thác: của tôi, hoặc của các đơn vị tôi duyệt',
          description:
            'Độc giả thấy yêu cầu của mình; lưu trữ viên (requests.decide) thấy yêu cầu thuộc đơn vị mình, `mine=true` chỉ yêu cầu của mình.',
          querystring: z.object({
            state: z.enum(READING_REQUEST_STATES).optional(),
            mine: z.enum(['true', 'false']).optional(),
            limit: z.coerce.number().int().min(1).max(200).default(50),
            offset: z.coerce.number().int().min(0).default(0),
          }),
          response: { 200: z.object({ total: z.number().int(), requests: z.array(requestSchema) }), ...errors },
        },
      },
      async (request) => {
        const { state, mine, limit, offset } = request.query;
        return listReadingRequests(ctx, principalOf(request), {
          ...(state !== undefined && { state }),
          mine: mine === 'true',
          limit,
          offset,
        });
      },
    );

    app.post(
      '/api/reading-requests',
      {
        config: { action: 'requests.create' },
        schema: {
          tags: TAG,
          summary: 'Xin khai thác một hồ sơ/tài liệu mức 02 (sử dụng có điều kiện)',
          body: z.object({
            recordKind: z.enum(['file', 'document']).default('file'),
            recordCode: z.string().min(1).max(500),
            purpose: z
              .string()
              .max(PURPOSE_MAX * 2)
              .describe(`Mục đích khai thác, ${PURPOSE_MIN}–${PURPOSE_MAX} ký tự`),
          }),
          response: { 201: requestSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createReadingRequest(ctx, principalOf(request), request.body)),
    );

    app.post(
      '/api/reading-requests/:id/decision',
      {
        config: { action: 'requests.decide' },
        schema: {
          tags: TAG,
          summary: 'Duyệt hoặc từ chối một yêu cầu khai thác (lý do bắt buộc khi từ chối)',
          params: idParams,
          body: z.object({
            approve: z.boolean(),
            reason: z
              .string()
              .max(PURPOSE_MAX * 2)
              .optional(),
          }),
          response: { 200: requestSchema, ...errors },
        },
      },
      async (request) => decideReadingRequest(ctx, principalOf(request), request.params.id, request.body),
    );

    app.get(
      '/api/reading-requests/:id/dip',
      {
        config: { action: 'requests.create' },
        schema: {
          tags: TAG,
          summary: 'Tải gói DIP của yêu cầu đã duyệt (chỉ người gửi yêu cầu, trong hạn)',
          params: idParams,
          response: errors,
        },
      },
      async (request, reply) => {
        const dir = await mkdtemp(join(ctx.home, 'dip-'));
        try {
          const dip = await readingRequestDip(ctx, principalOf(request), request.params.id, dir, request.ip);
          const name = `DIP_${dip.fileCode}.zip`;
          const body = createReadStream(dip.file);
          // The folder goes when the download ends, whether it finished or was cut off.
          body.once('close', () => void rm(dir, { recursive: true, force: true }));
          return reply
            .header('content-type', 'application/zip')
            .header('content-length', String((await stat(dip.file)).size))
            .header(
              'content-disposition',
              `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
            )
            .send(body as never);
        } catch (error) {
          await rm(dir, { recursive: true, force: true });
          throw error;
        }
      },
    );
  };
