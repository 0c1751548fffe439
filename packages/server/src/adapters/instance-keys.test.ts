import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Clock } from '@duphong/core';
import { nationalConfigSchema, type NationalConfig } from '../config/national-config.js';
import { DuphongError } from '../errors.js';
import { verifyFromPeer } from '../usecases/verify-signed.js';
import { ed25519Verifier, FsInstanceIdentity } from './instance-keys.js';

const clock: Clock = { now: () => new Date('2026-12-05T03:00:00Z') };

function instance(id: string): FsInstanceIdentity {
  return new FsInstanceIdentity(mkdtempSync(join(tmpdir(), `keys-${id}-`)), id, clock);
}

/** The national centre's view: it trusts `peer` with the keys given. */
function centreTrusting(id: string, publicKeys: string[]): NationalConfig {
  return nationalConfigSchema.parse({ instanceId: 'trung-uong', peers: [{ id, url: 'http://127.0.0.1:1', publicKeys }] });
}

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DuphongError) return error.code;
    throw error;
  }
  return undefined;
}

describe('instance keys and signed documents', () => {
  const laoCai = instance('tinh-lao-cai');
  const payload = { handover: 'h1', objects: [{ code: 'VN-01', sha256: 'ab'.repeat(32) }] };

  it('keeps one private key per key id, readable only by its owner', () => {
    const key = laoCai.current();
    expect(key.publicKey).toHaveLength(44);
    expect(key.keyId).toBe(ed25519Verifier.keyIdOf(key.publicKey));
    const dir = join((laoCai as unknown as { dir: string }).dir);
    expect(statSync(join(dir, `${key.keyId}.pem`)).mode & 0o077).toBe(0);
    expect(laoCai.current()).toEqual(key); // stable across calls
  });

  it('accepts what a configured peer signed, for its purpose', () => {
    const signed = laoCai.sign('duphong/handover-manifest/1', payload);
    const { peer } = verifyFromPeer(
      ed25519Verifier,
      centreTrusting('tinh-lao-cai', [laoCai.current().publicKey]),
      signed,
      'duphong/handover-manifest/1',
    );
    expect(peer.id).toBe('tinh-lao-cai');
  });

  it('refuses forgeries: altered payload, re-dated, re-attributed, other purpose, unknown signer or key, garbage', () => {
    const trust = centreTrusting('tinh-lao-cai', [laoCai.current().publicKey]);
    const signed = laoCai.sign('duphong/handover-manifest/1', payload);
    const check = (value: unknown, purpose = 'duphong/handover-manifest/1' as const) =>
      codeOf(() => verifyFromPeer(ed25519Verifier, trust, value, purpose));
    expect(check({ ...signed, payload: { ...payload, handover: 'h2' } })).toBe('DP-SIGNATURE-BAD');
    expect(check({ ...signed, signature: { ...signed.signature, signedAt: '2027-01-01T00:00:00+07:00' } })).toBe('DP-SIGNATURE-BAD');
    expect(
      check(
        { ...signed, signature: { ...signed.signature, purpose: 'duphong/handover-receipt/1' } },
        'duphong/handover-receipt/1' as never,
      ),
    ).toBe('DP-SIGNATURE-BAD');
    expect(codeOf(() => verifyFromPeer(ed25519Verifier, trust, signed, 'duphong/codelist-bundle/1'))).toBe('DP-SIGNATURE-PURPOSE');
    expect(check({ ...signed, signature: { ...signed.signature, signer: 'tinh-khac' } })).toBe('DP-SIGNATURE-UNKNOWN-SIGNER');
    const impostor = instance('tinh-lao-cai').sign('duphong/handover-manifest/1', payload);
    expect(check(impostor)).toBe('DP-SIGNATURE-UNKNOWN-KEY');
    // the impostor claims the real key id: the signature itself fails
    expect(check({ ...impostor, signature: { ...impostor.signature, keyId: signed.signature.keyId } })).toBe('DP-SIGNATURE-BAD');
    expect(check({ payload })).toBe('DP-SIGNATURE-MALFORMED');
    expect(check('not json at all')).toBe('DP-SIGNATURE-MALFORMED');
  });

  it('follows a rotation chain from the configured key, and refuses a forged one', () => {
    const ha = instance('bo-noi-vu');
    const first = ha.current();
    const trust = centreTrusting('bo-noi-vu', [first.publicKey]);
    ha.rotate();
    const second = ha.rotate();
    expect(ha.keys().map((k) => Boolean(k.retiredAt))).toEqual([true, true, false]);
    const signed = ha.sign('duphong/codelist-drift/1', { lists: [] });
    expect(signed.signature.keyId).toBe(second.keyId);
    expect(signed.signature.chain).toHaveLength(2);
    expect(verifyFromPeer(ed25519Verifier, trust, signed, 'duphong/codelist-drift/1').peer.id).toBe('bo-noi-vu');
    // Without the chain the new key is unknown; with a chain whose step was altered, refused.
    const bare = { ...signed, signature: { ...signed.signature, chain: undefined } };
    expect(codeOf(() => verifyFromPeer(ed25519Verifier, trust, bare, 'duphong/codelist-drift/1'))).toBe('DP-SIGNATURE-UNKNOWN-KEY');
    const attacker = instance('bo-noi-vu').current();
    const chain = signed.signature.chain!.map((s, i) =>
      i === 0 ? { ...s, payload: { ...s.payload, publicKey: attacker.publicKey, keyId: attacker.keyId } } : s,
    );
    const forged = { ...signed, signature: { ...signed.signature, chain } };
    expect(codeOf(() => verifyFromPeer(ed25519Verifier, trust, forged, 'duphong/codelist-drift/1'))).toBe('DP-SIGNATURE-CHAIN-BAD');
    // the key history file names every key, private keys stay apart
    const file = readFileSync(join((ha as unknown as { dir: string }).dir, 'keys.json'), 'utf8');
    expect(file).not.toContain('PRIVATE');
  });
});
