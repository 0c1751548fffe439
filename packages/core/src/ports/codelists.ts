import type { CodeListSeedEntry } from '../codelists/seed.js';
import type { CodeListSummary, CodeListVersion, SharedCodeList } from '../codelists/model.js';

/**
 * Where an installation keeps its shared code lists. Published versions are immutable: a change is
 * a new version, numbered one past the newest. Adapters: the catalogue (SQLite and PostgreSQL).
 */
export interface CodeListRepository {
  /** Every list with its newest version's identity, by id. */
  listCodeLists(): Promise<CodeListSummary[]>;
  getCodeList(id: string): Promise<SharedCodeList | undefined>;
  /** Insert or update a list's name, authority and source (not versioned: they describe the list, not its codes). */
  putCodeList(list: SharedCodeList): Promise<void>;
  /**
   * One version with its items (in code order): `version` exactly, else the one in force on `at`
   * (YYYY-MM-DD, or a timestamp's date), else the newest.
   */
  getVersion(listId: string, options?: { version?: number; at?: string }): Promise<CodeListVersion | undefined>;
  /**
   * Store a new version. Refuses (CodeListVersionConflict) a number that is not one past the
   * newest — in particular an existing one: published versions are never edited. The list must exist.
   */
  putVersion(version: CodeListVersion): Promise<void>;
  /** Every version of a list with its items, oldest first. */
  history(listId: string): Promise<CodeListVersion[]>;
  /** Insert the lists (and their versions) that are absent; present lists are untouched. Returns the ids inserted. */
  seed(entries: readonly CodeListSeedEntry[]): Promise<string[]>;
}

/** A version that cannot be stored as the next one (already published, a gap, or an unknown list). */
export class CodeListVersionConflict extends Error {
  constructor(
    readonly code: 'DP-CODELIST-VERSION-EXISTS' | 'DP-CODELIST-VERSION-GAP' | 'DP-CODELIST-UNKNOWN',
    readonly listId: string,
    readonly version: number,
    readonly expected: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'CodeListVersionConflict';
  }
}
