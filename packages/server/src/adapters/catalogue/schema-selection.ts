/** Tables of selection for backup (migration 0006); conventions as in schema.ts. */
export interface RecognitionsTable {
  record_kind: string;
  record_code: string;
  decision_number: string;
  decision_date: string;
  issuer: string;
  note: string;
  created_at: string;
  updated_at: string;
}

export interface BackupListsTable {
  id: string;
  unit_id: string;
  year: number;
  status: string;
  decision_number: string | null;
  decision_date: string | null;
  created_at: string;
  updated_at: string;
}

export interface BackupListEntriesTable {
  list_id: string;
  position: number;
  record_kind: string;
  record_code: string;
  reason: string;
  signs: string; // JSON array of sign codes
  readable: number | null;
  inspection_date: string | null;
  note: string;
}

export interface BackupListHistoryTable {
  list_id: string;
  seq: number;
  at: string;
  by: string;
  action: string;
  decision_number: string | null;
  decision_date: string | null;
  note: string;
}

export interface SelectionSchema {
  recognitions: RecognitionsTable;
  backup_lists: BackupListsTable;
  backup_list_entries: BackupListEntriesTable;
  backup_list_history: BackupListHistoryTable;
}
