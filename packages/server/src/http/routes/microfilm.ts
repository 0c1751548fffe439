import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { notFoundError } from '../../errors.js';
import {
  analogueCopiesOf,
  inspectDuplicate,
  listReelViews,
  microfilmFigures,
  reelView,
  saveDuplicate,
  saveFrames,
  saveReel,
} from '../../usecases/microfilm.js';
import { RecordScope } from '../../usecases/record-scope.js';
import { errorSchema } from '../errors.js';
import {
  analogueCopySchema,
  duplicateBody,
  duplicateSchema,
  figuresSchema,
  filmFindingSchema,
  filmInspectionSchema,
  frameSchema,
  framesBody,
  inspectionBody,
  reelBody,
  reelSchema,
  reelViewSchema,
} from './microfilm-schemas.js';
import { principalOf } from '../principal.js';

const TAG = ['vi phim'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema };
const idParams = z.object({ id: z.string().min(1).max(200) });

/**
 * Microfilm as a backup copy (vi phim): reels, their frames, copies and inspections, a file's
 * analogue copies and the yearly figures. The rules are the use case's (usecases/microfilm.ts);
 * each route names its action for the access gate: reading is `objects.read`, registering
 * `objects.ingest` (making backup copies), the figures `reports.read`.
 */
export const microfilmRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/microfilm/reels',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: TAG,
          summary: 'Các cuộn vi phim của đơn vị mình, kèm khung hình, bản phim và các lần kiểm tra',
          querystring: z.object({ fileCode: z.string().max(200).optional().describe('Chỉ các cuộn chứa hồ sơ này') }),
          response: { 200: z.object({ reels: z.array(reelViewSchema) }), ...errors },
        },
      },
      async (request) => ({ reels: await listReelViews(ctx, principalOf(request), { fileCode: request.query.fileCode }) }),
    );

    app.post(
      '/api/microfilm/reels',
      {
        config: { action: 'objects.ingest' },
        schema: {
          tags: TAG,
          summary: 'Đăng ký một cuộn vi phim (bản sao dự phòng dạng phim)',
          body: reelBody,
          response: { 201: z.object({ reel: reelSchema, findings: z.array(filmFindingSchema) }), ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await saveReel(ctx, principalOf(request), request.body)),
    );

    app.get(
      '/api/microfilm/reels/:id',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: TAG,
          summary: 'Một cuộn vi phim (theo mã hoặc số cuộn)',
          params: idParams,
          response: { 200: reelViewSchema, ...errors },
        },
      },
      async (request) => reelView(ctx, principalOf(request), request.params.id),
    );

    app.put(
      '/api/microfilm/reels/:id',
      {
        config: { action: 'objects.ingest' },
        schema: {
          tags: TAG,
          summary: 'Sửa thông tin một cuộn vi phim',
          params: idParams,
          body: reelBody,
          response: { 200: z.object({ reel: reelSchema, findings: z.array(filmFindingSchema) }), ...errors },
        },
      },
      async (request) => saveReel(ctx, principalOf(request), request.body, request.params.id),
    );

    app.put(
      '/api/microfilm/reels/:id/frames',
      {
        config: { action: 'objects.ingest' },
        schema: {
          tags: TAG,
          summary: 'Ghi các khoảng khung hình của cuộn: hồ sơ, tài liệu nào ở khung nào',
          description: 'Khoảng khung không được chồng nhau, không vượt quá số khung của cuộn; hồ sơ và tài liệu phải có trong danh mục.',
          params: idParams,
          body: framesBody,
          response: { 200: z.object({ frames: z.array(frameSchema), findings: z.array(filmFindingSchema) }), ...errors },
        },
      },
      async (request) => saveFrames(ctx, principalOf(request), request.params.id, request.body.frames, { append: request.body.append }),
    );

    app.post(
      '/api/microfilm/reels/:id/duplicates',
      {
        config: { action: 'objects.ingest' },
        schema: {
          tags: TAG,
          summary: 'Đăng ký một bản phim của cuộn (âm bản gốc, âm bản sao, dương bản) và nơi bảo quản',
          params: idParams,
          body: duplicateBody,
          response: { 201: duplicateSchema, ...errors },
        },
      },
      async (request, reply) => reply.code(201).send(await saveDuplicate(ctx, principalOf(request), request.params.id, request.body)),
    );

    app.post(
      '/api/microfilm/duplicates/:id/inspections',
      {
        config: { action: 'objects.ingest' },
        schema: {
          tags: TAG,
          summary: 'Ghi một lần kiểm tra tình trạng bản phim (tình trạng tìm thấy thành tình trạng của bản phim)',
          params: idParams,
          body: inspectionBody,
          response: {
            201: z.object({ inspection: filmInspectionSchema, duplicate: duplicateSchema, findings: z.array(filmFindingSchema) }),
            ...errors,
          },
        },
      },
      async (request, reply) => reply.code(201).send(await inspectDuplicate(ctx, principalOf(request), request.params.id, request.body)),
    );

    app.get(
      '/api/microfilm/files/:fileCode/copies',
      {
        config: { action: 'objects.read' },
        schema: {
          tags: TAG,
          summary: 'Bản sao dạng vi phim của một hồ sơ: cuộn, bản phim, nơi bảo quản, tình trạng, lần kiểm tra gần nhất',
          params: z.object({ fileCode: z.string().min(1).max(200) }),
          response: { 200: z.object({ fileCode: z.string(), copies: z.array(analogueCopySchema) }), ...errors },
        },
      },
      async (request) => {
        const principal = principalOf(request);
        const code = request.params.fileCode.normalize('NFC');
        const { file, visible } = await new RecordScope(ctx.catalogue, principal).visibleFile(code);
        if (!file || !visible) throw notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`);
        return { fileCode: file.code, copies: await analogueCopiesOf(ctx, principal, file.code) };
      },
    );

    app.get(
      '/api/microfilm/figures',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Số liệu vi phim trong năm theo đơn vị: số cuộn, khung hình, hồ sơ, bản phim theo tình trạng',
          querystring: z.object({ year: z.coerce.number().int(), unit: z.string().max(200).optional() }),
          response: { 200: figuresSchema, ...errors },
        },
      },
      async (request) => microfilmFigures(ctx, principalOf(request), { year: request.query.year, unitId: request.query.unit }),
    );
  };
