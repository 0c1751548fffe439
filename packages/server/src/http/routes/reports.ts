import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { ownerOf } from './uploads.js';
import { rollupReport } from '../../usecases/plan-rollup.js';
import { reportSubmissions } from '../../usecases/report-submissions.js';
import { recordUnitReport, unitReport } from '../../usecases/unit-report.js';
import { statisticsList } from '../../usecases/fonds-statistics.js';
import { importPlansUpload } from '../../usecases/plan-import-upload.js';
import { writeRollupDocx } from '../../plans-export/docx.js';
import { writeRollupXlsx } from '../../plans-export/xlsx.js';
import { writeRollupPdf } from '../../plans-export/pdf.js';
import { writeStatisticsXlsx } from '../../plans-export/statistics-xlsx.js';
import {
  planImportSchema,
  rollupSchema,
  statisticsSchema,
  submissionsSchema,
  unitReportBody,
  unitReportSchema,
  yearQuery,
} from './report-schemas.js';
import { principalOf } from '../principal.js';

const TAG = ['báo cáo'];
const errors = { 400: errorSchema, 401: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema, 503: errorSchema };
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/**
 * Plans and yearly reports (issue 11): the roll-up (JSON, or the appendix as XLSX/DOCX/PDF), who
 * has reported, a unit's report and entering it, the statistics per fonds, and importing a
 * received table. The rules are the use cases'; reading is `reports.read`, writing `reports.write`.
 */
export const reportRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/reports/rollup',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Tổng hợp kế hoạch, báo cáo theo năm (phụ lục 610/BC-BNV); format xlsx|docx|pdf trả tệp',
          querystring: z.object({
            from: yearQuery,
            to: yearQuery,
            regroup: z.enum(['true', 'false']).optional(),
            asOf: day.optional().describe('Gộp theo đơn vị tồn tại ngày này (mặc định hôm nay)'),
            over: z.string().max(200).optional().describe('Tổng hợp các đơn vị thuộc đơn vị này'),
            format: z.enum(['json', 'xlsx', 'docx', 'pdf']).default('json'),
          }),
          response: { 200: rollupSchema, ...errors },
        },
      },
      async (request, reply) => {
        const q = request.query;
        const r = await rollupReport(ctx, principalOf(request), {
          from: q.from,
          to: q.to,
          regroup: q.regroup === 'true',
          ...(q.asOf !== undefined && { asOf: q.asOf }),
          ...(q.over !== undefined && { over: q.over }),
        });
        if (q.format === 'json') return r;
        const name = `tong-hop-ke-hoach-bao-cao-${q.from}-${q.to}.${q.format}`;
        reply.header('content-type', MIME[q.format]).header('content-disposition', `attachment; filename="${name}"`);
        if (q.format === 'pdf') {
          const work = await mkdtemp(join(tmpdir(), 'duphong-rollup-'));
          const path = join(work, name);
          try {
            await writeRollupPdf(r, path);
          } catch (error) {
            await rm(work, { recursive: true, force: true });
            throw error;
          }
          const stream = createReadStream(path);
          stream.on('close', () => void rm(work, { recursive: true, force: true }));
          return reply.send(stream as never);
        }
        const body = new PassThrough();
        (q.format === 'xlsx' ? writeRollupXlsx : writeRollupDocx)(r, body).catch((error: unknown) => {
          ctx.log.error('rollup export failed', { error: String(error) });
          body.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        return reply.send(body as never);
      },
    );

    app.get(
      '/api/reports/submissions',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Tình hình báo cáo một năm: đúng hạn, muộn, không có tài liệu, quá hạn; danh sách cần nhắc',
          querystring: z.object({ year: yearQuery, over: z.string().max(200).optional() }),
          response: { 200: submissionsSchema, ...errors },
        },
      },
      async (request) =>
        reportSubmissions(ctx, principalOf(request), {
          year: request.query.year,
          ...(request.query.over !== undefined && { over: request.query.over }),
        }),
    );

    const unitYear = z.object({ unitId: z.string().min(1).max(200), year: yearQuery });
    app.get(
      '/api/reports/units/:unitId/:year',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Báo cáo năm của một đơn vị: số liệu hệ thống tính và số liệu kê khai, các đơn vị trực thuộc',
          params: unitYear,
          response: { 200: unitReportSchema, ...errors },
        },
      },
      async (request) => unitReport(ctx, principalOf(request), { unitId: request.params.unitId, year: request.params.year }),
    );

    app.post(
      '/api/reports/units/:unitId/:year',
      {
        config: { action: 'reports.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi báo cáo kết quả (hoặc văn bản báo không có tài liệu) của đơn vị cho một năm',
          params: unitYear,
          body: unitReportBody,
          response: { 200: unitReportSchema, ...errors },
        },
      },
      async (request) => {
        const b = request.body;
        return recordUnitReport(ctx, principalOf(request), {
          unitId: request.params.unitId,
          year: request.params.year,
          numberSymbol: b.numberSymbol,
          date: b.date,
          ...(b.kind !== undefined && { kind: b.kind }),
          ...(b.noRecords !== undefined && { noRecords: b.noRecords }),
          ...(b.narrative !== undefined && { narrative: b.narrative }),
          ...(b.declared !== undefined && { declared: b.declared }),
        });
      },
    );

    app.get(
      '/api/reports/statistics',
      {
        config: { action: 'reports.read' },
        schema: {
          tags: TAG,
          summary: 'Thống kê theo phông: hồ sơ, tài liệu, trang, trang số hóa, bản sao và kiểm tra, tại một ngày',
          querystring: z.object({
            unit: z.string().max(200).optional(),
            at: day.optional(),
            format: z.enum(['json', 'xlsx']).default('json'),
          }),
          response: { 200: statisticsSchema, ...errors },
        },
      },
      async (request, reply) => {
        const s = await statisticsList(ctx, principalOf(request), {
          ...(request.query.unit !== undefined && { unitId: request.query.unit }),
          ...(request.query.at !== undefined && { at: request.query.at }),
        });
        if (request.query.format === 'json') return s;
        const body = new PassThrough();
        writeStatisticsXlsx(s, body).catch((error: unknown) => {
          ctx.log.error('statistics export failed', { error: String(error) });
          body.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        return reply
          .header('content-type', MIME.xlsx)
          .header('content-disposition', `attachment; filename="thong-ke-theo-phong-${s.at}.xlsx"`)
          .send(body as never);
      },
    );

    app.post(
      '/api/plan-imports',
      {
        config: { action: 'reports.write' },
        schema: {
          tags: TAG,
          summary: 'Nhập bảng kế hoạch, báo cáo nhận từ các bộ, tỉnh (.xlsx/.csv đã tải lên): chạy thử rồi xác nhận',
          body: z.object({
            upload: z.string().min(1).max(64).describe('Mã tệp đã tải lên qua /api/uploads/'),
            dryRun: z.boolean().default(true),
            partial: z.boolean().optional().describe('Nhập các dòng không lỗi, bỏ các dòng lỗi'),
          }),
          response: { 200: planImportSchema, ...errors },
        },
      },
      async (request) =>
        importPlansUpload(ctx, {
          owner: ownerOf(request),
          principal: principalOf(request),
          upload: request.body.upload,
          dryRun: request.body.dryRun,
          ...(request.body.partial !== undefined && { partial: request.body.partial }),
        }),
    );
  };
