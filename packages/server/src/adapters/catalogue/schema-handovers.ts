import type { ColumnType } from 'kysely';

/** The handover tables (migration 0020); conventions as in schema.ts. */
export interface HandoversTable {
  id: string;
  direction: string;
  peer: string;
  scope_kind: string;
  scope_code: string;
  manifest: string;
  manifest_sha256: string;
  status: string;
  receipt: string | null;
  created_at: string;
  updated_at: string;
}

export interface HandoverItemsTable {
  handover_id: string;
  n: number;
  file_code: string;
  object_id: string;
  version: number;
  sha256: string;
  /** bigint: pg returns it as a string. */
  size: ColumnType<number | string, number, number>;
  state: string;
  remote_object: string | null;
  finding_code: string | null;
  updated_at: string;
}

export interface HandoversSchema {
  handovers: HandoversTable;
  handover_items: HandoverItemsTable;
}
