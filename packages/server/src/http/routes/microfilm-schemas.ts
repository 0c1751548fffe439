import { z } from 'zod';
import { FILM_CONDITIONS, FILM_GENERATIONS, FILM_TYPES, MAX_FRAMES } from '@duphong/core';

/** Schemas of the microfilm API (routes/microfilm.ts) and of the record page's analogue copies. */

const day = z.string().describe('Ngày YYYY-MM-DD');
const dayInput = z.string().min(8).max(10).describe('Ngày DD/MM/YYYY (hoặc YYYY-MM-DD)');
const condition = z.enum(FILM_CONDITIONS).describe('Tình trạng vật lý: 01 Tốt · 02 Bình thường · 03 Hỏng');
const generation = z.enum(FILM_GENERATIONS).describe('master: âm bản gốc · duplicate-negative: âm bản sao · positive: dương bản');
const filmType = z.enum(FILM_TYPES).describe('Khổ phim: 35mm hoặc 16mm');

export const filmFindingSchema = z.object({
  code: z.string().describe('Mã phát hiện DP-FILM-…'),
  severity: z.enum(['error', 'warning']),
  vi: z.string(),
  en: z.string(),
  path: z.string().optional(),
});

export const reelSchema = z.object({
  id: z.string(),
  code: z.string().describe('Số cuộn phim'),
  unitId: z.string().nullable(),
  filmType,
  generation,
  filmedDate: day.describe('Ngày chụp (YYYY-MM-DD): năm cuộn phim được tính trong số liệu'),
  frameCount: z.number().int(),
  reductionRatio: z.string().describe('Tỷ lệ thu nhỏ, ví dụ 1:14'),
  standard: z.string().describe('Tiêu chuẩn, ví dụ ISO 6199'),
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const frameSchema = z.object({
  reelId: z.string(),
  fileCode: z.string(),
  documentId: z.string().nullable(),
  frameFrom: z.number().int(),
  frameTo: z.number().int(),
});

export const duplicateSchema = z.object({
  id: z.string(),
  reelId: z.string(),
  code: z.string().describe('Số hiệu bản phim'),
  generation,
  location: z.string().describe('Nơi bảo quản (kho, site)'),
  medium: z.string().describe('Đế phim / vật mang tin, ví dụ polyester'),
  createdDate: day.nullable(),
  condition,
  notes: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const filmInspectionSchema = z.object({
  id: z.string(),
  duplicateId: z.string(),
  date: day,
  inspector: z.string(),
  signs: z.array(z.string()).describe('Mã dấu hiệu: hoi-chung-giam, tray-xuoc, phai-mau, nam-moc, dinh-phim, cong-venh, dom-bac, rach-dut'),
  readable: z.boolean(),
  condition,
  notes: z.string(),
  createdAt: z.string(),
});

export const reelViewSchema = reelSchema.extend({
  frames: z.array(frameSchema),
  duplicates: z.array(duplicateSchema.extend({ inspections: z.array(filmInspectionSchema) })),
});

export const analogueCopySchema = z.object({
  reelId: z.string(),
  reelCode: z.string(),
  filmType,
  filmedDate: day,
  frames: z.array(z.object({ frameFrom: z.number().int(), frameTo: z.number().int(), documentId: z.string().nullable() })),
  duplicateId: z.string(),
  duplicateCode: z.string(),
  generation,
  location: z.string(),
  medium: z.string(),
  condition,
  lastInspection: z.object({ date: day, inspector: z.string(), signs: z.array(z.string()), readable: z.boolean() }).nullable(),
  counts: z.boolean().describe('Được tính là bản sao dự phòng: không hỏng (03) và còn đọc được ở lần kiểm tra gần nhất'),
});

const figures = z.object({
  reels: z.number().int(),
  frames: z.number().int(),
  filesCovered: z.number().int(),
  duplicates: z.number().int(),
  duplicatesByCondition: z.object({ '01': z.number().int(), '02': z.number().int(), '03': z.number().int() }),
});
export const figuresSchema = z.object({
  year: z.number().int(),
  units: z.array(figures.extend({ unitId: z.string().nullable() })),
  total: figures,
});

export const reelBody = z.object({
  code: z.string().min(1).max(100),
  unitId: z.string().max(200).nullable(),
  filmType,
  generation: generation.optional(),
  filmedDate: dayInput,
  frameCount: z.number().int().min(1).max(MAX_FRAMES),
  reductionRatio: z.string().max(20).optional(),
  standard: z.string().max(100).optional(),
  notes: z.string().max(2000).optional(),
});

export const framesBody = z.object({
  frames: z
    .array(
      z.object({
        fileCode: z.string().min(1).max(200),
        documentId: z.string().max(200).nullable().optional(),
        frameFrom: z.number().int(),
        frameTo: z.number().int(),
      }),
    )
    .max(10_000),
  append: z.boolean().default(false).describe('true: thêm vào các khoảng khung đã có; false: thay toàn bộ'),
});

export const duplicateBody = z.object({
  code: z.string().min(1).max(100),
  generation: generation.optional(),
  location: z.string().min(1).max(500),
  medium: z.string().max(100).optional(),
  createdDate: dayInput.nullable().optional(),
  condition: condition.optional(),
  notes: z.string().max(2000).optional(),
});

export const inspectionBody = z.object({
  date: dayInput,
  inspector: z.string().max(200).optional(),
  signs: z.array(z.string().max(50)).max(20),
  readable: z.boolean(),
  condition,
  notes: z.string().max(2000).optional(),
});
