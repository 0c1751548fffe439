import { createHash } from 'node:crypto';

/** A source folder's content as the campaign wrote it: relative path → sha256 of its bytes. */
export type Content = Record<string, string>;

export interface Violation {
  round: number;
  invariant: 'a' | 'b' | 'c' | 'd' | 'e';
  detail: string;
}

export interface Commit {
  code: string;
  version: number;
  content: Content;
  /** Which operation reported it (for the violation messages). */
  by: string;
  /** The command said the content was already the head (no new version written). */
  unchanged: boolean;
}

export const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

/** Order-independent fingerprint of a content map. */
export function fingerprint(content: Content): string {
  return sha256(
    Object.keys(content)
      .sort()
      .map((k) => `${k}\0${content[k]}`)
      .join('\n'),
  );
}

/**
 * What the campaign knows to be true, independent of DuPhong: every version a command reported as
 * committed (exit 0 + --json version) with its exact content, the content of ingests that were
 * killed or failed (they may or may not have committed), and every forged byte string.
 */
export class Ledger {
  readonly commits = new Map<string, Map<number, Commit>>();
  /** Content an interrupted ingest was writing: allowed as a head, never required. */
  readonly maybe = new Map<string, Content[]>();
  /** sha256 of every forged file: must never be committed content. */
  readonly forged = new Set<string>();

  /** Record a reported commit; returns an invariant (b) violation when a version number is reused. */
  commit(round: number, c: Commit): Violation[] {
    const versions = this.commits.get(c.code) ?? new Map<number, Commit>();
    this.commits.set(c.code, versions);
    const earlier = versions.get(c.version);
    if (!earlier) {
      versions.set(c.version, c);
      return [];
    }
    const sameContent = fingerprint(earlier.content) === fingerprint(c.content);
    // "unchanged" re-ingests of the head name its version again; two writes of one version do not
    if (sameContent && (earlier.unchanged || c.unchanged)) return [];
    return [
      {
        round,
        invariant: 'b',
        detail: `${c.code} v${c.version} committed twice (${sameContent ? 'same content, both wrote a new version' : 'different content'}): by ${earlier.by} and by ${c.by}${c.unchanged ? ' (second said unchanged)' : ''}`,
      },
    ];
  }

  interrupted(code: string, content: Content): void {
    const list = this.maybe.get(code) ?? [];
    list.push(content);
    this.maybe.set(code, list);
  }

  /** The content a head version may legitimately have: the reported one, else an interrupted ingest's. */
  acceptableHead(code: string, version: number): Content[] {
    const reported = this.commits.get(code)?.get(version);
    if (reported) return [reported.content];
    return this.maybe.get(code) ?? [];
  }

  codes(): string[] {
    return [...new Set([...this.commits.keys(), ...this.maybe.keys()])].sort();
  }
}
