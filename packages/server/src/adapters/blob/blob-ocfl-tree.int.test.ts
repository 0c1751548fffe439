import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStoreError, fromUtf8, streamOf, utf8 } from '@duphong/core';
import type { DigestAlgorithm } from '@duphong/core';
import { BlobOcflTree } from './blob-ocfl-tree.js';
import { FsBlobStore } from './fs-blob-store.js';

describe('BlobOcflTree', () => {
  let root: string;
  let store: FsBlobStore;
  let tree: BlobOcflTree;
  const content = utf8('nội dung tài liệu');

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'dp-ocfl-tree-'));
    store = new FsBlobStore(root);
    const files: Record<string, Uint8Array> = {
      'ocfl/0=ocfl_1.1': utf8('ocfl_1.1\n'),
      'ocfl/obj/inventory.json': utf8('{}'),
      'ocfl/obj/v1/content/Hồ sơ/Quyết định số 1.pdf': content,
      'ocfl/obj-2/x': utf8('x'),
      'outside/y': utf8('y'),
    };
    for (const [key, bytes] of Object.entries(files)) await store.put(key, streamOf(bytes));
    tree = new BlobOcflTree(store, 'ocfl');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('derives folders from key prefixes', async () => {
    expect(await tree.readDir('')).toEqual([
      { name: '0=ocfl_1.1', kind: 'file' },
      { name: 'obj', kind: 'dir' },
      { name: 'obj-2', kind: 'dir' },
    ]);
    expect(await tree.readDir('obj')).toEqual([
      { name: 'inventory.json', kind: 'file' },
      { name: 'v1', kind: 'dir' },
    ]);
    expect(await tree.readDir('obj/v1/content/Hồ sơ')).toEqual([{ name: 'Quyết định số 1.pdf', kind: 'file' }]);
  });

  it('says a file or a missing path is not a folder', async () => {
    expect(await tree.readDir('obj/inventory.json')).toBeUndefined();
    expect(await tree.readDir('nowhere')).toBeUndefined();
    expect(await new BlobOcflTree(store, 'empty-root').readDir('')).toEqual([]);
  });

  it('reads small files whole', async () => {
    expect(fromUtf8(await tree.readFile('0=ocfl_1.1'))).toBe('ocfl_1.1\n');
    await expect(tree.readFile('obj/missing.json')).rejects.toBeInstanceOf(BlobStoreError);
  });

  it.each<[DigestAlgorithm, string]>([
    ['sha256', 'sha256'],
    ['sha512', 'sha512'],
    ['sha1', 'sha1'],
    ['md5', 'md5'],
    ['blake2b-512', 'blake2b512'],
  ])('streams a %s digest', async (algorithm, nodeName) => {
    const expected = createHash(nodeName).update(content).digest('hex');
    expect(await tree.digest('obj/v1/content/Hồ sơ/Quyết định số 1.pdf', algorithm)).toBe(expected);
  });

  it('refuses paths that escape the tree', async () => {
    await expect(tree.readFile('../outside/y')).rejects.toMatchObject({ kind: 'INVALID_KEY' });
    await expect(tree.readDir('..')).rejects.toMatchObject({ kind: 'INVALID_KEY' });
  });
});
