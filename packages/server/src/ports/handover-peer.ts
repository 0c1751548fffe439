/*
 * The other side of a handover as the sender sees it (decision 0028): over HTTP with the token it
 * holds there (adapters/handover-http.ts), or — for the air-gapped disk — nothing at all (the
 * receiver reads the folder). Refusals come back as DuphongError with the receiver's code;
 * an unreachable receiver as an `unavailable` DuphongError (exit 4, retry later).
 */

export interface ManifestAnswer {
  handover: string;
  /** Items the receiver already holds (accepted now or in an earlier handover from this sender). */
  held: Array<{ n: number; object: string | null }>;
  missing: number[];
}

export interface ItemOutcome {
  n: number;
  state: 'accepted' | 'refused';
  object?: string;
  code?: string;
  message?: string;
}

export interface HandoverPeerClient {
  /** The receiver's instance id (an address, never a source of trust: keys come from config). */
  instanceId(): Promise<string>;
  sendManifest(envelope: unknown): Promise<ManifestAnswer>;
  /** Stream the bag at `path` (`size` bytes) as item `n`. */
  sendItem(handover: string, n: number, path: string, size: number): Promise<ItemOutcome>;
  /** The receiver's signed receipt, not yet verified. */
  finish(handover: string): Promise<unknown>;
}
