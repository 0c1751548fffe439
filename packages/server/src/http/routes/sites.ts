import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { MEDIA, REGIONS } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { addSite, editSite, listSitesWithUsage } from '../../usecases/sites.js';
import { replicationPolicyView } from '../../usecases/site-policy.js';
import { errorSchema, requestLang } from '../errors.js';
import { copyCountsSchema, siteSummarySchema } from '../schemas.js';

const TAG = ['site'];

const siteSchema = siteSummarySchema.extend({
  description: z.string().describe('Mô tả do người quản trị ghi (nơi đặt, đơn vị giữ)'),
  location: z.string().describe('Thư mục (fs) hoặc endpoint/bucket/prefix (S3); không bao giờ có khóa truy cập'),
  copies: copyCountsSchema,
  lastVerifiedAt: z.string().nullable().describe('Lần kiểm tra gần nhất của một bản sao trên site (giờ Việt Nam)'),
});

// Strings, not enums: the use case words every problem in Vietnamese (zod's messages are English).
const text = (max: number) => z.string().max(max);
const addBody = z
  .object({
    name: text(63).describe('Tên site: a-z, 0-9, - và _'),
    kind: text(10).describe('fs (thư mục) hoặc s3'),
    region: text(20).describe(`Vùng: ${REGIONS.join(', ')}`),
    medium: text(20)
      .optional()
      .describe(`Phương tiện: ${MEDIA.join(', ')} (mặc định disk cho fs, object cho s3)`),
    path: text(4096).optional().describe('Thư mục tuyệt đối của site fs'),
    endpoint: text(2048).optional().describe('Địa chỉ S3'),
    bucket: text(255).optional(),
    prefix: text(1024).optional(),
    s3Region: text(64).optional(),
    description: text(1000).optional(),
  })
  .describe('Khóa truy cập S3 lấy từ biến môi trường của máy chủ, không gửi qua API');
const editBody = z.object({
  region: text(20).optional(),
  medium: text(20).optional(),
  description: text(1000).optional().describe('Chuỗi rỗng để xóa mô tả'),
});

const configuredSite = z.object({
  name: z.string(),
  kind: z.string(),
  region: z.enum(REGIONS),
  medium: z.enum(MEDIA),
  description: z.string(),
});

const policySchema = z.object({
  copies: z.number().int().describe('Số bản sao của mỗi đối tượng'),
  minRegions: z.number().int().describe('Số vùng tối thiểu'),
  minMedia: z.number().int().describe('Số loại phương tiện tối thiểu'),
  sites: z.object({ total: z.number().int(), online: z.number().int(), regions: z.array(z.enum(REGIONS)), media: z.array(z.enum(MEDIA)) }),
  objects: z.object({ total: z.number().int(), meeting: z.number().int(), below: z.number().int() }),
  met: z.boolean().describe('Chính sách được đáp ứng: đủ site và mọi đối tượng đủ bản sao tốt'),
  shortfalls: z.array(z.object({ code: z.string(), message: z.string() })),
});

const shown = (site: {
  name: string;
  kind: string;
  region: (typeof REGIONS)[number];
  medium: (typeof MEDIA)[number];
  description?: string;
}) => ({
  name: site.name,
  kind: site.kind,
  region: site.region,
  medium: site.medium,
  description: site.description ?? '',
});

export const siteRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/sites',
      {
        config: { action: 'sites.read' },
        schema: {
          tags: TAG,
          summary: 'Danh sách site lưu trữ',
          description:
            'Giống `duphong site list --json`: mỗi site kèm trạng thái trực tuyến, số đối tượng, dung lượng, bản sao theo trạng thái và lần kiểm tra gần nhất.',
          response: { 200: z.array(siteSchema) },
        },
      },
      () => listSitesWithUsage(ctx),
    );

    app.post(
      '/api/sites',
      {
        config: { action: 'sites.manage' },
        schema: {
          tags: TAG,
          summary: 'Thêm site lưu trữ (fs hoặc S3)',
          description: 'Giống `duphong site add`: kiểm tra site ghi được, tạo gốc lưu trữ OCFL rồi ghi vào cấu hình.',
          body: addBody,
          response: { 201: configuredSite, 400: errorSchema, 409: errorSchema, 503: errorSchema },
        },
      },
      async (request, reply) => reply.code(201).send(shown(await addSite(ctx, request.body))),
    );

    app.put(
      '/api/sites/:name',
      {
        config: { action: 'sites.manage' },
        schema: {
          tags: TAG,
          summary: 'Sửa vùng, phương tiện hoặc mô tả của một site',
          params: z.object({ name: z.string().min(1).max(63) }),
          body: editBody,
          response: { 200: configuredSite, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => shown(await editSite(ctx, request.params.name, request.body)),
    );

    app.get(
      '/api/policy',
      {
        config: { action: 'sites.read' },
        schema: {
          tags: TAG,
          summary: 'Chính sách nhân bản và việc đáp ứng nó',
          description:
            'Số bản sao, số vùng và số loại phương tiện tối thiểu (cấu hình), các site có đáp ứng được không và bao nhiêu đối tượng chưa đủ.',
          response: { 200: policySchema },
        },
      },
      async (request) => {
        const view = await replicationPolicyView(ctx);
        const lang = requestLang(request);
        return { ...view, shortfalls: view.shortfalls.map((s) => ({ code: s.code, message: s[lang] })) };
      },
    );
  };
