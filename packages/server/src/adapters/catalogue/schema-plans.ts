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
}

export interface PlansSchema {
  plan_entries: PlanEntriesTable;
}
