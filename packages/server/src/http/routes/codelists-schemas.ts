import { z } from 'zod';
import { CODE_LIST_CANONICAL_FORMAT } from '@duphong/core';

// Request and response shapes of the shared code list routes (danh mục dùng chung).

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('Ngày YYYY-MM-DD');
const digest = z
  .string()
  .regex(/^[0-9a-f]{64}$/)
  .describe(`SHA-256 (hex chữ thường) của dạng chuẩn ${CODE_LIST_CANONICAL_FORMAT}`);

export const codeListIdParams = z.object({
  id: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9]{0,63}$/)
    .describe('Mã danh mục, ví dụ typeName, language, damageSign'),
});

export const versionQuery = z.object({
  version: z.coerce.number().int().min(1).optional().describe('Số phiên bản; mặc định phiên bản mới nhất'),
  at: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}(T[0-9:.]+(Z|[+-]\d{2}:\d{2}))?$/)
    .optional()
    .describe('Phiên bản có hiệu lực vào ngày này (YYYY-MM-DD hoặc thời điểm ISO 8601)'),
});

export const codeListSchema = z.object({
  id: z.string(),
  nameVi: z.string().describe('Tên danh mục'),
  nameEn: z.string(),
  authority: z.string().describe('Văn bản quy định, ví dụ TT 05/2025/TT-BNV'),
  source: z.string().describe('Nguồn của các mục và mức độ chắc chắn'),
});

export const itemSchema = z.object({
  code: z.string().min(1).max(64).describe('Mã, giữ nguyên số 0 đứng đầu'),
  labelVi: z.string().min(1).max(500).describe('Nhãn tiếng Việt'),
  labelEn: z.string().max(500).optional(),
  deprecated: z.boolean().optional().describe('Không dùng cho mô tả mới, vẫn tra được cho hồ sơ cũ'),
  note: z.string().max(2000).optional(),
});

const latestSchema = z.object({
  version: z.number().int(),
  validFrom: day,
  publishedAt: isoTime,
  digest,
  items: z.number().int().describe('Số mục'),
});

export const codeListSummarySchema = z.object({ list: codeListSchema, latest: latestSchema.nullable() });

export const versionSchema = z.object({
  listId: z.string(),
  version: z.number().int(),
  validFrom: day,
  publishedAt: isoTime,
  digest,
  items: z.array(itemSchema),
});

const codes = z.array(z.string());
export const versionHistorySchema = latestSchema.extend({
  changes: z
    .object({ added: codes, removed: codes, relabelled: codes, deprecated: codes, reinstated: codes, renoted: codes })
    .nullable()
    .describe('Mã thay đổi so với phiên bản trước (null cho phiên bản đầu)'),
});

export const digestSchema = z.object({
  listId: z.string(),
  version: z.number().int(),
  digest,
  algorithm: z.literal('sha256'),
  format: z.literal(CODE_LIST_CANONICAL_FORMAT),
  verified: z.boolean().describe('Nội dung đang lưu còn khớp mã băm đã ghi'),
});

const findingSchema = z.object({
  code: z.string().describe('Mã phát hiện DP-CODELIST-…'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string().optional(),
});

export const newVersionBody = z.strictObject({
  version: z.number().int().min(1).optional().describe('Số phiên bản mới; mặc định phiên bản mới nhất + 1'),
  validFrom: day,
  items: z.array(itemSchema).min(1).max(5000),
  list: codeListSchema.omit({ id: true }).optional().describe('Tên, cơ quan ban hành, nguồn: bắt buộc khi tạo danh mục mới'),
});

export const newVersionResponse = z.object({ version: versionSchema, warnings: z.array(findingSchema) });

const ref = z.object({ listId: z.string(), version: z.number().int(), digest: z.string() });

export const syncCheckBody = z.strictObject({
  lists: z.array(z.strictObject({ listId: z.string().min(1), version: z.number().int().min(1), digest })).max(1000),
});

export const syncCheckResponse = z.object({
  inSync: z.boolean(),
  lists: z.array(
    z.object({
      listId: z.string(),
      status: z.enum(['in-sync', 'missing', 'behind', 'ahead', 'differs', 'local-only']),
      local: ref.nullable(),
      central: ref.nullable(),
    }),
  ),
  findings: z.array(findingSchema),
});
