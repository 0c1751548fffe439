import { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { COPY_STATUSES } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { readRecordPage } from '../../usecases/record-page.js';
import { openDocumentContent } from '../../usecases/document-content.js';
import { bilingualSchema } from './incident-schemas.js';
import { analogueCopySchema } from './microfilm-schemas.js';

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
const mode = z.enum(['01', '02', '03']);
const labelledField = z.object({ name: z.string(), label: bilingualSchema, value: z.string(), display: z.string() });

export const recordPageSchema = z.object({
  file: z.object({ code: z.string(), title: z.string(), mode, fields: z.array(labelledField) }),
  fonds: z.object({ code: z.string(), name: z.string(), unitId: z.string().nullable() }).nullable(),
  unit: z.object({ id: z.string(), name: z.string().nullable() }).nullable(),
  documents: z.array(
    z.object({
      id: z.string(),
      ordinal: z.number().int().nullable(),
      kind: z.string(),
      title: z.string(),
      mode,
      canView: z.boolean().describe('Người dùng được xem nội dung và có bản sao chứa nó'),
      fields: z.array(labelledField),
    }),
  ),
  holdings: z.array(
    z.object({
      id: z.string(),
      fondsCode: z.string(),
      fileCode: z.string().nullable(),
      medium: z.string(),
      shelfMetres: z.number().nullable(),
      store: z.string().nullable(),
      shelf: z.string().nullable(),
      box: z.string().nullable(),
      condition: z.string().nullable(),
      createdAt: isoTime,
      updatedAt: isoTime,
    }),
  ),
  inspections: z.array(
    z.object({
      id: z.string(),
      recordKind: z.enum(['fonds', 'file', 'document', 'holding']),
      recordCode: z.string(),
      date: z.string(),
      inspector: z.string(),
      signs: z.array(z.string()),
      readable: z.boolean().nullable(),
      notes: z.string(),
    }),
  ),
  backup: z
    .object({
      objectId: z.string(),
      head: z.number().int(),
      createdAt: isoTime,
      updatedAt: isoTime,
      copies: z.array(
        z.object({
          site: z.string(),
          region: z.string().nullable(),
          medium: z.string().nullable(),
          version: z.number().int(),
          status: z.enum(COPY_STATUSES),
          verifiedAt: isoTime.nullable(),
        }),
      ),
      versions: z.array(
        z.object({ version: z.number().int(), created: isoTime, message: z.string(), files: z.number().int(), bytes: z.number() }),
      ),
    })
    .nullable()
    .describe('null: hồ sơ chưa có bản sao dự phòng'),
  analogueCopies: z
    .array(analogueCopySchema)
    .describe('Bản sao dự phòng dạng vi phim chứa hồ sơ (cuộn, bản phim, nơi bảo quản, tình trạng)'),
  events: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      typeLabel: bilingualSchema,
      dateTime: isoTime,
      outcome: z.string(),
      detail: z.string(),
      site: z.string().nullable(),
    }),
  ),
  openIncidents: z.number().int(),
  actions: z.array(z.enum(['make-backup', 'add-version', 'view-copies', 'run-audit', 'read-content'])),
});

/** RFC 6266 / 5987: an ASCII fallback and the exact UTF-8 name. */
export function inlineDisposition(filename: string): string {
  const ascii = filename
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `inline; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export const recordPageRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/record-pages/:fileCode',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: ['hồ sơ'],
          summary: 'Trang hồ sơ',
          description:
            'Mọi hồ sơ trong danh mục, có hay chưa có bản sao dự phòng: mô tả TT05 (kèm nhãn), tài liệu, nơi bảo quản, kiểm tra tình trạng, bản sao theo site với lần kiểm chứng gần nhất, lịch sử PREMIS và các thao tác được phép (ví dụ make-backup khi chưa có bản sao).',
          params: z.object({ fileCode: z.string().min(1) }),
          response: { 200: recordPageSchema, 404: errorSchema },
        },
      },
      async (request) => readRecordPage(ctx, request.principal, request.params.fileCode, request.ip),
    );

    app.get(
      '/api/documents/:id/content',
      {
        config: { action: 'content.read' },
        schema: {
          tags: ['hồ sơ'],
          summary: 'Nội dung tài liệu (xem trực tiếp)',
          description:
            'Tệp của tài liệu đọc từ một bản sao đã kiểm chứng, kiểm tra mã băm trong khi truyền; Content-Disposition inline. Tài liệu mức 02 cần yêu cầu khai thác được duyệt (với độc giả), mức 03 chỉ cán bộ.',
          params: z.object({ id: z.string().min(1) }),
          response: { 200: z.any().describe('Nội dung tệp (PDF, ảnh …)'), 403: errorSchema, 404: errorSchema, 503: errorSchema },
        },
      },
      async (request, reply) => {
        const content = await openDocumentContent(ctx, { principal: request.principal, ip: request.ip }, request.params.id);
        return reply
          .header('content-type', content.mediaType)
          .header('content-length', String(content.size))
          .header('content-disposition', inlineDisposition(content.filename))
          .header('cache-control', 'private, no-store')
          .send(Readable.from(content.body));
      },
    );
  };
