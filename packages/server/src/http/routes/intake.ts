import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { ownerOf } from './uploads.js';
import { getIntake, previewIntake, startIntake, type IntakeRequest, type IntakeState } from '../../usecases/intake-from-upload.js';

/*
 * Intake from uploads (usecases/intake-from-upload.ts): preview the change, start the background
 * ingest, follow it. The object's copies are then at GET /api/objects/:code/copies.
 */

const documentChange = z.object({ path: z.string(), size: z.number().int(), previousSize: z.number().int().optional() });
export const changesSchema = z
  .object({
    fileCode: z.string(),
    headVersion: z.number().int().describe('Phiên bản hiện có (0: chưa có bản sao)'),
    supplement: z.boolean().describe('Gói bổ sung (SUPPLEMENT): không bỏ tài liệu nào'),
    added: z.array(documentChange),
    changed: z.array(documentChange),
    dropped: z.array(documentChange).describe('Tài liệu phiên bản mới sẽ bỏ: cần confirmReplace'),
    unchanged: z.number().int(),
  })
  .describe('Những gì lượt tiếp nhận thay đổi so với phiên bản hiện có');

const intakeBody = z.object({
  uploads: z.array(z.string().min(1).max(64)).min(1).max(100_000).describe('Mã các tệp đã tải lên (tus)'),
  kind: z.enum(['sip', 'scans']).describe('sip: một gói SIP .zip; scans: một thư mục bản quét'),
  fileCode: z.string().min(1).max(100).optional().describe('Mã hồ sơ (bắt buộc với scans)'),
  title: z.string().min(1).max(1000).optional().describe('Tiêu đề, để tạo hồ sơ mới chưa có trong danh mục'),
  confirmReplace: z.boolean().optional().describe('Đồng ý phiên bản mới bỏ tài liệu của phiên bản hiện có'),
});

const intakeSchema = z.object({
  id: z.string(),
  kind: z.enum(['sip', 'scans']),
  fileCode: z.string().optional(),
  job: z.string().optional().describe('Mã tác vụ nền (GET /api/jobs)'),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  progress: z.object({ done: z.number().int(), total: z.number().int(), bytes: z.number().int() }),
  changes: changesSchema.optional(),
  result: z
    .object({ object: z.string(), fileCode: z.string(), version: z.number().int(), files: z.number().int(), bytes: z.number().int() })
    .optional(),
  error: z.object({ code: z.string(), message: z.string() }).optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

const publicIntake = (s: IntakeState) => {
  const { owner: _owner, title: _title, confirmReplace: _confirm, ...rest } = s;
  return rest;
};

export const intakeRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    const config = { action: 'objects.ingest' as const };
    const requestOf = (body: z.infer<typeof intakeBody>, request: Parameters<typeof ownerOf>[0]): IntakeRequest => ({
      ...body,
      owner: ownerOf(request),
      ...(request.principal && { principal: request.principal }),
    });

    app.post(
      '/api/intake/preview',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Xem trước thay đổi của một lượt tiếp nhận (không ghi gì)',
          body: intakeBody,
          response: { 200: z.object({ changes: changesSchema }), 400: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
        },
      },
      async (request) => previewIntake(ctx, requestOf(request.body, request)),
    );

    app.post(
      '/api/intake',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Tiếp nhận các tệp đã tải lên thành bản sao dự phòng (tác vụ nền)',
          description:
            'Gói SIP hoặc thư mục bản quét → kiểm tra → tác vụ nền "ingest". Phiên bản mới bỏ tài liệu của phiên bản hiện có bị từ chối (409 DP-INGEST-DROPS-DOCUMENTS) trừ khi confirmReplace: true.',
          body: intakeBody,
          response: { 202: intakeSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema, 422: errorSchema },
        },
      },
      async (request, reply) => reply.code(202).send(publicIntake(await startIntake(ctx, requestOf(request.body, request)))),
    );

    app.get(
      '/api/intake/:id',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Tiến độ và kết quả một lượt tiếp nhận',
          params: z.object({ id: z.string().min(1).max(64) }),
          response: { 200: intakeSchema, 404: errorSchema },
        },
      },
      async (request) => publicIntake(await getIntake(ctx, ownerOf(request), request.params.id)),
    );
  };
