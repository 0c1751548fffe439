import { availableParallelism } from 'node:os';
import { DEFAULT_QC_RULES, type QcRules } from '@duphong/core';
import type { Context } from '../ports/context.js';

/*
 * The digitisation settings a unit works under (config `digitisation`): the instance's rules,
 * then the unit's own, over core's defaults. Nested objects (dpi, severity, video, audio) merge key
 * by key so a unit can change one threshold without restating the rest.
 */

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function merge<T>(base: T, over: Record<string, unknown> | undefined): T {
  if (!over) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    out[key] = isObject(current) && isObject(value) ? { ...current, ...value } : value;
  }
  return out as T;
}

export function qcRulesFor(ctx: Context, unitId: string): QcRules {
  const settings = ctx.config.digitisation;
  return merge(merge(DEFAULT_QC_RULES, settings.rules), settings.units[unitId]?.rules);
}

/** How many documents are converted at once: the configured number, else one per core. */
export function conversionParallelism(ctx: Context): number {
  return ctx.config.digitisation.parallel ?? Math.max(1, availableParallelism());
}

/** Whether the unit's policy keeps the original scans beside the PDF/A in the backup copy. */
export function keepsOriginals(ctx: Context, unitId: string): boolean {
  return ctx.config.digitisation.units[unitId]?.keepOriginals ?? ctx.config.digitisation.keepOriginals;
}
