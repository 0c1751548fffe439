import type { InstrumentKind } from '../plans/instrument.js';
import type { RollupColumn } from '../plans/rollup.js';
import type { Figures } from '../plans/figures.js';
import type { Plan } from '../plans/plan.js';

/**
 * One plan or results report a unit sent for a year (or its statement that it holds no qualifying
 * records), as listed in a received table or entered by hand. `id` is the entry's natural key, so
 * importing the same table again changes nothing.
 */
export interface PlanEntry {
  id: string;
  unitId: string;
  /** The year column it was listed under. */
  year: number;
  column: RollupColumn;
  /** Null for a bare no-records statement. */
  kind: InstrumentKind | null;
  numberSymbol: string | null;
  /** YYYY-MM-DD. */
  date: string | null;
  noRecords: boolean;
  /** Where it came from: "phu-luc.xlsx dòng 12". */
  source: string;
  recordedAt: string;
  recordedBy: string;
  /** A report entered by its unit: what it says (absent for a listed instrument). */
  narrative?: string;
  /** The figures the report declares (computed ones are never stored). */
  declared?: Figures;
}

export interface PlanEntryFilter {
  fromYear?: number;
  toYear?: number;
  unitIds?: readonly string[];
}

/** `catalogue.plans` (migration 0015): joins the catalogue's transactions. Text is stored NFC. */
export interface PlanRepository {
  /** Insert, or replace the entry with the same id. */
  putEntry(entry: PlanEntry): Promise<void>;
  /** By year, unit, column, then id. */
  listEntries(filter?: PlanEntryFilter): Promise<PlanEntry[]>;

  /** Insert, or replace the plan with the same id (its first `createdAt` kept). */
  putPlan(plan: Plan): Promise<void>;
  getPlan(id: string): Promise<Plan | undefined>;
  /** By unit, date, then id. */
  listPlans(filter?: { unitIds?: readonly string[] }): Promise<Plan[]>;
}

/** The natural key of an entry: the same instrument listed again is the same entry. */
export function planEntryId(e: Pick<PlanEntry, 'unitId' | 'year' | 'column' | 'numberSymbol' | 'date' | 'noRecords'>): string {
  return [e.unitId, e.year, e.column, e.numberSymbol ?? '-', e.date ?? '-', e.noRecords ? 'khong-co-tai-lieu' : 'van-ban'].join('|');
}
