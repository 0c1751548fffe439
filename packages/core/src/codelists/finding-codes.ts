/** Stable finding codes of shared code lists (docs/findings.md, section DP-CODELIST). Add, never rename. */
export const CODELIST_FINDING_CODES = {
  /** A list the central authority publishes is absent here. */
  missing: 'DP-CODELIST-MISSING',
  /** This installation holds an older version than the central one. */
  behind: 'DP-CODELIST-BEHIND',
  /** This installation holds a newer version than the central one: sync is one way, downwards. */
  ahead: 'DP-CODELIST-AHEAD',
  /** Same version number, different content: the local copy was changed. */
  digestMismatch: 'DP-CODELIST-DIGEST-MISMATCH',
  /** A list only this installation has (a local list is allowed, but not shared). */
  localOnly: 'DP-CODELIST-LOCAL-ONLY',
  /** A stored digest that its own content no longer hashes to. */
  digestInvalid: 'DP-CODELIST-DIGEST-INVALID',
  /** Version numbers must go 1, 2, 3 … without gaps. */
  versionGap: 'DP-CODELIST-VERSION-GAP',
  /** A new version must not take effect before the one it replaces. */
  validFromBackwards: 'DP-CODELIST-VALID-FROM-BACKWARDS',
  /** A code of the previous version is gone; deprecate it instead so old records still resolve. */
  codeRemoved: 'DP-CODELIST-CODE-REMOVED',
  /** The same code twice in one version. */
  duplicateCode: 'DP-CODELIST-DUPLICATE-CODE',
  /** An empty code or Vietnamese label, or a malformed id or date. */
  invalidItem: 'DP-CODELIST-INVALID',
  /** Two items whose labels fold to the same text: accent-insensitive resolution cannot tell them apart. */
  ambiguousLabel: 'DP-CODELIST-AMBIGUOUS-LABEL',
} as const;

export type CodeListFindingCode = (typeof CODELIST_FINDING_CODES)[keyof typeof CODELIST_FINDING_CODES];
