import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeHasher } from './node-hasher.js';
import { FsOcflTree } from './ocfl-fs-tree.js';

const root = mkdtempSync(join(tmpdir(), 'ocfl-fs-tree-'));
mkdirSync(join(root, 'v1/content/hồ sơ'), { recursive: true });
writeFileSync(join(root, 'v1/content/hồ sơ/a.txt'), 'abc');
writeFileSync(join(root, 'v1/content/.keep'), '');
symlinkSync(join(root, 'v1/content/hồ sơ/a.txt'), join(root, 'link'));

describe('FsOcflTree', () => {
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const tree = new FsOcflTree(root);

  it('lists folders sorted, links as other, and skips .keep placeholders', async () => {
    expect(await tree.readDir('')).toEqual([
      { name: 'link', kind: 'other' },
      { name: 'v1', kind: 'dir' },
    ]);
    expect(await tree.readDir('v1/content')).toEqual([{ name: 'hồ sơ', kind: 'dir' }]);
    expect(await tree.readDir('v1/content/hồ sơ/a.txt')).toBeUndefined();
    expect(await tree.readDir('missing')).toBeUndefined();
  });

  it('reads and digests files by streaming', async () => {
    expect(new TextDecoder().decode(await tree.readFile('v1/content/hồ sơ/a.txt'))).toBe('abc');
    expect(await tree.digest('v1/content/hồ sơ/a.txt', 'sha256')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('refuses paths that leave the tree', async () => {
    await expect(tree.readFile('../x')).rejects.toThrow(RangeError);
  });
});

describe('nodeHasher', () => {
  const hex = (alg: Parameters<typeof nodeHasher.create>[0]) => {
    const h = nodeHasher.create(alg);
    h.update(new TextEncoder().encode('abc'));
    return h.digest();
  };
  it('computes every OCFL algorithm', () => {
    expect(hex('md5')).toBe('900150983cd24fb0d6963f7d28e17f72');
    expect(hex('sha1')).toBe('a9993e364706816aba3e25717850c26c9cd0d89d');
    expect(hex('sha512').slice(0, 16)).toBe('ddaf35a193617aba');
    expect(hex('blake2b-512').slice(0, 16)).toBe('ba80a53f981c4d0d');
  });
});
