import { isSignedEnvelope, signingInput, type KeyRotation, type SignedEnvelope, type SignedPurpose } from '@duphong/core';
import type { NationalConfig, PeerConfig } from '../config/national-config.js';
import { integrityError } from '../errors.js';
import type { SignatureVerifier } from '../ports/identity.js';

/*
 * Checking what a peer signed (decision 0025). Trust comes only from config: a signature counts
 * when it verifies under a key configured for its signer, or under a key reached from one by a
 * chain of rotation statements, each verifying under its predecessor. Nothing is learnt from the
 * network on first contact.
 */

function refuse(code: string, vi: string, en: string): never {
  throw integrityError(code, vi, en);
}

function verifies(verifier: SignatureVerifier, envelope: SignedEnvelope<unknown>, publicKey: string): boolean {
  const { value, chain: _chain, ...block } = envelope.signature;
  return verifier.verify(publicKey, signingInput(envelope.payload, block), value);
}

/** The keys of `peer` this instance trusts for this envelope: configured ones plus a verified rotation chain. */
function trustedKeys(verifier: SignatureVerifier, peer: PeerConfig, chain: Array<SignedEnvelope<KeyRotation>>): Map<string, string> {
  const trusted = new Map(peer.publicKeys.map((k) => [verifier.keyIdOf(k), k]));
  for (const step of chain) {
    if (!isSignedEnvelope(step) || step.signature.purpose !== 'duphong/key-rotation/1' || step.signature.signer !== peer.id)
      refuse(
        'DP-SIGNATURE-CHAIN-BAD',
        `Chuỗi đổi khoá của "${peer.id}" không hợp lệ.`,
        `The key rotation chain of "${peer.id}" is invalid.`,
      );
    const signer = trusted.get(step.signature.keyId);
    // A step signed by a key we do not (yet) trust is skipped: chains start at the oldest key.
    if (!signer) continue;
    const rotation = step.payload;
    if (
      !verifies(verifier, step, signer) ||
      rotation.instanceId !== peer.id ||
      rotation.from !== step.signature.keyId ||
      verifier.keyIdOf(rotation.publicKey) !== rotation.keyId
    )
      refuse(
        'DP-SIGNATURE-CHAIN-BAD',
        `Một bước đổi khoá của "${peer.id}" không khớp chữ ký của khoá trước.`,
        `A key rotation step of "${peer.id}" does not verify under the previous key.`,
      );
    trusted.set(rotation.keyId, rotation.publicKey);
  }
  return trusted;
}

/**
 * The peer that signed `value` for `purpose`, after checking its signature; refused
 * (`DP-SIGNATURE-*`, integrity) when malformed, for another purpose, from an unknown instance or
 * key, or not verifying.
 */
export function verifyFromPeer<T>(
  verifier: SignatureVerifier,
  national: NationalConfig,
  value: unknown,
  purpose: SignedPurpose,
): { peer: PeerConfig; envelope: SignedEnvelope<T> } {
  if (!isSignedEnvelope(value))
    refuse(
      'DP-SIGNATURE-MALFORMED',
      'Tài liệu không mang chữ ký hợp lệ (thiếu hoặc sai dạng).',
      'The document carries no well-formed signature.',
    );
  const { signature } = value;
  if (signature.purpose !== purpose)
    refuse(
      'DP-SIGNATURE-PURPOSE',
      `Chữ ký dành cho "${signature.purpose}", không phải "${purpose}".`,
      `The signature is for "${signature.purpose}", not "${purpose}".`,
    );
  const peer = national.peers.find((p) => p.id === signature.signer);
  if (!peer)
    refuse(
      'DP-SIGNATURE-UNKNOWN-SIGNER',
      `Hệ thống "${signature.signer}" không có trong danh sách hệ thống tin cậy (national.peers).`,
      `Instance "${signature.signer}" is not among the trusted peers (national.peers).`,
    );
  const key = trustedKeys(verifier, peer, signature.chain ?? []).get(signature.keyId);
  if (!key)
    refuse(
      'DP-SIGNATURE-UNKNOWN-KEY',
      `Khoá ${signature.keyId} không phải khoá đã khai báo của "${peer.id}".`,
      `Key ${signature.keyId} is not a configured key of "${peer.id}".`,
    );
  if (!verifies(verifier, value, key))
    refuse(
      'DP-SIGNATURE-BAD',
      `Chữ ký của "${peer.id}" không đúng: tài liệu đã bị sửa hoặc giả mạo.`,
      `The signature of "${peer.id}" does not verify: the document was altered or forged.`,
    );
  return { peer, envelope: value as SignedEnvelope<T> };
}
