import type { DigestAlgorithm } from '../ports/bytes.js';

/** Hex length of each digest algorithm OCFL names (spec 3.3.1 and extensions 0001/0009). */
const HEX_LENGTH: Readonly<Record<string, number>> = {
  md5: 32,
  sha1: 40,
  sha256: 64,
  sha512: 128,
  'blake2b-512': 128,
  'blake2b-160': 40,
  'blake2b-256': 64,
  'blake2b-384': 96,
  'sha512/256': 64,
};

/** Algorithms our Hasher port can compute; others are checked for form only. */
const COMPUTABLE: ReadonlySet<string> = new Set(['md5', 'sha1', 'sha256', 'sha512', 'blake2b-512']);

export function isKnownDigestAlgorithm(algorithm: string): boolean {
  return algorithm in HEX_LENGTH || algorithm === 'size';
}

export function isComputable(algorithm: string): algorithm is DigestAlgorithm {
  return COMPUTABLE.has(algorithm);
}

/** Whether `digest` has the right form for `algorithm` (hex of the right length, any case). */
export function isDigestFormatValid(algorithm: string, digest: string): boolean {
  if (algorithm === 'size') return /^[0-9]+$/.test(digest);
  const length = HEX_LENGTH[algorithm];
  if (length === undefined) return digest.length > 0;
  return digest.length === length && /^[0-9a-fA-F]+$/.test(digest);
}

/** Digests are hex and compared case-insensitively (E096/E097); lower case is the canonical form. */
export function normalizeDigest(digest: string): string {
  return digest.toLowerCase();
}
