/**
 * Write-ahead intents: journal → stage → verify → commit → record → clear. An entry left behind
 * by a crash tells the next start exactly which object, version and sites to roll forward or back.
 */
export interface JournalEntry {
  id: string;
  op: 'add-version' | 'replicate' | 'repair';
  objectId: string;
  fileCode: string;
  objectRoot: string;
  version: number;
  sites: string[];
  stagingPrefix: string;
  createdAt: string;
  pid: number;
}

export interface Journal {
  /** Durable before it returns: the intent survives a crash right after. */
  write(entry: JournalEntry): void;
  clear(id: string): void;
  /** Entries written and not cleared (by this or earlier processes), oldest first. */
  pending(): JournalEntry[];
  /** Is the process that wrote this entry still running (this one included)? Then it is not a crash's leftover. */
  writerAlive(entry: JournalEntry): boolean;
}
