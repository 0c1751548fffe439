/** Plans and results reports received from units (migration 0015). */
export interface PlanEntriesTable {
  id: string;
  unit_id: string;
  year: number;
  column_kind: string;
  kind: string | null;
  number_symbol: string | null;
  date: string | null;
  no_records: number;
  source: string;
  recorded_at: string;
  recorded_by: string;
  /** Migration 0016: a report entered by its unit. */
  narrative: string | null;
  /** JSON of the declared figures (core REPORT_FIGURES). */
  declared: string | null;
}

/** Plans with their phases, tasks and criteria (migration 0017). */
export interface PlansTable {
  id: string;
  unit_id: string;
  kind: string;
  number_symbol: string;
  date: string;
  title: string;
  /** JSON: {implements, phases, tasks, criteria}. */
  body: string;
  created_at: string;
  updated_at: string;
  updated_by: string;
}

export interface PlansSchema {
  plan_entries: PlanEntriesTable;
  plans: PlansTable;
}
