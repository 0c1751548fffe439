import type { AccessMode } from './model.js';

/*
 * The access-level policy (DOMAIN.md §8, docs/search.md), one definition for every reader:
 * search filters on the same effective level (the catalogue keeps it on each row, computed by
 * these functions or their SQL mirror in the adapter), and record reads over HTTP ask `mayRead`.
 * Unknown or missing counts as secret; a document is never more open than its file.
 */

const level = (raw: string | null | undefined): string | null => raw?.trim() || null;

/** A file's effective level from its `mode` field (unknown → 03). */
export function effectiveFileMode(mode: string | null | undefined): AccessMode {
  const m = level(mode);
  return m === '01' || m === '02' ? m : '03';
}

/** A document's effective level from its own and its file's `mode` (either may be missing). */
export function effectiveDocumentMode(doc: string | null | undefined, file: string | null | undefined): AccessMode {
  const a = level(doc) ?? level(file);
  const b = level(file) ?? level(doc);
  if (a === '01' && b === '01') return '01';
  const open = (m: string | null): boolean => m === '01' || m === '02';
  return open(a) && open(b) ? '02' : '03';
}

/** Whether a reader with `allowed` levels may see a record of effective level `mode`. */
export function mayRead(allowed: readonly AccessMode[], mode: AccessMode): boolean {
  return allowed.includes(mode);
}
