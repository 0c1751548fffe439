import { z } from 'zod';

// Shapes of the archival description over HTTP (catalogue.records); field names as in core.

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
export const fieldsSchema = z
  .record(z.string(), z.string().max(10_000))
  .describe('Trường TT05 theo tên phần tử (title, maintenance, mode, …)');

export const findingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string().optional(),
});

export const fondsSchema = z.object({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['fonds', 'work', 'collection']).describe('phông · công trình · sưu tập'),
  status: z.enum(['open', 'closed']).describe('mở · đóng'),
  unitId: z.string().nullable(),
  fields: fieldsSchema,
  legacy: z.record(z.string(), z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const fileRecordSchema = z.object({
  code: z.string().describe('Mã hồ sơ'),
  fondsCode: z.string().nullable(),
  title: z.string(),
  fields: fieldsSchema,
  legacy: z.record(z.string(), z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const documentSchema = z.object({
  id: z.string().describe('Mã tài liệu (docCode)'),
  fileCode: z.string(),
  ordinal: z.number().int().nullable(),
  kind: z.enum(['doc', 'pic', 'media']),
  fields: fieldsSchema,
  legacy: z.record(z.string(), z.string()),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const holdingSchema = z.object({
  id: z.string(),
  fondsCode: z.string(),
  fileCode: z.string().nullable(),
  medium: z.string().describe('paper · film · photo · tape-disc · woodblock · digital'),
  shelfMetres: z.number().nonnegative().nullable(),
  store: z.string().nullable(),
  shelf: z.string().nullable(),
  box: z.string().nullable(),
  condition: z
    .string()
    .regex(/^0[123]$/)
    .nullable()
    .describe('01 tốt · 02 bình thường · 03 hỏng'),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const inspectionSchema = z.object({
  id: z.string(),
  recordKind: z.enum(['fonds', 'file', 'document', 'holding']),
  recordCode: z.string(),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .describe('Ngày kiểm tra (YYYY-MM-DD)'),
  inspector: z.string().min(1),
  signs: z.array(z.string()).describe('Mã dấu hiệu hư hỏng (danh mục damageSign / electronicRisk)'),
  readable: z.boolean().nullable(),
  notes: z.string(),
});
