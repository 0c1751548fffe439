import type { ColumnType } from 'kysely';

/** Tables of the archival description (migration 0002); conventions as in schema.ts. */
export interface FondsTable {
  code: string;
  name: string;
  kind: string;
  status: string;
  unit_id: string | null;
  fields: string; // JSON object of strings
  legacy: string;
  created_at: string;
  updated_at: string;
}

export interface DocumentsTable {
  id: string;
  file_code: string;
  ordinal: number | null;
  kind: string;
  title: string;
  type_name: string | null;
  mode: string | null;
  year: number | null;
  fields: string;
  legacy: string;
  search_text: string;
  search_exact: ColumnType<string, string | undefined, string>; // from 0005-search
  // from 0007-search-rows: kept by the writers (search-rows.ts)
  fonds_code: ColumnType<string | null, string | null | undefined, string | null>;
  eff_mode: ColumnType<string, string | undefined, string>;
  backup_status: ColumnType<string, string | undefined, string>;
  created_at: string;
  updated_at: string;
}

export interface HoldingsTable {
  id: string;
  fonds_code: string;
  file_code: string | null;
  medium: string;
  shelf_metres: ColumnType<number | string | null, number | null, number | null>;
  store: string | null;
  shelf: string | null;
  box: string | null;
  condition: string | null;
  created_at: string;
  updated_at: string;
}

export interface InspectionsTable {
  id: string;
  record_kind: string;
  record_code: string;
  date: string;
  inspector: string;
  signs: string; // JSON array of codes
  readable: number | null;
  notes: string;
}

export interface RecordsSchema {
  fonds: FondsTable;
  documents: DocumentsTable;
  holdings: HoldingsTable;
  inspections: InspectionsTable;
}
