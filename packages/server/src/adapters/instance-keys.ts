import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoVietnam, signingInput, type Clock, type KeyRotation, type SignedEnvelope, type SignedPurpose } from '@duphong/core';
import type { InstanceIdentity, InstanceKey, SignatureVerifier } from '../ports/identity.js';

/*
 * Ed25519 keys of this instance under HOME/keys (decision 0025): `keys.json` lists every key with
 * its dates and every rotation statement; `<keyId>.pem` holds a private key (mode 0600). keys.json is
 * replaced by rename, so a crash leaves the old or the new history, never half of one.
 */

// The fixed DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw 32 bytes follow it.
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

interface KeyFile {
  keys: InstanceKey[];
  rotations: Array<SignedEnvelope<KeyRotation>>;
}

function rawPublicKey(pem: string | Buffer): string {
  const der = createPublicKey(createPrivateKey(pem)).export({ format: 'der', type: 'spki' });
  return der.subarray(SPKI_PREFIX.length).toString('base64');
}

function publicKeyObject(publicKey: string) {
  const raw = Buffer.from(publicKey, 'base64');
  if (raw.length !== 32) throw new TypeError('not an Ed25519 public key');
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export const ed25519Verifier: SignatureVerifier = {
  verify(publicKey, message, signature) {
    try {
      return verify(null, Buffer.from(message, 'utf8'), publicKeyObject(publicKey), Buffer.from(signature, 'base64'));
    } catch {
      return false;
    }
  },
  keyIdOf(publicKey) {
    return createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex').slice(0, 16);
  },
};

export class FsInstanceIdentity implements InstanceIdentity {
  private readonly dir: string;
  constructor(
    home: string,
    readonly instanceId: string,
    private readonly clock: Clock,
  ) {
    this.dir = join(home, 'keys');
  }

  private read(): KeyFile {
    const file = join(this.dir, 'keys.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as KeyFile;
    return { keys: [], rotations: [] };
  }

  private write(value: KeyFile): void {
    const file = join(this.dir, 'keys.json');
    writeFileSync(`${file}.${process.pid}.tmp`, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
    renameSync(`${file}.${process.pid}.tmp`, file);
  }

  private newKey(): { key: InstanceKey; pem: string } {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const publicKey = rawPublicKey(pem);
    const key: InstanceKey = { keyId: ed25519Verifier.keyIdOf(publicKey), publicKey, createdAt: isoVietnam(this.clock.now()) };
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    // 'wx': a key file is written once and never overwritten
    writeFileSync(join(this.dir, `${key.keyId}.pem`), pem, { mode: 0o600, flag: 'wx' });
    return { key, pem };
  }

  /** The key file; the first key is made here when the instance has none yet. */
  private ensure(): KeyFile {
    const file = this.read();
    if (file.keys.length > 0) return file;
    const { key } = this.newKey();
    this.write({ keys: [key], rotations: [] });
    return this.read();
  }

  current(): InstanceKey {
    const keys = this.ensure().keys;
    return keys.find((k) => !k.retiredAt) ?? keys[keys.length - 1]!;
  }

  keys(): InstanceKey[] {
    return this.ensure().keys;
  }

  rotations(): Array<SignedEnvelope<KeyRotation>> {
    return this.ensure().rotations;
  }

  private signWith<T>(key: InstanceKey, purpose: SignedPurpose, payload: T): SignedEnvelope<T> {
    const pem = readFileSync(join(this.dir, `${key.keyId}.pem`));
    const block = { alg: 'Ed25519' as const, purpose, signer: this.instanceId, keyId: key.keyId, signedAt: isoVietnam(this.clock.now()) };
    const value = sign(null, Buffer.from(signingInput(payload, block), 'utf8'), createPrivateKey(pem)).toString('base64');
    return { payload, signature: { ...block, value } };
  }

  sign<T>(purpose: SignedPurpose, payload: T): SignedEnvelope<T> {
    const key = this.current();
    const envelope = this.signWith(key, purpose, payload);
    // Peers configured with an older key follow the rotations up to this one.
    const chain = this.rotations();
    return chain.length > 0 ? { ...envelope, signature: { ...envelope.signature, chain } } : envelope;
  }

  rotate(): InstanceKey {
    const file = this.ensure();
    const old = this.current();
    const { key } = this.newKey();
    const statement = this.signWith<KeyRotation>(old, 'duphong/key-rotation/1', {
      instanceId: this.instanceId,
      from: old.keyId,
      keyId: key.keyId,
      publicKey: key.publicKey,
      at: key.createdAt,
    });
    this.write({
      keys: [...file.keys.map((k) => (k.keyId === old.keyId ? { ...k, retiredAt: key.createdAt } : k)), key],
      rotations: [...file.rotations, statement],
    });
    return key;
  }
}
