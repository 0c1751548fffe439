import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { isoVietnam, queuedJob } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { batchView, createBatch, listBatchViews, markArranged, requireBatch } from '../../usecases/digitise-batches.js';
import { closeBatch, decideDocument, reviewQueue } from '../../usecases/digitise-run.js';
import { fileFindings } from '../../usecases/digitise-check.js';
import { receiveUploads } from '../../usecases/digitise-uploads.js';
import { pagePreview } from '../../usecases/digitise-preview.js';
import { digitisationFigures } from '../../usecases/digitise-figures.js';
import { requireRight } from '../../usecases/selection-access.js';
import { errorSchema } from '../errors.js';
import { ownerOf } from './uploads.js';
import {
  batchParams,
  batchSchema,
  createBatchBody,
  documentParams,
  documentSchema,
  findingSchema,
  pageParams,
  progressSchema,
  reviewItemSchema,
} from './digitisation-schemas.js';
import { principalOf } from '../principal.js';
import { DuphongError } from '../../errors.js';

const TAG = ['số hóa'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };

/**
 * Digitisation (issue 10; docs/digitisation.md): batches from approved backup lists, scans
 * received from uploads, the run as a background job, the review queue with the page shown. The
 * rules are the use cases' (usecases/digitise-*.ts), the same the CLI calls.
 */
export const digitisationRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/digitisation/batches',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Các đợt số hóa của đơn vị mình, với tiến độ',
          querystring: z.object({ listId: z.string().max(200).optional() }),
          response: { 200: z.object({ batches: z.array(z.object({ batch: batchSchema, progress: progressSchema })) }), ...errors },
        },
      },
      async (request) => ({
        batches: await listBatchViews(
          ctx,
          principalOf(request),
          request.query.listId !== undefined ? { listId: request.query.listId } : {},
        ),
      }),
    );

    app.post(
      '/api/digitisation/batches',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Lập đợt số hóa từ danh mục dự phòng đã phê duyệt, hoặc từ các hồ sơ chọn',
          description: 'Hồ sơ chưa chỉnh lý hoàn chỉnh bị loại khỏi đợt với phát hiện DP-DIGITISE-NOT-ARRANGED.',
          body: createBatchBody,
          response: { 201: z.object({ batch: batchSchema, findings: z.array(findingSchema) }), ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await createBatch(ctx, principalOf(request), request.body)),
    );

    app.get(
      '/api/digitisation/batches/:id',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Một đợt số hóa: tiến độ, tài liệu, phát hiện',
          params: batchParams,
          response: {
            200: z.object({
              batch: batchSchema,
              progress: progressSchema,
              documents: z.array(documentSchema),
              fileFindings: z.array(findingSchema),
            }),
            ...errors,
          },
        },
      },
      async (request) => {
        const view = await batchView(ctx, principalOf(request), request.params.id);
        return { ...view, fileFindings: await fileFindings(ctx, view.batch) };
      },
    );

    app.post(
      '/api/digitisation/batches/:id/scans',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Nhận các bản quét đã tải lên (tus) vào đợt, rồi kiểm tra chất lượng',
          params: batchParams,
          body: z.object({
            uploads: z
              .array(z.string().regex(/^[0-9a-f]{32}$/))
              .min(1)
              .max(10_000),
          }),
          response: {
            200: z.object({
              batch: batchSchema,
              received: z.number().int(),
              documents: z.array(documentSchema),
              findings: z.array(findingSchema),
            }),
            ...errors,
          },
        },
      },
      async (request) => receiveUploads(ctx, principalOf(request), ownerOf(request), request.params.id, request.body.uploads),
    );

    app.post(
      '/api/digitisation/batches/:id/run',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Chạy đợt (kiểm tra, chuyển PDF/A + nhận dạng chữ, đóng gói) như một tác vụ nền; chạy lại để tiếp tục',
          params: batchParams,
          response: { 202: z.object({ job: z.string() }), ...errors },
        },
      },
      async (request, reply) => {
        const principal = principalOf(request);
        requireRight(principal, 'digitise');
        await requireBatch(ctx, principal, request.params.id);
        const job = queuedJob('digitise', { batchId: request.params.id }, isoVietnam(ctx.clock.now()));
        await ctx.catalogue.enqueueJob(job);
        return reply.code(202).send({ job: job.id });
      },
    );

    app.post(
      '/api/digitisation/batches/:id/close',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Đóng đợt không làm tiếp: tài liệu chưa vào bản sao dự phòng thành không đạt (cần lý do); hồ sơ vào được đợt mới',
          params: batchParams,
          body: z.object({ reason: z.string().max(2000) }),
          response: {
            200: z.object({ batch: batchSchema, progress: progressSchema, documents: z.array(documentSchema) }),
            ...errors,
          },
        },
      },
      async (request) => closeBatch(ctx, principalOf(request), request.params.id, { reason: request.body.reason }),
    );

    app.get(
      '/api/digitisation/review',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Tài liệu chờ xem xét (cảnh báo chất lượng hoặc nhận dạng chữ kém) của đơn vị mình',
          response: { 200: z.object({ review: z.array(reviewItemSchema) }), ...errors },
        },
      },
      async (request) => ({ review: await reviewQueue(ctx, principalOf(request)) }),
    );

    app.post(
      '/api/digitisation/batches/:id/documents/:fileCode/:ordinal/decision',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Chấp nhận hoặc không chấp nhận một tài liệu chờ xem xét (cần lý do khi không chấp nhận)',
          params: documentParams,
          body: z.object({ accept: z.boolean(), note: z.string().max(2000).optional() }),
          response: { 200: documentSchema, ...errors },
        },
      },
      async (request) => {
        const { id, fileCode, ordinal } = request.params;
        if (!request.body.accept && !(request.body.note ?? '').trim())
          throw new DuphongError('request', 'DP-REVIEW-REASON', 'Hãy ghi lý do không chấp nhận.', 'Give the reason for rejecting.');
        return decideDocument(ctx, principalOf(request), id, fileCode, ordinal, request.body);
      },
    );

    app.get(
      '/api/digitisation/batches/:id/documents/:fileCode/:ordinal/pages/:page',
      {
        config: { action: 'digitise' },
        schema: {
          tags: TAG,
          summary: 'Ảnh một trang quét (PNG, rộng tối đa 1.200 px) để xem xét',
          params: pageParams,
          response: { 200: z.any(), ...errors },
        },
      },
      async (request, reply) => {
        const { id, fileCode, ordinal, page } = request.params;
        const png = await pagePreview(ctx, principalOf(request), id, fileCode, ordinal, page);
        return reply.type('image/png').header('cache-control', 'private, max-age=300').send(png);
      },
    );

    app.get(
      '/api/digitisation/figures',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Số liệu số hóa trong năm (cho báo cáo hằng năm): tài liệu, trang đã lưu bản sao, tài liệu không đạt',
          querystring: z.object({ year: z.coerce.number().int(), unitId: z.string().max(200).optional() }),
          response: {
            200: z.object({
              year: z.number().int(),
              unitId: z.string().nullable(),
              batches: z.number().int(),
              documentsStored: z.number().int(),
              pagesStored: z.number().int(),
              documentsRejected: z.number().int(),
            }),
            ...errors,
          },
        },
      },
      async (request) => digitisationFigures(ctx, principalOf(request), request.query),
    );

    app.put(
      '/api/files/:code/arranged',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi hồ sơ đã chỉnh lý hoàn chỉnh (điều kiện để số hóa)',
          params: z.object({ code: z.string().min(1).max(100) }),
          body: z.object({ date: z.string().min(1).max(20).describe('DD/MM/YYYY') }),
          response: { 200: z.object({ file: z.string(), arrangedDate: z.string(), arrangedBy: z.string() }), ...errors },
        },
      },
      async (request) => {
        const file = await markArranged(ctx, principalOf(request), request.params.code, { date: request.body.date });
        return { file: file.code, arrangedDate: file.fields.arrangedDate ?? '', arrangedBy: file.fields.arrangedBy ?? '' };
      },
    );
  };
