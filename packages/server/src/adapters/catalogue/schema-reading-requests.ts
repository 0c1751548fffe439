/** The reading-room requests table (migration 0011); conventions as in schema.ts. */
export interface ReadingRequestsTable {
  id: string;
  record_kind: string;
  record_code: string;
  file_code: string;
  title: string;
  unit_id: string | null;
  requester_id: string;
  requester_name: string;
  purpose: string;
  state: string;
  created_at: string;
  decided_at: string | null;
  decider_id: string | null;
  decider_name: string | null;
  reason: string | null;
  expires_at: string | null;
}

export interface ReadingRequestsSchema {
  reading_requests: ReadingRequestsTable;
}
