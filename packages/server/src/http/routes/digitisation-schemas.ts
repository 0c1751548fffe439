import { z } from 'zod';
import { BATCH_STATES, DOCUMENT_STATES } from '@duphong/core';

/** Schemas of the digitisation API (routes/digitisation.ts), shared with the OpenAPI document. */

export const findingSchema = z.object({
  code: z.string().describe('Mã phát hiện, ví dụ DP-SCAN-LOW-DPI'),
  severity: z.enum(['error', 'warning']).describe('error: tài liệu không đạt · warning: cần người xem xét'),
  vi: z.string(),
  en: z.string(),
  page: z.number().int().optional(),
  name: z.string().optional(),
});

export const batchSchema = z.object({
  id: z.string(),
  name: z.string(),
  unitId: z.string(),
  listId: z.string().nullable().describe('Danh mục dự phòng đã phê duyệt mà đợt được lập theo'),
  state: z.enum(BATCH_STATES),
  files: z.array(z.object({ fileCode: z.string(), title: z.string(), expectedPages: z.number().int().nullable() })),
  operator: z.string().describe('Người quét'),
  equipment: z.string().describe('Thiết bị quét'),
  dueDate: z.string().nullable().describe('Hạn hoàn thành (YYYY-MM-DD)'),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  runStartedAt: z.string().nullable(),
  runStartPages: z.number().int(),
  note: z.string(),
  closedAt: z.string().nullable(),
});

export const progressSchema = z.object({
  documents: z.number().int(),
  pages: z.number().int(),
  byState: z.record(z.string(), z.number().int()),
  pagesConverted: z.number().int(),
  pagesRemaining: z.number().int(),
  fraction: z.number().describe('Phần tài liệu đã xong (đã lưu hoặc không đạt), 0–1'),
  eta: z.string().nullable().describe('Dự kiến xong chuyển đổi (ISO 8601), theo tốc độ của lần chạy này'),
});

export const documentSchema = z.object({
  batchId: z.string(),
  fileCode: z.string(),
  ordinal: z.number().int(),
  state: z.enum(DOCUMENT_STATES),
  sources: z.array(z.string()),
  pages: z.number().int(),
  findings: z.array(findingSchema),
  pageInfo: z.array(z.object({ page: z.number().int(), source: z.string(), confidence: z.number().nullable() })),
  pdfSha256: z.string().nullable(),
  keptAsIs: z.boolean(),
  kind: z.enum(['doc', 'pic', 'media']).describe('doc tài liệu (PDF/A) · pic ảnh · media ghi âm, ghi hình (giữ nguyên)'),
  facts: z.record(z.string(), z.string()).describe('Trường mô tả đo từ tệp: thời lượng, chất lượng, cỡ ảnh…'),
  decidedBy: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  updatedAt: z.string(),
});

export const reviewItemSchema = documentSchema.extend({ unitId: z.string(), batchName: z.string() });

export const createBatchBody = z.object({
  listId: z.string().min(1).max(200).optional(),
  fileCodes: z.array(z.string().min(1).max(100)).max(10_000).optional(),
  name: z.string().max(300).optional(),
  operator: z.string().max(200).optional(),
  equipment: z.string().max(200).optional(),
  dueDate: z.string().max(20).optional().describe('DD/MM/YYYY hoặc YYYY-MM-DD'),
  note: z.string().max(2000).optional(),
});

export const batchParams = z.object({ id: z.string().uuid() });
export const documentParams = z.object({
  id: z.string().uuid(),
  fileCode: z.string().min(1).max(100),
  ordinal: z.coerce.number().int().min(1).max(9_999_999),
});
export const pageParams = documentParams.extend({ page: z.coerce.number().int().min(1).max(100_000) });
