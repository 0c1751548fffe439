/** Migration 0018: OAI-PMH items (decision 0026). */
export interface OaiItemsTable {
  file_code: string;
  /** UTC, seconds: YYYY-MM-DDThh:mm:ssZ. */
  datestamp: string;
  /** Every access level the file has had, comma-framed: ",01,03,". */
  seen_modes: string;
}

export interface OaiSchema {
  oai_items: OaiItemsTable;
}
