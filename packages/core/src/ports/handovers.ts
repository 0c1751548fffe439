import type { HandoverItemState } from '../national/handover.js';

/*
 * Handovers as each side keeps them (migration 0020, decision 0028): the sender's per-item state
 * makes a re-run send only what is missing; the receiver's record keeps the exchange auditable.
 */

export type HandoverDirection = 'out' | 'in';
export type HandoverStatus = 'open' | 'complete' | 'incomplete';

export interface HandoverRecord {
  id: string;
  direction: HandoverDirection;
  /** The other instance's id. */
  peer: string;
  scopeKind: string;
  scopeCode: string;
  /** The signed manifest envelope, canonical JSON. */
  manifest: string;
  manifestSha256: string;
  status: HandoverStatus;
  /** The last signed receipt envelope (canonical JSON), when there is one. */
  receipt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface HandoverItemRecord {
  handoverId: string;
  n: number;
  fileCode: string;
  objectId: string;
  version: number;
  sha256: string;
  size: number;
  state: HandoverItemState;
  /** The receiver's object id once accepted. */
  remoteObject: string | null;
  findingCode: string | null;
  updatedAt: string;
}

export interface HandoverRepository {
  /** Insert a handover and its items (all `pending`). */
  create(handover: HandoverRecord, items: HandoverItemRecord[]): Promise<void>;
  get(id: string): Promise<HandoverRecord | undefined>;
  /** Newest first. */
  list(filter?: { direction?: HandoverDirection; limit?: number }): Promise<HandoverRecord[]>;
  update(id: string, change: { status?: HandoverStatus; receipt?: string | null; updatedAt: string }): Promise<void>;
  items(id: string): Promise<HandoverItemRecord[]>;
  /** One item's state: a receiver answering one bag of thousands reads one row, not the whole list. */
  item(id: string, n: number): Promise<HandoverItemRecord | undefined>;
  setItem(
    id: string,
    n: number,
    change: { state: HandoverItemState; remoteObject?: string | null; findingCode?: string | null; updatedAt: string },
  ): Promise<void>;
  /** An accepted incoming item of this sender's object version, in any handover from that peer (idempotent receipt). */
  findAccepted(peer: string, objectId: string, version: number): Promise<HandoverItemRecord | undefined>;
}
