import { createHash, type Hash } from 'node:crypto';
import type { DigestAlgorithm, HashState, Hasher } from '@duphong/core';

/** OCFL algorithm names → node:crypto (OpenSSL) names. */
const NODE_NAMES: Readonly<Record<DigestAlgorithm, string>> = {
  sha256: 'sha256',
  sha512: 'sha512',
  sha1: 'sha1',
  md5: 'md5',
  'blake2b-512': 'blake2b512',
};

export function nodeHashName(algorithm: DigestAlgorithm): string {
  const name = NODE_NAMES[algorithm];
  if (name === undefined) throw new RangeError(`unsupported digest algorithm: ${String(algorithm)}`);
  return name;
}

class NodeHashState implements HashState {
  private readonly hash: Hash;
  constructor(algorithm: DigestAlgorithm) {
    this.hash = createHash(nodeHashName(algorithm));
  }
  update(chunk: Uint8Array): void {
    this.hash.update(chunk);
  }
  digest(): string {
    return this.hash.digest('hex');
  }
}

/** The Hasher port over node:crypto (SHA-NI accelerated where the CPU has it). */
export const nodeHasher: Hasher = {
  create: (algorithm) => new NodeHashState(algorithm),
};
