/**
 * Tables of the shared code lists (migration 0004), same portable conventions as `schema.ts`:
 * text timestamps and dates, booleans as integer 0/1, no engine-specific types.
 */

export interface CodeListsTable {
  id: string;
  name_vi: string;
  name_en: string;
  authority: string;
  source: string;
}

/** One row per published version; immutable once written. */
export interface CodeListVersionsTable {
  list_id: string;
  version: number;
  valid_from: string; // YYYY-MM-DD
  published_at: string; // ISO 8601 +07:00
  digest: string; // SHA-256 hex of the canonical serialisation
}

export interface CodeListItemsTable {
  list_id: string;
  version: number;
  code: string;
  label_vi: string;
  label_en: string | null;
  deprecated: number; // 0/1
  note: string | null;
}

export interface CodeListsSchema {
  code_lists: CodeListsTable;
  code_list_versions: CodeListVersionsTable;
  code_list_items: CodeListItemsTable;
}
