import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { ACCESS_MODES } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { PORTAL_COUNT_CAP, PORTAL_PAGE_SIZE, searchPortal } from '../../usecases/portal-search.js';
import { harvestStatus } from '../../usecases/harvest.js';

const ACCESS_LABELS: Record<(typeof ACCESS_MODES)[number], string> = { '01': 'Công khai', '02': 'Sử dụng có điều kiện', '03': 'Mật' };

const facetSchema = z.array(z.object({ value: z.string(), count: z.number().int() }));

const hitSchema = z.object({
  title: z.string(),
  fileCode: z.string().describe('Mã hồ sơ tại hệ thống đang giữ'),
  dates: z.string().nullable().describe('YYYY-MM-DD hoặc YYYY-MM-DD/YYYY-MM-DD'),
  fonds: z.object({ code: z.string().nullable(), name: z.string().nullable() }),
  province: z.string().describe('Tỉnh, bộ, ngành đang giữ hồ sơ'),
  instance: z.string().describe('Mã hệ thống đang giữ hồ sơ'),
  url: z.string().describe('Trang hồ sơ tại hệ thống đang giữ (quy định khai thác ở đó)'),
  access: z.object({ code: z.enum(ACCESS_MODES), label: z.string() }),
});

const runSchema = z.object({
  id: z.string(),
  peerId: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  status: z.enum(['running', 'ok', 'failed']),
  pages: z.number().int(),
  records: z.number().int(),
  deleted: z.number().int(),
  refused: z.number().int(),
  error: z.string().nullable(),
});

/** The national portal (decision 0027): public search over harvested records, the harvest status for admins. */
export const portalRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/portal/search',
      {
        config: { action: 'portal.read' },
        schema: {
          tags: ['cổng tra cứu'],
          summary: 'Tra cứu hồ sơ của mọi hệ thống đã thu thập',
          description:
            'Không cần đăng nhập: chỉ thấy hồ sơ mức 01 (công khai); người đã đăng nhập thấy thêm các mức được phép trong đơn vị của mình. ' +
            `Tổng chính xác tới ${PORTAL_COUNT_CAP}, quá thì "totalCapped" và thống kê tính trên ${PORTAL_COUNT_CAP} kết quả đầu. ` +
            'Mỗi kết quả dẫn về trang hồ sơ ở hệ thống đang giữ.',
          querystring: z.object({
            q: z.string().max(500).default('').describe('Từ khóa; không dấu cũng được ("ha noi" tìm "Hà Nội")'),
            province: z.string().max(200).optional().describe('Lọc theo tỉnh, bộ, ngành'),
            fonds: z.string().max(100).optional().describe('Lọc theo mã phông'),
            page: z.coerce
              .number()
              .int()
              .min(1)
              .max(PORTAL_COUNT_CAP / PORTAL_PAGE_SIZE)
              .default(1),
          }),
          response: {
            200: z.object({
              total: z.number().int(),
              totalCapped: z.boolean().describe(`Có từ ${PORTAL_COUNT_CAP} kết quả trở lên`),
              page: z.number().int(),
              pageSize: z.number().int(),
              hits: z.array(hitSchema),
              facets: z.object({ province: facetSchema, fonds: facetSchema }),
            }),
          },
        },
      },
      async (request) => {
        const r = await searchPortal(ctx, request.principal, request.query);
        return {
          total: r.total,
          totalCapped: r.totalCapped,
          page: r.page,
          pageSize: r.pageSize,
          facets: r.facets,
          hits: r.hits.map((h) => ({
            title: h.title,
            fileCode: h.fileCode,
            dates: h.dates,
            fonds: { code: h.fondsCode, name: h.fondsName },
            province: h.province,
            instance: h.peerId,
            url: h.url,
            access: { code: h.access, label: ACCESS_LABELS[h.access] },
          })),
        };
      },
    );

    app.get(
      '/api/portal/harvests',
      {
        config: { action: 'harvests.read' },
        schema: {
          tags: ['cổng tra cứu'],
          summary: 'Tình trạng thu thập OAI-PMH từ các hệ thống',
          description:
            'Giống `duphong harvest --status --json`: mỗi hệ thống được thu thập, số hồ sơ, mốc thu thập tăng dần, lần chạy gần nhất.',
          response: {
            200: z.object({
              peers: z.array(
                z.object({
                  peer: z.string(),
                  name: z.string().nullable(),
                  records: z.number().int(),
                  lastFrom: z.string().nullable(),
                  resuming: z.boolean().describe('Đang dở một danh sách, lần sau tiếp tục bằng resumptionToken'),
                  lastRun: runSchema.nullable(),
                }),
              ),
            }),
          },
        },
      },
      async () => harvestStatus(ctx),
    );
  };
