/**
 * Search over the archival description (files and documents). The types are shared by the
 * `SearchIndex` port, the CLI and the HTTP API; the semantics are in query.ts and match.ts.
 */

/** Access levels (`mode`, DOMAIN.md §8): 01 public, 02 conditional use, 03 secret. */
export type AccessMode = '01' | '02' | '03';
export const ACCESS_MODES: readonly AccessMode[] = ['01', '02', '03'];

/** What each kind of reader may see. Until accounts exist, callers pick one of these. */
export const READER_LEVELS = {
  public: ['01'],
  authorised: ['01', '02'],
  staff: ['01', '02', '03'],
} as const satisfies Record<string, readonly AccessMode[]>;

/**
 * A record's backup status, from its file's backup object: none (no object) · pending (an object
 * whose copies are not all ok at head yet) · ok (every copy ok at head) · damaged (a copy is
 * damaged or missing).
 */
export type BackupStatus = 'none' | 'pending' | 'ok' | 'damaged';
export const BACKUP_STATUSES: readonly BackupStatus[] = ['none', 'pending', 'ok', 'damaged'];

export type SearchHitKind = 'file' | 'document';

export interface SearchFilters {
  kind?: SearchHitKind;
  /** Units repository id of the fonds' unit. */
  unitId?: string;
  /** The searcher's scope (decision 0014): only records of fonds of these units; none when empty. */
  scopeUnitIds?: readonly string[];
  fondsCode?: string;
  /** Inclusive year range; a record without a year never matches a year filter. */
  yearFrom?: number;
  yearTo?: number;
  /** `typeName` codes (documents; files have none). */
  typeNames?: string[];
  /** Holding medium of the file or of its whole fonds (code list `medium`). */
  medium?: string;
  /** Narrows within the allowed levels; never widens them. */
  modes?: AccessMode[];
  backup?: BackupStatus[];
}

export interface SearchOptions {
  filters?: SearchFilters;
  /** The reader's access levels: records above them never appear, not even in counts. */
  allowedModes: readonly AccessMode[];
  /** Default 20, at most 500. */
  limit?: number;
  offset?: number;
}

/** [start, end) UTF-16 offsets in `title` of the words the query matched. */
export type HighlightRange = [number, number];

export interface SearchHit {
  kind: SearchHitKind;
  /** File code, or the document's id (docCode). */
  code: string;
  title: string;
  /** The file a document belongs to. */
  fileCode?: string;
  fondsCode: string | null;
  year: number | null;
  /** The effective access level (a document is never more open than its file). */
  mode: AccessMode;
  /**
   * 5 the record's code is the query · 4 its code starts with the query · 3 exact (accented) ·
   * 2 accent-folded whole words · 1 prefix · 0 no query (filters only).
   */
  score: number;
  highlight?: HighlightRange[];
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface SearchFacets {
  fonds: FacetCount[];
  year: FacetCount[];
  type: FacetCount[];
  mode: FacetCount[];
  backup: FacetCount[];
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
  facets: SearchFacets;
}

export const SEARCH_DEFAULT_LIMIT = 20;
export const SEARCH_MAX_LIMIT = 500;
