import type { BackupList, BackupListEntry, BackupListStatus, BackupListSummary, Recognition, SelectableKind } from '../selection/model.js';

/**
 * `saveList` found the list changed since it was read (its history is longer or shorter than
 * expected): someone else's step came first. Nothing was written; read the list again.
 */
export class ListChangedError extends Error {
  constructor(readonly listId: string) {
    super(`Backup list ${listId} was changed by someone else`);
    this.name = 'ListChangedError';
  }
}

/** Where a record stands on the backup lists (for riskRecovery and "already listed?" checks). */
export interface ListedRecord {
  listId: string;
  unitId: string;
  year: number;
  status: BackupListStatus;
  entry: BackupListEntry;
}

/**
 * Recognitions of special value and the yearly backup lists with their entries and history.
 * Reached as `catalogue.selection`, so it joins the catalogue's transactions. The review rules
 * live in core `selection/workflow.ts`; this only keeps what they decided.
 */
export interface SelectionRepository {
  /** Upsert by (recordKind, recordCode); created date kept. */
  putRecognition(recognition: Recognition): Promise<void>;
  getRecognition(recordKind: SelectableKind, recordCode: string): Promise<Recognition | undefined>;
  listRecognitions(filter?: { recordKind?: SelectableKind }): Promise<Recognition[]>;

  /**
   * Save a whole list: header upserted, entries replaced (kept in the given order), history lines
   * beyond those stored appended (history is never rewritten). With `expected`, the history length
   * read before the change, it throws `ListChangedError` if another step saved in between (the
   * header row is locked first, so of two concurrent steps the second always sees the first).
   */
  saveList(list: BackupList, expected?: { historyLength: number }): Promise<void>;
  getList(id: string): Promise<BackupList | undefined>;
  /** Newest year first, then unit and id. */
  listLists(filter?: { unitId?: string; year?: number; status?: BackupListStatus }): Promise<BackupListSummary[]>;

  /** Every list entry for one record, with its list's status. */
  findEntries(recordKind: SelectableKind, recordCode: string): Promise<ListedRecord[]>;
  /** Every entry of every approved list (what riskRecovery is kept for), ordered by list then position. */
  listApprovedEntries(): Promise<ListedRecord[]>;
}
