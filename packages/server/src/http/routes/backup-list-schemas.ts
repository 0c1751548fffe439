import { z } from 'zod';
import { BACKUP_LIST_ACTIONS, BACKUP_LIST_STATUSES, SELECTABLE_KINDS, SELECTION_REASONS } from '@duphong/core';

// Shapes of /api/backup-lists and /api/recognitions; field names as in `duphong backup-list … --json`.

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
const kind = z.enum(SELECTABLE_KINDS).describe('fonds (phông) · file (hồ sơ) · document (tài liệu)');
const by = z
  .string()
  .max(200)
  .optional()
  .describe('Không dùng khi đã đăng nhập: người thực hiện là người đăng nhập (chỉ cho công cụ chạy trên máy chủ)');

export const entrySchema = z.object({
  recordKind: kind,
  recordCode: z.string(),
  reason: z
    .enum(SELECTION_REASONS)
    .describe('special-value (giá trị đặc biệt) · at-risk (có nguy cơ hư hỏng) · plan-criterion (theo tiêu chí của kế hoạch)'),
  signs: z.array(z.string()).describe('Mã dấu hiệu hư hỏng của lần kiểm tra mới nhất'),
  readable: z.boolean().nullable().describe('Còn đọc được (mờ chữ)?'),
  inspectionDate: z.string().nullable(),
  note: z.string(),
});

export const historySchema = z.object({
  at: isoTime,
  by: z.string(),
  action: z.enum(BACKUP_LIST_ACTIONS),
  decisionNumber: z.string().optional(),
  decisionDate: z.string().optional(),
  note: z.string(),
});

const header = {
  id: z.string().describe('Mã danh mục, ví dụ DM-15-2026-1'),
  unitId: z.string().describe('Mã đơn vị'),
  year: z.number().int(),
  status: z.enum(BACKUP_LIST_STATUSES).describe('draft · submitted · approved · returned'),
  decisionNumber: z.string().nullable().describe('Số quyết định phê duyệt'),
  decisionDate: z.string().nullable().describe('Ngày quyết định phê duyệt (DD/MM/YYYY)'),
  createdAt: isoTime,
  updatedAt: isoTime,
};

export const listSchema = z.object({ ...header, entries: z.array(entrySchema), history: z.array(historySchema) });
export const summarySchema = z.object({ ...header, entryCount: z.number().int() });

export const findingSchema = z.object({
  code: z.string().describe('Mã DP-SELECT-… ổn định'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string().optional(),
});

export const stepSchema = z.object({ list: listSchema, findings: z.array(findingSchema).describe('Cảnh báo của bước này') });

export const rowSchema = z.object({
  stt: z.number().int(),
  recordKind: kind,
  code: z.string(),
  title: z.string(),
  time: z.string(),
  reason: z.string(),
  signs: z.string(),
  note: z.string(),
  riskRecoveryStatus: z.string().nullable().describe('01 đã dự phòng · 02 chưa'),
});

/** A refused step: the error plus every finding. */
export const refusalSchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), findings: z.array(findingSchema).optional() }),
});

export const recognitionSchema = z.object({
  recordKind: kind,
  recordCode: z.string(),
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuer: z.string(),
  note: z.string(),
  createdAt: isoTime,
  updatedAt: isoTime,
  unitId: z.string().nullable().describe('Đơn vị của hồ sơ (null: hồ sơ chưa được mô tả)'),
});

export const inspectionSchema = z.object({
  id: z.string(),
  recordKind: z.enum(['fonds', 'file', 'document', 'holding']),
  recordCode: z.string(),
  title: z.string().describe('Tên phông hoặc tiêu đề hồ sơ'),
  unitId: z.string().nullable(),
  date: z.string().describe('Ngày kiểm tra (YYYY-MM-DD)'),
  inspector: z.string(),
  signs: z.array(z.string()).describe('Mã dấu hiệu hư hỏng (mun, gion, mo-chu …)'),
  readable: z.boolean().nullable(),
  notes: z.string(),
});

export const inspectionBody = z.object({
  recordKind: kind.default('file'),
  recordCode: z.string().min(1).max(300),
  date: z.string().max(20).describe('Ngày kiểm tra DD/MM/YYYY'),
  inspector: z.string().max(200).optional().describe('Người kiểm tra; mặc định là người đăng nhập'),
  signs: z.array(z.string().max(100)).max(20).describe('Mã hoặc tên dấu hiệu hư hỏng'),
  readable: z.boolean().nullable().describe('Còn đọc được? null khi không đánh giá'),
  notes: z.string().max(2000).optional(),
});

export const createBody = z.object({
  unitId: z.string().min(1).max(100),
  year: z.number().int().min(1900).max(2200),
  by,
  id: z.string().min(1).max(100).optional(),
});
export const entryInputSchema = z.object({
  recordKind: kind.default('file'),
  recordCode: z.string().min(1).max(300),
  note: z.string().max(2000).optional(),
});
export const entriesBody = z.object({ by, entries: z.array(entryInputSchema).min(1).max(5000) });
export const proposeBody = z.object({ by, fondsCode: z.string().optional() });
export const actBody = z.object({ by, note: z.string().max(2000).optional() });
export const approveBody = z.object({
  by,
  decisionNumber: z.string().describe('Số quyết định phê duyệt, ví dụ 45/QĐ-SNV'),
  decisionDate: z.string().describe('Ngày quyết định (DD/MM/YYYY)'),
  note: z.string().max(2000).optional(),
});
export const recognitionBody = z.object({
  decisionNumber: z.string(),
  decisionDate: z.string(),
  issuer: z.string(),
  note: z.string().max(2000).optional(),
});
export const listParams = z.object({ id: z.string().min(1) });
