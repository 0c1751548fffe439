// Expected DuPhong finding codes for the BagIt conformance rows (bagit-conformance.int.test.ts).
// Kept apart from the test so the table reads as documentation (docs/bagit.md quotes it).

/** bagit-conformance-suite `invalid/` bags: the code that must be among the errors. */
export const INVALID_CODE: Record<string, string> = {
  'v0.97/invalid/baginfo-missing-encoding': 'DP-BAG-ENCODING-MISSING',
  'v0.97/invalid/bom-in-bagit.txt': 'DP-BAG-BAGIT-TXT-BOM',
  'v0.97/invalid/corrupt-data-file': 'DP-BAG-CHECKSUM',
  'v0.97/invalid/corrupt-tag-file': 'DP-BAG-CHECKSUM',
  'v0.97/invalid/extra-file-in-bag': 'DP-BAG-NOT-IN-MANIFEST',
  'v0.97/invalid/invalid-version-number': 'DP-BAG-VERSION',
  'v0.97/invalid/missing-baginfo': 'DP-BAG-MISSING-FILE',
  'v0.97/invalid/missing-bagit.txt': 'DP-BAG-NO-BAGIT-TXT',
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation-for-fetch': 'DP-BAG-UNSAFE-PATH',
  'v0.97/invalid/out-of-scope-file-paths-using-dot-notation': 'DP-BAG-UNSAFE-PATH',
  'v0.97/invalid/same-filename-listed-twice-with-different-hashes': 'DP-BAG-DUPLICATE-CONFLICT',
  'v1.0/invalid/bagit-with-invalid-whitespace': 'DP-BAG-BAGIT-TXT-SYNTAX',
  'v1.0/invalid/notAllManifestsListAllFiles': 'DP-BAG-NOT-IN-MANIFEST',
  'v1.0/invalid/same-filename-listed-twice-with-different-hashes': 'DP-BAG-DUPLICATE-CONFLICT',
  'v1.0/invalid/same-filename-listed-twice-with-the-same-hash': 'DP-BAG-DUPLICATE-ENTRY',
};

/** bagit-conformance-suite `warning/` bags: valid, with these warnings. */
export const WARNING_CODES: Record<string, string[]> = {
  'v0.97/warning/duplicate-file-with-different-case': ['DP-BAG-CASE-COLLISION'],
  'v0.97/warning/made-with-md5sum-tools': ['DP-BAG-MD5SUM-MARKER'],
  'v0.97/warning/relative-path': ['DP-BAG-LEADING-DOT-SLASH'],
  'v0.97/warning/same-filename-listed-twice-with-different-normalization': ['DP-BAG-DUPLICATE-ENTRY', 'DP-BAG-NORMALIZATION'],
  'v0.97/warning/same-filename-listed-twice-with-the-same-hash': ['DP-BAG-DUPLICATE-ENTRY'],
  'v0.97/warning/special-system-files': ['DP-BAG-OS-FILE'],
};

/** bagit-java exception → the DuPhong error codes that mean the same thing. */
export const EXCEPTION_CODES: Record<string, string[]> = {
  CorruptChecksumException: ['DP-BAG-CHECKSUM'],
  FileNotInPayloadDirectoryException: ['DP-BAG-MISSING-FILE', 'DP-BAG-FETCH-UNRESOLVED'],
  FileNotInManifestException: ['DP-BAG-NOT-IN-MANIFEST'],
  InvalidPayloadOxumException: ['DP-BAG-OXUM'],
  UnsupportedAlgorithmException: ['DP-BAG-ALGORITHM-UNSUPPORTED'],
  MaliciousPathException: ['DP-BAG-UNSAFE-PATH'],
  // bagit-java throws this for a BOM, blank fetch lines and `\\?\` paths; we name each precisely
  InvalidBagitFileFormatException: ['DP-BAG-BAGIT-TXT-BOM', 'DP-BAG-BAGIT-TXT-SYNTAX', 'DP-BAG-FETCH-SYNTAX', 'DP-BAG-UNSAFE-PATH'],
  InvalidBagMetadataException: ['DP-BAG-BAG-INFO-SYNTAX'],
};

/** bagit-java profile exceptions → DuPhong profile codes. */
export const PROFILE_EXCEPTION_CODES: Record<string, string> = {
  FetchFileNotAllowedException: 'DP-BAG-PROFILE-FETCH',
  RequiredMetadataFieldNotPresentException: 'DP-BAG-PROFILE-INFO-REQUIRED',
  MetatdataValueIsNotAcceptableException: 'DP-BAG-PROFILE-INFO-VALUE',
  MetatdataValueIsNotRepeatableException: 'DP-BAG-PROFILE-INFO-REPEATED',
  RequiredManifestNotPresentException: 'DP-BAG-PROFILE-MANIFEST',
  RequiredTagFileNotPresentException: 'DP-BAG-PROFILE-TAG-FILE',
  BagitVersionIsNotAcceptableException: 'DP-BAG-PROFILE-VERSION',
};

/** bagit-java BagitWarning → DuPhong warning code. */
export const WARNING_NAMES: Record<string, string> = {
  BAG_WITHIN_A_BAG: 'DP-BAG-BAG-IN-BAG',
  DIFFERENT_CASE: 'DP-BAG-CASE-COLLISION',
  DIFFERENT_NORMALIZATION: 'DP-BAG-NORMALIZATION',
  EXTRA_LINES_IN_BAGIT_FILES: 'DP-BAG-BAGIT-TXT-EXTRA-LINES',
  LEADING_DOT_SLASH: 'DP-BAG-LEADING-DOT-SLASH',
  NON_STANDARD_ALGORITHM: 'DP-BAG-ALGORITHM-NON-STANDARD',
  MISSING_TAG_MANIFEST: 'DP-BAG-NO-TAG-MANIFEST',
  OLD_BAGIT_VERSION: 'DP-BAG-OLD-VERSION',
  OS_SPECIFIC_FILES: 'DP-BAG-OS-FILE',
  PAYLOAD_OXUM_MISSING: 'DP-BAG-OXUM-MISSING',
  TAG_FILES_ENCODING: 'DP-BAG-TAG-ENCODING',
  WEAK_CHECKSUM_ALGORITHM: 'DP-BAG-WEAK-ALGORITHM',
  MANIFEST_SETS_DIFFER: 'DP-BAG-MANIFEST-SETS-DIFFER',
};

/** Errors that mean a tag file could not be read as BagIt: a "read" row must have none. */
export const PARSE_ERROR_CODES = [
  'DP-BAG-NO-BAGIT-TXT',
  'DP-BAG-BAGIT-TXT-BOM',
  'DP-BAG-BAGIT-TXT-SYNTAX',
  'DP-BAG-VERSION',
  'DP-BAG-ENCODING-MISSING',
  'DP-BAG-ENCODING-UNSUPPORTED',
  'DP-BAG-TAG-DECODE',
  'DP-BAG-BAG-INFO-SYNTAX',
  'DP-BAG-MANIFEST-SYNTAX',
  'DP-BAG-FETCH-SYNTAX',
  'DP-BAG-UNSAFE-PATH',
];

/**
 * "read" rows are valid bags, except bagit-java's UTF-16 bag: its fetch.txt names a file that is
 * neither present nor in the manifest. DuPhong never fetches, so that bag is incomplete.
 */
export const READ_EXPECTED_ERRORS: Record<string, string[]> = {
  'resources/UTF-16-encoded-tag-files': ['DP-BAG-FETCH-NOT-IN-MANIFEST', 'DP-BAG-FETCH-UNRESOLVED'],
};

/** Rows whose upstream expectation cannot apply to DuPhong, with the reason (asserted: size 2). */
export const ALLOW: Record<string, string> = {
  'resources/bags/v2_0/bag':
    'never-standardised BagIt 2.0 draft (.bagit/ folder instead of bagit.txt); bagit-java only. We assert DP-BAG-NO-BAGIT-TXT.',
  'resources/badPayloadChecksum':
    'named for a bad checksum, but no upstream test uses it and every payload and tag digest in it is correct (checked with md5sum). We assert it validates.',
};
