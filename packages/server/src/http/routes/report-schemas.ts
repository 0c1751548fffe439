import { z } from 'zod';
import { INSTRUMENT_KINDS, REPORT_FIGURES } from '@duphong/core';

/* Response shapes of the plans and reports routes (routes/reports.ts). */

const count = z.number().int();
const day = z.string().describe('Ngày YYYY-MM-DD');
const year = z.coerce.number().int().min(2000).max(2100);
export const yearQuery = year;

const listed = z.object({ kind: z.string(), number: z.string().nullable(), date: day.nullable(), from: z.string().optional() });
const perYear = <T extends z.ZodTypeAny>(t: T) => z.record(z.string(), t);
export const figuresSchema = z.partialRecord(z.enum(REPORT_FIGURES), z.number());

export const rollupSchema = z.object({
  years: z.array(count),
  units: z.array(
    z.object({
      unit: z.string(),
      name: z.string(),
      group: z.string().nullable(),
      plans: perYear(z.array(listed)),
      reports: perYear(z.array(listed.extend({ late: z.boolean() }))),
      noRecords: perYear(z.literal(true)),
    }),
  ),
  counts: z.object({ plans: perYear(count), reports: perYear(count), noRecords: perYear(count) }),
  withoutPlan: z.array(z.string()),
  neverReported: z.array(z.string()),
  late: z.array(z.object({ name: z.string(), year: count, date: day, deadline: day })),
  findings: z.array(z.object({ unit: z.string(), code: z.string(), message: z.string() })),
  figures: perYear(z.object({ computed: figuresSchema, declared: figuresSchema })).describe(
    'Số liệu mỗi năm: hệ thống tính từ cơ sở dữ liệu, và tổng số liệu các đơn vị kê khai',
  ),
});

const status = z.enum(['submitted', 'late', 'no-records', 'missing', 'not-yet-due']);

export const submissionsSchema = z.object({
  year: count,
  today: day,
  rows: z.array(
    z.object({ unitId: z.string(), name: z.string(), deadline: day, status, date: day.nullable(), daysLeft: count.nullable() }),
  ),
  counts: z.record(status, count),
  reminders: z.array(
    z.object({ unitId: z.string(), name: z.string(), deadline: day, status, date: day.nullable(), daysLeft: count.nullable() }),
  ),
});

export const unitReportSchema = z.object({
  unitId: z.string(),
  name: z.string(),
  year: count,
  level: z.enum(['agency', 'province', 'ministry']),
  deadline: day,
  status,
  reports: z.array(
    z.object({
      id: z.string(),
      kind: z.string().nullable(),
      numberSymbol: z.string().nullable(),
      date: day.nullable(),
      noRecords: z.boolean(),
      source: z.string(),
      recordedBy: z.string(),
      narrative: z.string().optional(),
    }),
  ),
  plans: z.array(z.object({ kind: z.string().nullable(), numberSymbol: z.string().nullable(), date: day.nullable() })),
  figures: z.array(
    z.object({ figure: z.enum(REPORT_FIGURES), computed: z.number().nullable(), declared: z.number().nullable(), differs: z.boolean() }),
  ),
  contributors: z.array(z.object({ unitId: z.string(), name: z.string(), status, date: day.nullable(), figures: figuresSchema })),
});

export const unitReportBody = z.object({
  numberSymbol: z.string().min(1).max(100),
  date: day,
  kind: z.enum(INSTRUMENT_KINDS).optional(),
  noRecords: z.boolean().optional(),
  narrative: z.string().max(20_000).optional(),
  declared: z.record(z.string(), z.union([z.number(), z.string().max(40), z.null()])).optional(),
});

const statisticsNumbers = {
  files: count,
  documents: count,
  pages: count,
  digitisedDocuments: count,
  digitisedPages: count,
  filesBackedUp: count,
  copies: count,
  copiesVerified: count,
  copiesFailed: count,
  filesPolicyMet: count,
};

export const statisticsSchema = z.object({
  at: day,
  unitId: z.string().nullable(),
  rows: z.array(
    z.object({
      unitId: z.string(),
      unitName: z.string(),
      fondsCode: z.string(),
      fondsName: z.string(),
      kind: z.enum(['fonds', 'work', 'collection']),
      ...statisticsNumbers,
    }),
  ),
  totals: z.object({ fonds: count, ...statisticsNumbers }),
});

export const planImportSchema = z.object({
  file: z.string(),
  units: count,
  plans: count,
  reports: count,
  noRecords: count,
  findings: z.array(
    z.object({
      row: count,
      column: count.nullable(),
      value: z.string(),
      code: z.string(),
      severity: z.enum(['error', 'warning']),
      message: z.string(),
      messageEn: z.string(),
    }),
  ),
  written: z.boolean(),
});
