import type { CodeListDigestRef } from '../codelists/model.js';
import type { Finding } from '../findings.js';

/** A list that came from the upstream: shared, so local edits are refused (decision 0029). */
export interface CodeListOrigin {
  listId: string;
  /** The upstream instance id and its name as configured when the list arrived. */
  origin: string;
  originName: string;
  /** Sequence of the bundle that last brought it. */
  sequence: number;
  updatedAt: string;
}

export type CodeListPullOutcome = 'applied' | 'unchanged' | 'refused' | 'failed';

/** One attempt to pull the upstream's bundle, kept for `duphong codelist status` and audit. */
export interface CodeListPull {
  id: string;
  upstream: string;
  at: string;
  outcome: CodeListPullOutcome;
  /** The bundle's sequence, when one was read. */
  sequence: number | null;
  /** Versions inserted. */
  applied: number;
  code: string | null;
  message: string | null;
}

/** The newest drift report a peer sent to this (central) instance, with the comparison made on arrival. */
export interface CodeListDriftRecord {
  peerId: string;
  receivedAt: string;
  signedAt: string;
  sequence: number | null;
  lists: CodeListDigestRef[];
  inSync: boolean;
  findings: Finding[];
}

/** One entry of the API's event feed (`GET /api/events`): `id` is the cursor, growing. */
export interface FeedEvent {
  id: number;
  at: string;
  /** e.g. `codelist.version`. */
  kind: string;
  subject: string;
  detail: Record<string, unknown>;
}

/** Sync state of shared code lists and the event feed, in the catalogue (SQLite and PostgreSQL). */
export interface CodeListSyncRepository {
  origins(): Promise<CodeListOrigin[]>;
  originOf(listId: string): Promise<CodeListOrigin | undefined>;
  setOrigin(origin: CodeListOrigin): Promise<void>;
  recordPull(pull: CodeListPull): Promise<void>;
  /** Newest first. */
  pulls(limit: number): Promise<CodeListPull[]>;
  /** The highest sequence applied (or found unchanged) from `upstream`, null when none. */
  lastSequence(upstream: string): Promise<number | null>;
  /** Store a peer's report unless one signed later is already stored (reordered delivery). Returns whether stored. */
  putDrift(record: CodeListDriftRecord): Promise<boolean>;
  listDrift(): Promise<CodeListDriftRecord[]>;
  appendEvent(event: Omit<FeedEvent, 'id'>): Promise<number>;
  /** Events with id > `after`, oldest first, at most `limit`. */
  eventsAfter(after: number, limit: number): Promise<FeedEvent[]>;
}
