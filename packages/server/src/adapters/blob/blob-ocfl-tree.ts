import { createHash } from 'node:crypto';
import { collect } from '@duphong/core';
import type { BlobStore, DigestAlgorithm, OcflTree, TreeEntry } from '@duphong/core';
import { compareKeys, validateKey } from './key.js';

/** OCFL names → node:crypto names. */
const NODE_ALGORITHM: Record<DigestAlgorithm, string> = {
  sha256: 'sha256',
  sha512: 'sha512',
  sha1: 'sha1',
  md5: 'md5',
  'blake2b-512': 'blake2b512',
};

/**
 * An OCFL storage root (or object) kept on a BlobStore site under `prefix`. Object stores have no
 * folders, so a folder is any key prefix ending in `/`; empty folders cannot exist, which OCFL
 * allows (empty folders are not part of an object's content).
 */
export class BlobOcflTree implements OcflTree {
  private readonly prefix: string;

  /**
   * `listing`: the keys under `prefix` (relative to it) when the caller already listed them, as the
   * audit does; the validator's many readDir calls are then answered without listing again.
   */
  constructor(
    private readonly store: BlobStore,
    prefix = '',
    private readonly listing?: Iterable<string>,
  ) {
    const trimmed = prefix.replace(/\/+$/, '');
    if (trimmed !== '') validateKey(trimmed);
    this.prefix = trimmed === '' ? '' : `${trimmed}/`;
  }

  async readDir(path: string): Promise<TreeEntry[] | undefined> {
    const base = path === '' ? this.prefix : `${this.keyOf(path)}/`;
    const kinds = new Map<string, TreeEntry['kind']>();
    for await (const key of this.keysUnder(base)) {
      const rest = key.slice(base.length);
      const slash = rest.indexOf('/');
      const name = slash < 0 ? rest : rest.slice(0, slash);
      const kind = slash < 0 ? 'file' : 'dir';
      const seen = kinds.get(name);
      // S3 allows both `a` and `a/b`: a name that is file and folder at once is flagged as `other`.
      kinds.set(name, seen === undefined || seen === kind ? kind : 'other');
    }
    if (kinds.size === 0 && path !== '') return undefined;
    return [...kinds].map(([name, kind]) => ({ name, kind })).sort((a, b) => compareKeys(a.name, b.name));
  }

  private async *keysUnder(base: string): AsyncGenerator<string> {
    if (this.listing === undefined) {
      for await (const { key } of this.store.list(base)) yield key;
      return;
    }
    for (const relative of this.listing) {
      const key = this.prefix + relative;
      if (key.startsWith(base)) yield key;
    }
  }

  async readFile(path: string): Promise<Uint8Array> {
    return collect(await this.store.get(this.keyOf(path)));
  }

  async digest(path: string, algorithm: DigestAlgorithm): Promise<string> {
    if (algorithm === 'sha256') return (await this.store.digest(this.keyOf(path))).sha256; // the store may hash off-thread
    const hash = createHash(NODE_ALGORITHM[algorithm]);
    for await (const chunk of await this.store.get(this.keyOf(path))) hash.update(chunk);
    return hash.digest('hex');
  }

  private keyOf(path: string): string {
    const key = this.prefix + path;
    validateKey(key);
    return key;
  }
}
