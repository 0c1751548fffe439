/** Digitisation batches and their documents (migration 0012); JSON columns hold lists as text. */
export interface DigitisationBatchesTable {
  id: string;
  name: string;
  unit_id: string;
  list_id: string | null;
  state: string;
  files: string;
  operator: string;
  equipment: string;
  due_date: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
  run_started_at: string | null;
  run_start_pages: number;
  note: string;
  closed_at: string | null;
}

export interface DigitisedDocumentsTable {
  batch_id: string;
  file_code: string;
  ordinal: number;
  state: string;
  sources: string;
  pages: number;
  findings: string;
  page_info: string;
  pdf_sha256: string | null;
  kept_as_is: number;
  kind: string;
  facts: string;
  decided_by: string | null;
  decided_at: string | null;
  decision_note: string | null;
  updated_at: string;
}

export interface DigitisationSchema {
  digitisation_batches: DigitisationBatchesTable;
  digitised_documents: DigitisedDocumentsTable;
}
