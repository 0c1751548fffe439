import { z } from 'zod';
import { SUCCESSION_KINDS, UNIT_ID_PATTERN, UNIT_KINDS } from '@duphong/core';
import type { UnitAtDate, UnitVersion } from '@duphong/core';

// Shapes of the /api/units routes. Dates are YYYY-MM-DD in responses; requests also take DD/MM/YYYY.

const day = z.string().describe('Ngày YYYY-MM-DD');
export const unitIdSchema = z
  .string()
  .regex(UNIT_ID_PATTERN)
  .describe('Mã định danh đơn vị (chữ thường không dấu, số, "-"), vd. province-lao-cai');
export const unitKindSchema = z
  .enum(UNIT_KINDS)
  .describe('Loại đơn vị: ministry, province, commune, peoples-committee, home-affairs-department, …');
export const dateParam = z.string().min(1).describe('Ngày: DD/MM/YYYY hoặc YYYY-MM-DD (hoặc thời điểm ISO 8601)');

const versionFields = {
  validFrom: day.describe('Ngày bắt đầu hiệu lực (tính cả ngày này)'),
  validTo: day.nullable().describe('Ngày cuối cùng còn hiệu lực; null: đang hiệu lực'),
  name: z.string().describe('Tên, không kèm loại (vd. "Lào Cai")'),
  shortName: z.string().nullable(),
  type: z.string().describe('Loại hành chính: "tỉnh", "thành phố trực thuộc trung ương", "bộ" …'),
  adminCode: z.string().nullable().describe('Mã đơn vị hành chính (QĐ 124/2004, QĐ 19/2025), giữ số 0 đầu'),
  agencyCode: z.string().nullable().describe('Mã định danh điện tử (QĐ 20/2020), vd. G09'),
  parentId: z.string().nullable().describe('Đơn vị cấp trên'),
  verified: z.boolean().describe('false: có thông tin chưa được đối chiếu văn bản (xem note)'),
  source: z.string().nullable().describe('Nguồn (văn bản, mục DOMAIN.md)'),
  note: z.string().nullable(),
};

export const unitVersionSchema = z.object(versionFields);

/** A unit with the version in force at the date asked, flattened. */
export const unitAtDateSchema = z.object({ id: z.string(), kind: unitKindSchema, ...versionFields });

export const successionSchema = z.object({
  id: unitIdSchema.describe('Mã sự kiện kế thừa, vd. merger-2025-lao-cai'),
  date: day.describe('Ngày đầu tiên của trạng thái mới'),
  kind: z.enum(SUCCESSION_KINDS).describe('merger (hợp nhất) · split (chia tách) · rename (đổi tên) · upgrade (nâng cấp)'),
  from: z.array(unitIdSchema).min(1).describe('Đơn vị trước; đơn vị có mặt cả ở "to" thì tiếp tục tồn tại'),
  to: z.array(unitIdSchema).min(1).describe('Đơn vị kế thừa'),
  note: z.string(),
  verified: z.boolean(),
  source: z.string().nullable(),
});

export const unitFindingSchema = z.object({
  code: z.string().describe('Mã phát hiện ổn định (DP-UNIT-…)'),
  severity: z.enum(['error', 'warning']),
  message: z.string(),
  path: z.string().optional(),
});

export const unitRefSchema = z.object({ id: z.string(), name: z.string().nullable(), adminCode: z.string().nullable() });

export const rollUpSchema = z.object({
  at: day,
  totals: z.array(unitRefSchema.extend({ count: z.number().int(), from: z.array(unitRefSchema.extend({ count: z.number().int() })) })),
  unresolved: z.array(unitRefSchema.extend({ count: z.number().int(), candidates: z.array(z.string()) })),
  findings: z.array(unitFindingSchema),
});

export function flattenUnit({ unit, version }: UnitAtDate): z.infer<typeof unitAtDateSchema> {
  const { unitId: _unitId, ...rest } = version;
  return { id: unit.id, kind: unit.kind, ...rest };
}

export function versionBody({ unitId: _unitId, ...rest }: UnitVersion): z.infer<typeof unitVersionSchema> {
  return rest;
}
