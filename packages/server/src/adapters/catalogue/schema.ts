import type { ColumnType } from 'kysely';
import type { RecordsSchema } from './schema-records.js';
import type { UnitsSchema } from './schema-units.js';
import type { CodeListsSchema } from './schema-codelists.js';
import type { CodeListSyncSchema } from './schema-codelist-sync.js';
import type { SelectionSchema } from './schema-selection.js';
import type { AccountsSchema } from './schema-accounts.js';
import type { ReadingRequestsSchema } from './schema-reading-requests.js';
import type { HandoversSchema } from './schema-handovers.js';
import type { DigitisationSchema } from './schema-digitisation.js';
import type { MicrofilmSchema } from './schema-microfilm.js';
import type { PlansSchema } from './schema-plans.js';
import type { OaiSchema } from './schema-oai.js';
import type { PortalSchema } from './schema-portal.js';

/**
 * The catalogue's tables as Kysely sees them, shared by SQLite and PostgreSQL.
 *
 * Portable conventions:
 * - timestamps are `text` in ISO 8601 with `+07:00` exactly as the caller's clock wrote them;
 *   every writer uses the same fixed format, so text order is time order;
 * - booleans are `integer` 0/1 (SQLite has no boolean type);
 * - JSON is `text`, parsed on read;
 * - sizes are `bigint` (int8) columns. The pg driver returns int8 as a string to avoid losing
 *   precision and better-sqlite3 returns a number, so reads are typed `number | string` and go
 *   through `toSafeNumber` in the mappers.
 */

/** An int8 column: written as a number, read as a number (SQLite) or a decimal string (pg). */
export type BigIntColumn = ColumnType<number | string, number, number>;

export interface SitesTable {
  name: string;
  kind: string;
  region: string;
  medium: string;
  online: number;
  settings: string; // JSON object of strings
  created_at: string;
}

export interface CatalogueFilesTable {
  code: string;
  title: string;
  created_at: string;
  updated_at: string;
  // from 0002-records: the file's description
  fonds_code: ColumnType<string | null, string | null | undefined, string | null>;
  fields: ColumnType<string, string | undefined, string>; // JSON object of TT05 fields
  legacy: ColumnType<string, string | undefined, string>;
  mode: ColumnType<string | null, string | null | undefined, string | null>;
  year: ColumnType<number | null, number | null | undefined, number | null>;
  search_text: ColumnType<string, string | undefined, string>;
  search_exact: ColumnType<string, string | undefined, string>; // from 0005-search
  // from 0007-search-rows: kept by the writers (search-rows.ts)
  eff_mode: ColumnType<string, string | undefined, string>;
  backup_status: ColumnType<string, string | undefined, string>;
}

export interface BackupObjectsTable {
  id: string;
  file_code: string;
  head: number;
  created_at: string;
  updated_at: string;
}

export interface ObjectVersionsTable {
  object_id: string;
  version: number;
  created: string;
  message: string;
  files: number;
  bytes: BigIntColumn;
}

export interface ObjectFilesTable {
  object_id: string;
  version: number;
  logical_path: string;
  sha256: string;
  size: BigIntColumn;
}

export interface CopiesTable {
  object_id: string;
  site: string;
  version: number;
  status: string;
  verified_at: string | null;
  detail: string | null;
}

export interface PremisEventsTable {
  id: string;
  object_id: string | null;
  site: string | null;
  type: string;
  date_time: string;
  outcome: string;
  detail: string;
  agent: string;
}

export interface JobsTable {
  id: string;
  kind: string;
  payload: string; // JSON object
  status: string;
  run_at: string;
  attempts: number;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface AuditRunsTable {
  id: string;
  started_at: string;
  finished_at: string | null;
  scope: string;
  checked: number;
  damaged: number;
  repaired: number;
  unrepaired: number;
  findings: string; // JSON array of AuditFinding
}

export interface IncidentsTable {
  id: string;
  object_id: string;
  site: string | null;
  path: string | null;
  code: string;
  detail: string;
  created_at: string;
  resolved_at: string | null;
  // from 0009-incident-workflow
  last_seen_at: ColumnType<string | null, string | null | undefined, string | null>;
  occurrences: ColumnType<number, number | undefined, number>;
  acknowledged_at: ColumnType<string | null, string | null | undefined, string | null>;
  acknowledged_by: ColumnType<string | null, string | null | undefined, string | null>;
  acknowledge_note: ColumnType<string | null, string | null | undefined, string | null>;
  resolved_by: ColumnType<string | null, string | null | undefined, string | null>;
  resolve_note: ColumnType<string | null, string | null | undefined, string | null>;
}

/** Small key/value facts about the catalogue itself (e.g. `schema_version`). */
export interface MetaTable {
  key: string;
  value: string;
}

export interface CatalogueSchema
  extends
    RecordsSchema,
    UnitsSchema,
    CodeListsSchema,
    CodeListSyncSchema,
    SelectionSchema,
    AccountsSchema,
    ReadingRequestsSchema,
    DigitisationSchema,
    MicrofilmSchema,
    PlansSchema,
    OaiSchema,
    PortalSchema,
    HandoversSchema {
  sites: SitesTable;
  catalogue_files: CatalogueFilesTable;
  backup_objects: BackupObjectsTable;
  object_versions: ObjectVersionsTable;
  object_files: ObjectFilesTable;
  copies: CopiesTable;
  premis_events: PremisEventsTable;
  jobs: JobsTable;
  audit_runs: AuditRunsTable;
  incidents: IncidentsTable;
  meta: MetaTable;
}
