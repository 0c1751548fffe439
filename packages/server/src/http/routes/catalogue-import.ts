import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { ownerOf } from './uploads.js';
import { importCatalogueUpload } from '../../usecases/catalogue-import-upload.js';

/* `duphong catalog import` in the browser: a dry run of an uploaded mục lục, then the import. */

const severity = z.enum(['error', 'warning', 'info']);
const counts = z.object({ created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

const importSchema = z.object({
  result: z.object({
    fonds: z.number().int(),
    files: z.number().int(),
    documents: z.number().int(),
    findings: z.array(
      z.object({
        row: z.number().int(),
        column: z.string(),
        value: z.string(),
        code: z.string(),
        message: z.string(),
        severity,
        sheet: z.string().optional(),
        field: z.string().optional(),
      }),
    ),
    counts,
    fondsCounts: counts,
    holdingCounts: counts,
    fondsCodes: z.array(z.string()),
    rows: z.number().int(),
    rejected: z.number().int(),
    errors: z.number().int(),
    warnings: z.number().int(),
    findingsOmitted: z.number().int(),
    dryRun: z.boolean(),
    written: z.boolean(),
  }),
  groups: z
    .array(
      z.object({
        code: z.string(),
        severity,
        column: z.string(),
        field: z.string().optional(),
        message: z.string(),
        rows: z.array(z.number().int()),
        values: z.array(z.string()),
      }),
    )
    .describe('Phát hiện gộp theo mã và cột, kèm số dòng'),
});

export const catalogueImportRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.post(
      '/api/catalogue-imports',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: ['danh mục'],
          summary: 'Nhập mục lục hồ sơ (.xlsx/.csv) đã tải lên: chạy thử rồi xác nhận',
          description:
            'Tải tệp lên qua /api/uploads/ (tus) rồi gửi mã tệp. dryRun (mặc định true) chỉ kiểm tra và trả các phát hiện theo dòng, cột; dryRun: false nhập thật — có lỗi thì không ghi gì (trừ allowPartial).',
          body: z.object({
            upload: z.string().min(1).max(64).describe('Mã tệp đã tải lên'),
            dryRun: z.boolean().default(true),
            fondsCode: z.string().min(1).max(100).optional(),
            unitId: z.string().min(1).max(200).optional(),
            allowPartial: z.boolean().optional(),
          }),
          response: { 200: importSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const { upload, dryRun, fondsCode, unitId, allowPartial } = request.body;
        return importCatalogueUpload(ctx, {
          owner: ownerOf(request),
          ...(request.principal && { principal: request.principal }),
          upload,
          dryRun,
          ...(fondsCode !== undefined && { fondsCode }),
          ...(unitId !== undefined && { unitId }),
          ...(allowPartial !== undefined && { allowPartial }),
        });
      },
    );
  };
