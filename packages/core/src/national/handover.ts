import canonicalize from 'canonicalize';
import type { FondsKind } from '../records/model.js';

/*
 * Handover (bàn giao) of a fonds, work or collection between instances (decision 0028): the
 * manifest the sender signs before any bag moves, and the receipt the receiver signs at the end.
 * Both are plain data; the envelopes around them are national/signed.ts's.
 */

/** One backup object handed over: an AIP as a BagIt bag (a tar of the bag), known to the byte. */
export interface HandoverManifestItem {
  /** 1-based position: the PUT path names it. */
  n: number;
  fileCode: string;
  title: string;
  /** The sender's OCFL object id (urn:uuid:…). */
  objectId: string;
  version: number;
  /** Lower-case hex SHA-256 of the bag's bytes as sent (the tar). */
  sha256: string;
  size: number;
}

/** The statistics list that goes with a handover (the Quảng Nam plan's "danh mục thống kê"). */
export interface HandoverStatistics {
  files: number;
  documents: number;
  pages: number;
  digitisedPages: number;
  copiesVerified: number;
}

export interface HandoverManifest {
  /** uuid; the same id with other content is a replay and is refused. */
  id: string;
  sender: string;
  receiver: string;
  scope: { kind: FondsKind; code: string; name: string };
  /** ISO 8601 +07:00. */
  createdAt: string;
  statistics: HandoverStatistics;
  items: HandoverManifestItem[];
}

export interface HandoverReceiptItem {
  n: number;
  fileCode: string;
  /** The receiver's object id when accepted. */
  object?: string;
  version?: number;
  /** DP-HANDOVER-… when refused. */
  code?: string;
  message?: string;
}

export interface HandoverReceipt {
  handover: string;
  sender: string;
  receiver: string;
  /** SHA-256 of the canonical manifest envelope the receiver verified (binds receipt to manifest). */
  manifestSha256: string;
  at: string;
  accepted: HandoverReceiptItem[];
  refused: HandoverReceiptItem[];
  /** Items the receiver has not received yet (the sender re-sends them). */
  missing: number[];
}

export type HandoverItemState = 'pending' | 'sent' | 'accepted' | 'refused';
export const HANDOVER_ITEM_STATES: readonly HandoverItemState[] = ['pending', 'sent', 'accepted', 'refused'];

/** Canonical JSON text (RFC 8785) of a value: how manifests are compared and digested. */
export function canonicalText(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new Error('canonicalText: value has no JSON form');
  return text;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** Problems of a manifest's shape (the signature is checked elsewhere); empty when well formed. */
export function manifestProblems(m: HandoverManifest, maxItems = 1_000_000): string[] {
  const problems: string[] = [];
  if (typeof m.id !== 'string' || !/^[0-9a-f-]{36}$/.test(m.id)) problems.push('id');
  if (!Array.isArray(m.items) || m.items.length > maxItems) return [...problems, 'items'];
  const seen = new Set<number>();
  m.items.forEach((item, i) => {
    if (item.n !== i + 1 || seen.has(item.n)) problems.push(`items[${i}].n`);
    seen.add(item.n);
    if (typeof item.sha256 !== 'string' || !HEX64.test(item.sha256)) problems.push(`items[${i}].sha256`);
    if (!Number.isSafeInteger(item.size) || item.size <= 0) problems.push(`items[${i}].size`);
    if (typeof item.fileCode !== 'string' || item.fileCode.length === 0) problems.push(`items[${i}].fileCode`);
  });
  return problems;
}
