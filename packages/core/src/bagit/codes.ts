import type { Finding, Severity } from '../findings.js';

/**
 * Stable BagIt finding codes (docs/findings.md, docs/bagit.md). Add, never rename.
 * Messages are Vietnamese first; English follows after " / ".
 */
export const BAG_CODES = {
  // structure and tag files
  noBagitTxt: 'DP-BAG-NO-BAGIT-TXT',
  bagitTxtBom: 'DP-BAG-BAGIT-TXT-BOM',
  bagitTxtSyntax: 'DP-BAG-BAGIT-TXT-SYNTAX',
  bagitTxtExtraLines: 'DP-BAG-BAGIT-TXT-EXTRA-LINES',
  version: 'DP-BAG-VERSION',
  versionUnknown: 'DP-BAG-VERSION-UNKNOWN',
  oldVersion: 'DP-BAG-OLD-VERSION',
  encodingMissing: 'DP-BAG-ENCODING-MISSING',
  encodingUnsupported: 'DP-BAG-ENCODING-UNSUPPORTED',
  tagEncoding: 'DP-BAG-TAG-ENCODING',
  tagDecode: 'DP-BAG-TAG-DECODE',
  bagInfoSyntax: 'DP-BAG-BAG-INFO-SYNTAX',
  noDataDir: 'DP-BAG-NO-DATA-DIR',
  // manifests
  noManifest: 'DP-BAG-NO-MANIFEST',
  noTagManifest: 'DP-BAG-NO-TAG-MANIFEST',
  manifestSyntax: 'DP-BAG-MANIFEST-SYNTAX',
  algorithmUnsupported: 'DP-BAG-ALGORITHM-UNSUPPORTED',
  algorithmNonStandard: 'DP-BAG-ALGORITHM-NON-STANDARD',
  weakAlgorithm: 'DP-BAG-WEAK-ALGORITHM',
  duplicateEntry: 'DP-BAG-DUPLICATE-ENTRY',
  duplicateConflict: 'DP-BAG-DUPLICATE-CONFLICT',
  manifestSetsDiffer: 'DP-BAG-MANIFEST-SETS-DIFFER',
  leadingDotSlash: 'DP-BAG-LEADING-DOT-SLASH',
  md5sumMarker: 'DP-BAG-MD5SUM-MARKER',
  payloadManifestTagFile: 'DP-BAG-PAYLOAD-MANIFEST-OUTSIDE-DATA',
  // paths and files
  unsafePath: 'DP-BAG-UNSAFE-PATH',
  missingFile: 'DP-BAG-MISSING-FILE',
  notInManifest: 'DP-BAG-NOT-IN-MANIFEST',
  checksum: 'DP-BAG-CHECKSUM',
  unreadable: 'DP-BAG-UNREADABLE',
  symlink: 'DP-BAG-SYMLINK',
  specialFile: 'DP-BAG-SPECIAL-FILE',
  nameCollision: 'DP-BAG-NAME-COLLISION',
  normalization: 'DP-BAG-NORMALIZATION',
  caseCollision: 'DP-BAG-CASE-COLLISION',
  osFile: 'DP-BAG-OS-FILE',
  bagInBag: 'DP-BAG-BAG-IN-BAG',
  // Payload-Oxum
  oxum: 'DP-BAG-OXUM',
  oxumSyntax: 'DP-BAG-OXUM-SYNTAX',
  oxumMissing: 'DP-BAG-OXUM-MISSING',
  // fetch.txt (parsed, never followed)
  fetchSyntax: 'DP-BAG-FETCH-SYNTAX',
  fetchUnresolved: 'DP-BAG-FETCH-UNRESOLVED',
  fetchNotInManifest: 'DP-BAG-FETCH-NOT-IN-MANIFEST',
  fetchOutsidePayload: 'DP-BAG-FETCH-OUTSIDE-PAYLOAD',
  // BagIt-Profile conformance
  profileInvalid: 'DP-BAG-PROFILE-INVALID',
  profileInfoRequired: 'DP-BAG-PROFILE-INFO-REQUIRED',
  profileInfoValue: 'DP-BAG-PROFILE-INFO-VALUE',
  profileInfoRepeated: 'DP-BAG-PROFILE-INFO-REPEATED',
  profileManifest: 'DP-BAG-PROFILE-MANIFEST',
  profileTagManifest: 'DP-BAG-PROFILE-TAG-MANIFEST',
  profileAlgorithmNotAllowed: 'DP-BAG-PROFILE-ALGORITHM',
  profileFetch: 'DP-BAG-PROFILE-FETCH',
  profileTagFile: 'DP-BAG-PROFILE-TAG-FILE',
  profileVersion: 'DP-BAG-PROFILE-VERSION',
  profileSerialization: 'DP-BAG-PROFILE-SERIALIZATION',
} as const;

export type BagCode = (typeof BAG_CODES)[keyof typeof BAG_CODES];

/** A BagIt finding: `vi / en` message, path relative to the bag root when there is one. */
export function bagFinding(code: BagCode, severity: Severity, vi: string, en: string, path?: string): Finding {
  const message = `${vi} / ${en}`;
  return path === undefined ? { code, severity, message } : { code, severity, message, path };
}

export const bagError = (code: BagCode, vi: string, en: string, path?: string) => bagFinding(code, 'error', vi, en, path);
export const bagWarning = (code: BagCode, vi: string, en: string, path?: string) => bagFinding(code, 'warning', vi, en, path);
