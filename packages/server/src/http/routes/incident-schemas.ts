import { z } from 'zod';
import { COPY_STATUSES, INCIDENT_STATES } from '@duphong/core';
import { INCIDENT_SEVERITIES } from '../../usecases/incident-words.js';

const isoTime = z.string().describe('Thời điểm ISO 8601, múi giờ Việt Nam (+07:00)');
export const bilingualSchema = z.object({ vi: z.string(), en: z.string() });

export const incidentViewSchema = z.object({
  id: z.string(),
  code: z.string().describe('Mã phát hiện (DP-AUDIT-…)'),
  severity: z
    .enum(INCIDENT_SEVERITIES)
    .describe('critical: không còn bản nguyên vẹn / nhân chứng không thống nhất; high: bản sao hỏng chưa sửa; medium: còn lại'),
  state: z.enum(INCIDENT_STATES),
  fileCode: z.string().describe('Mã hồ sơ'),
  fileTitle: z.string().nullable(),
  objectId: z.string(),
  site: z.string().nullable(),
  path: z.string().nullable(),
  detail: z.string(),
  what: bilingualSchema.describe('Chuyện gì đã xảy ra'),
  todo: bilingualSchema.describe('Cần làm gì'),
  createdAt: isoTime,
  lastSeenAt: isoTime.describe('Lần kiểm tra gần nhất còn thấy lỗi'),
  occurrences: z.number().int().describe('Số lần kiểm tra thấy lỗi này'),
  acknowledged: z.object({ at: isoTime, by: z.string(), note: z.string() }).nullable(),
  resolved: z.object({ at: isoTime, by: z.string().nullable(), note: z.string().nullable() }).nullable(),
  copies: z.array(z.object({ site: z.string(), status: z.enum(COPY_STATUSES), verifiedAt: isoTime.nullable() })),
  decision: z
    .object({ agree: z.array(z.string()), disagree: z.array(z.string()), witnesses: z.string().nullable() })
    .nullable()
    .describe('Khi không chọn được bản chuẩn: site nào khớp, site nào khác'),
});

export const incidentNoteSchema = z.object({ note: z.string().max(2000).default('') });
