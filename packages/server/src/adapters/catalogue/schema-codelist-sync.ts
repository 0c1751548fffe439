/** Tables of code-list sync and the event feed (migration 0021); same portable conventions as `schema.ts`. */
import type { Generated } from 'kysely';

export interface CodeListOriginsTable {
  list_id: string;
  origin: string;
  origin_name: string;
  sequence: number;
  updated_at: string;
}

export interface CodeListPullsTable {
  id: string;
  upstream: string;
  at: string;
  outcome: string;
  sequence: number | null;
  applied: number;
  code: string | null;
  message: string | null;
}

export interface CodeListDriftTable {
  peer_id: string;
  received_at: string;
  signed_at: string;
  sequence: number | null;
  lists: string; // JSON CodeListDigestRef[]
  in_sync: number; // 0/1
  findings: string; // JSON Finding[]
}

export interface FeedEventsTable {
  id: Generated<number>;
  at: string;
  kind: string;
  subject: string;
  detail: string; // JSON
}

export interface CodeListSyncSchema {
  code_list_origins: CodeListOriginsTable;
  code_list_pulls: CodeListPullsTable;
  code_list_drift: CodeListDriftTable;
  feed_events: FeedEventsTable;
}
