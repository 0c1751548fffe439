import { z } from 'zod';
import { INSTRUMENT_KINDS, SELECTABLE_KINDS, TASK_STATUSES, parseUnitDate } from '@duphong/core';
import { requestError } from '../errors.js';
import type { PlanInput } from './plans.js';

/*
 * A plan as a person writes it (a JSON file for `duphong plan add`, the body of POST /api/plans):
 * dates DD/MM/YYYY or YYYY-MM-DD, lists that may be left out. Shape errors are reported per field
 * in Vietnamese, never as the schema library's English.
 */

const year = z.number().int();
const text = z.string().max(2000);
const criterion = z.object({
  id: z.string().max(60),
  label: text,
  recordKinds: z.array(z.enum(SELECTABLE_KINDS)).default([]),
  permanentOnly: z.boolean().default(true),
  words: z.array(z.string().max(200)).max(20).default([]),
  fields: z.array(z.string().max(60)).max(20).default([]),
  fondsCodes: z.array(z.string().max(100)).max(200).default([]),
});

export const planInputSchema = z.object({
  unitId: z.string().min(1).max(200),
  kind: z.enum(INSTRUMENT_KINDS).default('ke-hoach'),
  numberSymbol: z.string().min(1).max(100),
  date: z.string().min(1).max(40).describe('DD/MM/YYYY hoặc YYYY-MM-DD'),
  title: text,
  implements: z.array(z.string().max(100)).max(20).default([]),
  phases: z
    .array(z.object({ name: text, fromYear: year, toYear: year, milestone: text.default('') }))
    .max(20)
    .default([]),
  tasks: z
    .array(
      z.object({
        content: text,
        lead: z.string().max(300).default(''),
        coordinating: z.array(z.string().max(300)).max(50).default([]),
        fromYear: year,
        toYear: year,
        status: z.enum(TASK_STATUSES).default('not-started'),
      }),
    )
    .max(200)
    .default([]),
  criteria: z.array(criterion).max(50).default([]),
});

/** The plan in `value`, its date as YYYY-MM-DD; DP-PLAN-INVALID naming each wrong field otherwise. */
export function readPlanInput(value: unknown): PlanInput {
  const parsed = planInputSchema.safeParse(value);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => i.path.join('.') || '(gốc)');
    throw requestError(
      'DP-PLAN-INVALID',
      `Kế hoạch thiếu hoặc sai kiểu ở: ${fields.join(', ')}.`,
      `The plan is missing or mistyped at: ${fields.join(', ')}.`,
      {
        findings: fields.map((path) => ({
          code: 'DP-PLAN-INVALID',
          severity: 'error' as const,
          message: `Thiếu hoặc sai kiểu: ${path}`,
          path,
        })),
      },
    );
  }
  const date = parseUnitDate(parsed.data.date);
  if (!date)
    throw requestError(
      'DP-PLAN-INVALID',
      `Ngày "${parsed.data.date}" không có thật (DD/MM/YYYY).`,
      `The date "${parsed.data.date}" does not exist (DD/MM/YYYY).`,
    );
  return { ...parsed.data, date };
}
