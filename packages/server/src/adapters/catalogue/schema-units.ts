/**
 * The unit tables (migration 0003). Dates are `YYYY-MM-DD` text (C collation on PostgreSQL, so
 * text order is date order); booleans are integer 0/1, as in `schema.ts`.
 */

export interface UnitsTable {
  id: string;
  kind: string;
}

export interface UnitVersionsTable {
  unit_id: string;
  valid_from: string;
  valid_to: string | null;
  name: string;
  short_name: string | null;
  type: string;
  admin_code: string | null;
  agency_code: string | null;
  parent_id: string | null;
  verified: number;
  source: string | null;
  note: string | null;
}

export interface UnitSuccessionsTable {
  id: string;
  date: string;
  kind: string;
  note: string;
  verified: number;
  source: string | null;
}

/** One row per unit in a succession's `from` or `to` list; `position` keeps the list order. */
export interface UnitSuccessionLinksTable {
  succession_id: string;
  role: 'from' | 'to';
  position: number;
  unit_id: string;
}

export interface UnitsSchema {
  units: UnitsTable;
  unit_versions: UnitVersionsTable;
  unit_successions: UnitSuccessionsTable;
  unit_succession_links: UnitSuccessionLinksTable;
}
