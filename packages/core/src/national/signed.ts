import canonicalize from 'canonicalize';

/*
 * Signed documents exchanged between instances (decision 0025): handover manifests and receipts,
 * code-list bundles, drift reports, key rotations. The signature covers the canonical JSON
 * (RFC 8785) of the payload together with its purpose, signer, key and time, so a receipt can never
 * be passed off as a bundle, nor a payload re-dated or re-attributed without breaking it.
 */

export const SIGNED_PURPOSES = [
  'duphong/key-rotation/1',
  'duphong/handover-manifest/1',
  'duphong/handover-receipt/1',
  'duphong/codelist-bundle/1',
  'duphong/codelist-drift/1',
] as const;
export type SignedPurpose = (typeof SIGNED_PURPOSES)[number];

export interface SignatureBlock {
  alg: 'Ed25519';
  purpose: SignedPurpose;
  /** The signing instance's id (config `national.instanceId`). */
  signer: string;
  /** Hex of the first 8 bytes of SHA-256 over the raw public key. */
  keyId: string;
  /** ISO 8601 +07:00. */
  signedAt: string;
  /** Base64 Ed25519 signature over `signingInput`. */
  value: string;
  /**
   * When the key is newer than the key the verifier was configured with: the rotation statements
   * from that older key to this one, each signed by its predecessor (oldest first).
   */
  chain?: Array<SignedEnvelope<KeyRotation>>;
}

export interface SignedEnvelope<T> {
  payload: T;
  signature: SignatureBlock;
}

/** "Key `from` hands over to `publicKey`": signed by the old key. */
export interface KeyRotation {
  instanceId: string;
  from: string;
  keyId: string;
  publicKey: string;
  at: string;
}

/** The exact bytes (as a string) an Ed25519 signature covers. */
export function signingInput(payload: unknown, block: Omit<SignatureBlock, 'value' | 'chain'>): string {
  const text = canonicalize({
    alg: block.alg,
    purpose: block.purpose,
    signer: block.signer,
    keyId: block.keyId,
    signedAt: block.signedAt,
    payload,
  });
  if (text === undefined) throw new TypeError('payload is not JSON');
  return text;
}

/** Canonical JSON (RFC 8785) of a value, for digests that must not depend on key order. */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value is not JSON');
  return text;
}

export function isSignedEnvelope(value: unknown): value is SignedEnvelope<unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const s = (value as { signature?: unknown }).signature as Partial<SignatureBlock> | undefined;
  return (
    'payload' in value &&
    typeof s === 'object' &&
    s !== null &&
    s.alg === 'Ed25519' &&
    typeof s.purpose === 'string' &&
    (SIGNED_PURPOSES as readonly string[]).includes(s.purpose) &&
    typeof s.signer === 'string' &&
    typeof s.keyId === 'string' &&
    typeof s.signedAt === 'string' &&
    typeof s.value === 'string' &&
    (s.chain === undefined || Array.isArray(s.chain))
  );
}
