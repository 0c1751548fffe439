import type { Generated } from 'kysely';

/** Records harvested by the national portal (migration 0019). PostgreSQL adds a generated `tsv`. */
export interface PortalRecordsTable {
  id: Generated<number>;
  peer_id: string;
  oai_id: string;
  file_code: string;
  title: string;
  dates: string | null;
  fonds_code: string | null;
  fonds_name: string | null;
  unit: string | null;
  province: string;
  access: string;
  url: string;
  datestamp: string;
  words: string;
}

export interface HarvestStateTable {
  peer_id: string;
  last_from: string | null;
  resumption_token: string | null;
  pending_from: string | null;
  updated_at: string;
}

export interface HarvestRunsTable {
  id: string;
  peer_id: string;
  started_at: string;
  ended_at: string | null;
  status: string;
  pages: number;
  records: number;
  deleted: number;
  refused: number;
  error: string | null;
}

export interface PortalSchema {
  portal_records: PortalRecordsTable;
  harvest_state: HarvestStateTable;
  harvest_runs: HarvestRunsTable;
}
