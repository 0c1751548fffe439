import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { saveDocument, saveFile, saveFonds } from '../../usecases/record-edits.js';
import { addInspection, saveHolding } from '../../usecases/holding-inspection-edits.js';
import { listVisibleFiles, listVisibleFonds, readFile, readFonds, readInspections } from '../../usecases/record-reads.js';
import { errorSchema } from '../errors.js';
import {
  documentSchema,
  fieldsSchema,
  fileRecordSchema,
  findingSchema,
  fondsSchema,
  holdingSchema,
  inspectionSchema,
} from '../record-schemas.js';

/*
 * The archival description over HTTP: fonds, files, documents, holdings, inspections (catalogue
 * .records). Routes parse, call the use cases (usecases/record-edits.ts, record-reads.ts), render.
 * Writes are upserts by code, checked against the TT05 field catalogue: errors refuse the write
 * (400 with the findings), warnings come back with the saved record. Reads obey the reader's
 * access levels like search: a record above them answers 404, as if it did not exist.
 * Levels come from the signed-in user's roles (core levelsOf), never from the client.
 */
const TAG = 'mô tả lưu trữ';
const page = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), offset: z.coerce.number().int().min(0).default(0) });
const saved = <T extends z.ZodType>(item: T) => z.object({ saved: item, findings: z.array(findingSchema) });

export const recordRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/fonds',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: [TAG],
          summary: 'Danh sách phông / công trình / sưu tập',
          querystring: z.object({ unit: z.string().optional() }),
          response: { 200: z.array(fondsSchema) },
        },
      },
      (req) => listVisibleFonds(ctx, req.query.unit, req.principal),
    );
    app.get(
      '/api/fonds/:code',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: [TAG],
          summary: 'Một phông, kèm kho bảo quản và số hồ sơ',
          params: z.object({ code: z.string() }),
          response: {
            200: z.object({ fonds: fondsSchema, holdings: z.array(holdingSchema), files: z.number().int() }),
            400: errorSchema,
            404: errorSchema,
          },
        },
      },
      (req) => readFonds(ctx, req.params.code, { principal: req.principal, ip: req.ip }),
    );
    app.put(
      '/api/fonds/:code',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật phông',
          params: z.object({ code: z.string().min(1).max(100) }),
          body: z.object({
            name: z.string().min(1).max(1000),
            kind: z.enum(['fonds', 'work', 'collection']),
            status: z.enum(['open', 'closed']),
            unitId: z.string().nullable().default(null),
            fields: fieldsSchema.default({}),
            expectedUpdatedAt: z
              .string()
              .nullable()
              .optional()
              .describe('updatedAt của bản ghi khi người sửa mở nó (null: chưa có); đã bị sửa khác đi thì từ chối 409 DP-…-STALE'),
          }),
          response: { 200: saved(fondsSchema), 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (req) => saveFonds(ctx, req.params.code, req.body, req.principal),
    );

    app.get(
      '/api/files',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: [TAG],
          summary: 'Danh sách hồ sơ (theo phông)',
          description: 'Chỉ các hồ sơ trong mức được xem (mặc định 01–02, như tìm kiếm), kể cả trong tổng.',
          querystring: page.extend({ fonds: z.string().optional() }),
          response: { 200: z.object({ total: z.number().int(), files: z.array(fileRecordSchema) }), 400: errorSchema },
        },
      },
      (req) => {
        const { fonds, ...paging } = req.query;
        return listVisibleFiles(
          ctx,
          { ...(fonds !== undefined && { fondsCode: fonds }), ...paging },
          { principal: req.principal, ip: req.ip },
        );
      },
    );
    app.get(
      '/api/files/:code',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: [TAG],
          summary: 'Một hồ sơ, kèm tài liệu và các lần kiểm tra tình trạng',
          description:
            'Hồ sơ ngoài mức được xem (mặc định 01–02; chế độ sử dụng không rõ tính là 03) trả 404 như hồ sơ không tồn tại; tài liệu ngoài mức được ẩn.',
          params: z.object({ code: z.string() }),
          response: {
            200: z.object({ file: fileRecordSchema, documents: z.array(documentSchema), inspections: z.array(inspectionSchema) }),
            400: errorSchema,
            404: errorSchema,
          },
        },
      },
      (req) => readFile(ctx, req.params.code, { principal: req.principal, ip: req.ip }),
    );
    app.put(
      '/api/files/:code',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật mô tả hồ sơ (trường TT05 của AIP_hoso)',
          params: z.object({ code: z.string().min(1).max(100) }),
          body: z.object({
            title: z.string().min(1).max(1000),
            fondsCode: z.string().nullable().default(null),
            fields: fieldsSchema.default({}),
            expectedUpdatedAt: z
              .string()
              .nullable()
              .optional()
              .describe('updatedAt của bản ghi khi người sửa mở nó (null: chưa có); đã bị sửa khác đi thì từ chối 409 DP-…-STALE'),
          }),
          response: { 200: saved(fileRecordSchema), 400: errorSchema, 403: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      (req) => saveFile(ctx, req.params.code, req.body, req.principal),
    );

    app.put(
      '/api/documents/:id',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật mô tả tài liệu (EAD_doc / EAD_pic / EAD_media)',
          params: z.object({ id: z.string().min(1).max(200) }),
          body: z.object({
            fileCode: z.string().min(1),
            ordinal: z.number().int().positive().nullable().default(null),
            kind: z.enum(['doc', 'pic', 'media']).default('doc'),
            fields: fieldsSchema.default({}),
          }),
          response: { 200: saved(documentSchema) },
        },
      },
      (req) => saveDocument(ctx, req.params.id, req.body, req.principal),
    );

    app.put(
      '/api/holdings/:id',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật nơi bảo quản (kho, giá, hộp, mét giá, tình trạng)',
          params: z.object({ id: z.string().min(1).max(100) }),
          body: holdingSchema.omit({ id: true, createdAt: true, updatedAt: true }),
          response: { 200: holdingSchema },
        },
      },
      (req) => saveHolding(ctx, req.params.id, req.body, req.principal),
    );
    app.post(
      '/api/inspections',
      {
        config: { action: 'catalogue.write' },
        schema: {
          tags: [TAG],
          summary: 'Ghi một lần kiểm tra tình trạng (dấu hiệu hư hỏng, còn đọc được không)',
          body: inspectionSchema.omit({ id: true }),
          response: { 201: inspectionSchema },
        },
      },
      async (req, reply) => reply.code(201).send(await addInspection(ctx, req.body, req.principal)),
    );
    app.get(
      '/api/inspections',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: [TAG],
          summary: 'Các lần kiểm tra tình trạng của một bản ghi (mới nhất trước)',
          description: 'Bản ghi ngoài mức được xem trả 404 (như tìm kiếm; nơi bảo quản theo hồ sơ của nó).',
          querystring: z.object({ kind: z.enum(['fonds', 'file', 'document', 'holding']), code: z.string() }),
          response: { 200: z.array(inspectionSchema), 400: errorSchema, 404: errorSchema },
        },
      },
      (req) => readInspections(ctx, req.query.kind, req.query.code, { principal: req.principal, ip: req.ip }),
    );
  };
