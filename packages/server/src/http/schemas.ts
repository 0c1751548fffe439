import { z } from 'zod';
import { analogueCopySchema } from './routes/microfilm-schemas.js';
import { COPY_STATUSES, JOB_KINDS, MEDIA, REGIONS, SITE_KINDS } from '@duphong/core';

// Response shapes shared by several routes. Field names follow the CLI's --json output (CONTRACT.md).

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');

export const siteSummarySchema = z.object({
  name: z.string(),
  kind: z.enum(SITE_KINDS),
  region: z.enum(REGIONS).describe('Vùng: bac (Bắc), trung (Trung), nam (Nam)'),
  medium: z.enum(MEDIA).describe('Phương tiện lưu trữ'),
  online: z.boolean().describe('Site có truy cập và ghi được lúc này không'),
  objects: z.number().int().describe('Số đối tượng có bản sao trên site'),
  bytes: z.number().int().describe('Tổng dung lượng (byte)'),
  vanished: z.boolean().describe('Thư mục/bucket hoặc gốc lưu trữ OCFL của site không còn: mọi bản sao trên đó được ghi là mất (missing)'),
});

export const copyCountsSchema = z
  .object({ ok: z.number().int(), pending: z.number().int(), damaged: z.number().int(), missing: z.number().int() })
  .describe('Số bản sao theo trạng thái');

export const objectSummarySchema = z.object({
  id: z.string().describe('Mã đối tượng OCFL (urn:uuid:…)'),
  fileCode: z.string().describe('Mã hồ sơ'),
  title: z.string().nullable().describe('Tiêu đề hồ sơ trong danh mục'),
  head: z.number().int().describe('Phiên bản mới nhất'),
  createdAt: isoTime,
  updatedAt: isoTime,
  copies: copyCountsSchema,
});

export const versionSchema = z.object({
  version: z.number().int(),
  created: isoTime,
  message: z.string(),
  files: z.number().int(),
  bytes: z.number().int(),
});

export const headFileSchema = z.object({
  logicalPath: z.string().describe('Đường dẫn tài liệu như người dùng thấy'),
  sha256: z.string(),
  size: z.number().int(),
});

export const eventSchema = z.object({
  id: z.string(),
  site: z.string().nullable(),
  type: z.string().describe('Loại sự kiện PREMIS'),
  dateTime: isoTime,
  outcome: z.enum(['success', 'failure', 'warning']),
  detail: z.string(),
  agent: z.string(),
});

export const copySchema = z.object({
  site: z.string(),
  version: z.number().int(),
  status: z.enum(COPY_STATUSES).describe('ok | damaged | missing | pending'),
  verifiedAt: isoTime.nullable().describe('Lần đọc lại và đối chiếu mã băm gần nhất'),
  detail: z.string().optional(),
});

export const copiesSchema = z.object({
  object: z.string(),
  fileCode: z.string(),
  head: z.number().int(),
  copies: z.array(copySchema),
  analogue: z.array(analogueCopySchema).describe('Bản sao vi phim của hồ sơ (docs/microfilm.md), bên cạnh bản sao số'),
});

export const findingSchema = z.object({
  object: z.string(),
  site: z.string(),
  path: z.string().nullable(),
  code: z.string().describe('Mã phát hiện ổn định (mã OCFL hoặc DP-…)'),
  detail: z.string(),
});

export const auditRunSchema = z.object({
  id: z.string(),
  startedAt: isoTime,
  finishedAt: isoTime.nullable(),
  scope: z.string().describe("Phạm vi: 'due', 'all' hoặc 'site:TÊN'"),
  checked: z.number().int(),
  damaged: z.number().int(),
  repaired: z.number().int(),
  unrepaired: z.number().int(),
  findings: z.array(findingSchema),
});

export const JOB_STATUSES = ['queued', 'running', 'done', 'failed'] as const;

export const jobSchema = z.object({
  id: z.string(),
  // A string, not the enum: the catalogue may hold a kind of another version of DuPhong.
  kind: z.string().describe(`Loại tác vụ: ${JOB_KINDS.join(', ')}`),
  payload: z.record(z.string(), z.unknown()),
  status: z.enum(JOB_STATUSES),
  runAt: isoTime,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: isoTime,
  updatedAt: isoTime,
});

export const incidentSchema = z.object({
  id: z.string(),
  objectId: z.string(),
  site: z.string().nullable(),
  path: z.string().nullable(),
  code: z.string(),
  detail: z.string(),
  createdAt: isoTime,
  resolvedAt: isoTime.nullable(),
});
