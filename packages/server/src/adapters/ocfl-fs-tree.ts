import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { hashFile } from './hash-pool.js';
import type { DigestAlgorithm, Hasher, OcflTree, TreeEntry } from '@duphong/core';
import { nodeHasher } from './node-hasher.js';

/** Git placeholder for empty folders (see conformance README): not part of any tree. */
const IGNORED = new Set(['.keep']);

/**
 * OcflTree over a filesystem folder. Uses lstat so links are never followed: symlinks, devices and
 * fifos come back as kind 'other', which the validator rejects.
 */
export class FsOcflTree implements OcflTree {
  constructor(
    private readonly root: string,
    private readonly hasher: Hasher = nodeHasher,
  ) {}

  private resolve(path: string): string {
    if (path.split('/').some((e) => e === '..')) throw new RangeError(`path escapes the tree: ${path}`);
    return path === '' ? this.root : join(this.root, ...path.split('/'));
  }

  async readDir(path: string): Promise<TreeEntry[] | undefined> {
    const full = this.resolve(path);
    const stat = await lstat(full).catch(() => undefined);
    if (!stat?.isDirectory()) return undefined;
    const dirents = await readdir(full, { withFileTypes: true });
    return dirents
      .filter((d) => !IGNORED.has(d.name))
      .map((d): TreeEntry => ({ name: d.name, kind: d.isFile() ? 'file' : d.isDirectory() ? 'dir' : 'other' }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async readFile(path: string): Promise<Uint8Array> {
    return new Uint8Array(await readFile(this.resolve(path)));
  }

  /** On the worker pool: validating a large object uses every core. */
  async digest(path: string, algorithm: DigestAlgorithm): Promise<string> {
    return (await hashFile(this.resolve(path), algorithm)).digest;
  }
}

/** Absolute path of a tree-relative path, for messages. */
export function fsPathOf(root: string, path: string): string {
  return path === '' ? root : root + sep + path.split('/').join(sep);
}
