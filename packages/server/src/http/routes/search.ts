import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ACCESS_MODES, BACKUP_STATUSES, SEARCH_MAX_LIMIT } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { parseSearchFilters } from '../../usecases/search.js';
import { searchFor } from '../../usecases/search-scoped.js';
import { errorSchema } from '../errors.js';

// The reader's levels come from their roles (core levelsOf), the same as every record read.

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

const hitSchema = z.object({
  kind: z.enum(['file', 'document']).describe('hồ sơ (file) hoặc tài liệu (document)'),
  code: z.string().describe('Mã hồ sơ, hoặc mã tài liệu (docCode)'),
  title: z.string(),
  fileCode: z.string().optional().describe('Hồ sơ chứa tài liệu'),
  fondsCode: z.string().nullable(),
  year: z.number().int().nullable(),
  mode: z.enum(ACCESS_MODES).describe('Chế độ sử dụng thực tế: 01 công khai, 02 có điều kiện, 03 mật'),
  score: z.number().int().describe('3 khớp đúng dấu · 2 khớp không dấu · 1 khớp tiền tố · 0 không có từ khóa'),
  highlight: z
    .array(z.tuple([z.number().int(), z.number().int()]))
    .optional()
    .describe('Vị trí [đầu, cuối) các từ khớp trong tiêu đề'),
});

const querySchema = z.object({
  q: z.string().max(500).default('').describe('Từ khóa; "cụm từ" trong ngoặc kép; không dấu cũng được'),
  limit: z.coerce.number().int().min(1).max(SEARCH_MAX_LIMIT).default(20),
  offset: z.coerce.number().int().min(0).default(0),
  kind: z.enum(['file', 'document']).optional(),
  unit: z.string().optional().describe('Mã đơn vị của phông'),
  fonds: z.string().optional().describe('Mã phông'),
  year: z.string().optional().describe('Năm (2001) hoặc khoảng năm (1995-2005)'),
  type: z.string().optional().describe('Mã loại văn bản typeName, cách nhau bởi dấu phẩy (02,22)'),
  medium: z.string().optional().describe('Vật mang tin (paper, film, digital, …)'),
  mode: z.string().optional().describe('Lọc theo chế độ sử dụng (01,02), trong phạm vi được phép'),
  backup: z
    .string()
    .optional()
    .describe(`Trạng thái dự phòng: ${BACKUP_STATUSES.join(', ')}`),
});

export const searchRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/search',
      {
        config: { action: 'catalogue.read' },
        schema: {
          tags: ['tìm kiếm'],
          summary: 'Tìm hồ sơ và tài liệu trong mục lục',
          description:
            'Giống `duphong search --json`. Khớp không phân biệt dấu (đ→d), khớp đúng dấu xếp trước, rồi khớp không dấu, rồi khớp tiền tố; cùng hạng theo mã. ' +
            'Mặc định chỉ thấy mức 01–02; hồ sơ, tài liệu ngoài mức được phép không xuất hiện, kể cả trong tổng và thống kê.',
          querystring: querySchema,
          response: {
            200: z.object({
              total: z.number().int(),
              levels: z.array(z.enum(ACCESS_MODES)).describe('Các mức đã áp dụng'),
              hits: z.array(hitSchema),
              facets: z.object({ fonds: facetSchema, year: facetSchema, type: facetSchema, mode: facetSchema, backup: facetSchema }),
            }),
            400: errorSchema,
          },
        },
      },
      async (request) => {
        const { q, limit, offset, ...raw } = request.query;
        const filters = parseSearchFilters(raw);
        const result = await searchFor(ctx, { principal: request.principal, ip: request.ip }, q, { filters, limit, offset });
        return { total: result.total, levels: result.levels, hits: result.hits, facets: result.facets };
      },
    );
  };
