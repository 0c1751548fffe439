import type { KeyRotation, SignedEnvelope, SignedPurpose } from '@duphong/core';

/** One Ed25519 key of this instance, current or retired (kept: old signatures stay checkable). */
export interface InstanceKey {
  keyId: string;
  /** Base64 of the 32 raw bytes. */
  publicKey: string;
  createdAt: string;
  retiredAt?: string;
}

/**
 * This instance as a signer (decision 0025): its id, its keys with their history, signing with the
 * current key, rotation. The private keys never leave HOME/keys.
 */
export interface InstanceIdentity {
  readonly instanceId: string;
  current(): InstanceKey;
  keys(): InstanceKey[];
  /** Every rotation so far, oldest first, each signed by the key it retired. */
  rotations(): Array<SignedEnvelope<KeyRotation>>;
  sign<T>(purpose: SignedPurpose, payload: T): SignedEnvelope<T>;
  /** A new current key; the old one signs the hand-over and is retired (still verifies old documents). */
  rotate(): InstanceKey;
}

/** Ed25519 verification and key ids, for checking what peers signed. */
export interface SignatureVerifier {
  verify(publicKey: string, message: string, signature: string): boolean;
  keyIdOf(publicKey: string): string;
}
