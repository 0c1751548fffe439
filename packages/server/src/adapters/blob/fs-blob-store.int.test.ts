import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobStoreError, collect, fromUtf8, streamOf, utf8 } from '@duphong/core';
import { patternStream } from '../../testing/byte-streams.js';
import { mountTmpfs, remountReadOnly, unmount } from '../../testing/mount.js';
import { describeBlobStoreContract } from './blob-store.contract.js';
import { FsBlobStore } from './fs-blob-store.js';

describeBlobStoreContract('FsBlobStore', async () => {
  const root = await mkdtemp(join(tmpdir(), 'dp-fs-contract-'));
  return { store: new FsBlobStore(root), cleanup: () => rm(root, { recursive: true, force: true }) };
});

async function failure(promise: Promise<unknown>): Promise<BlobStoreError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BlobStoreError);
  return err as BlobStoreError;
}

async function text(store: FsBlobStore, key: string): Promise<string> {
  return fromUtf8(await collect(await store.get(key)));
}

describe('FsBlobStore sweep', () => {
  it('removes temp files a killed write left, and the folders they leave empty', async () => {
    const root = await mkdtemp(join(tmpdir(), 'dp-fs-sweep-'));
    try {
      const store = new FsBlobStore(root);
      await store.put('obj/v1/content/kept.pdf', streamOf(utf8('giữ lại')));
      await mkdir(join(root, 'staging', 'j1', 'deep'), { recursive: true });
      await writeFile(join(root, 'staging', 'j1', 'deep', '.dp-tmp-123'), 'dở dang');
      await writeFile(join(root, 'obj', 'v1', '.dp-tmp-456'), 'dở dang');
      await store.sweep('staging/j1/');
      await store.sweep('obj/');
      expect(await readdir(root)).toEqual(['obj']);
      expect((await readdir(join(root, 'obj', 'v1'))).sort()).toEqual(['content']);
      expect(await text(store, 'obj/v1/content/kept.pdf')).toBe('giữ lại');
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

/** Real faults on real filesystems (tmpfs mounts need root, which CI has); nothing is mocked. */
describe('FsBlobStore faults', () => {
  let base: string;
  let mounted: string[];
  beforeEach(async () => {
    base = await mkdtemp(join(tmpdir(), 'dp-fs-faults-'));
    mounted = [];
  });
  afterEach(async () => {
    for (const dir of mounted) await unmount(dir);
    await rm(base, { recursive: true, force: true });
  });

  async function tmpfs(sizeBytes: number): Promise<string> {
    const dir = join(base, 'mnt');
    await mountTmpfs(dir, sizeBytes);
    mounted.push(dir);
    return dir;
  }

  it('a full disk gives FULL, keeps old blobs and leaves no temp file', async () => {
    const root = await tmpfs(1 << 20);
    const store = new FsBlobStore(root);
    await store.put('Hồ sơ/cũ.txt', streamOf(utf8('giữ nguyên')));
    const err = await failure(store.put('Hồ sơ/lớn.bin', patternStream(2 << 20)));
    expect(err.kind).toBe('FULL');
    expect(err.message).toMatch(/đã đầy \(hết dung lượng\)/);
    const replace = await failure(store.put('Hồ sơ/cũ.txt', patternStream(2 << 20)));
    expect(replace.kind).toBe('FULL');
    expect(await text(store, 'Hồ sơ/cũ.txt')).toBe('giữ nguyên');
    expect(await readdir(join(root, 'Hồ sơ'))).toEqual(['cũ.txt']);
    const probe = await store.probe();
    expect(probe.online).toBe(true);
    expect(probe.freeBytes).toBeLessThan(1 << 20);
  });

  it('a read-only filesystem gives PERMISSION on write but still reads', async () => {
    const root = await tmpfs(4 << 20);
    const store = new FsBlobStore(root);
    await store.put('a/b.txt', streamOf(utf8('đọc được')));
    await remountReadOnly(root);
    expect((await failure(store.put('a/c.txt', streamOf(utf8('x'))))).kind).toBe('PERMISSION');
    expect((await failure(store.put('a/b.txt', streamOf(utf8('x'))))).kind).toBe('PERMISSION');
    expect((await failure(store.delete('a/b.txt'))).kind).toBe('PERMISSION');
    expect(await text(store, 'a/b.txt')).toBe('đọc được');
    const probe = await store.probe();
    expect(probe).toMatchObject({ online: true, writable: false });
    expect(probe.message).toMatch(/Không có quyền/);
  });

  it('a missing root is an offline site, and is never created', async () => {
    const root = join(base, 'chưa-gắn-ổ');
    const store = new FsBlobStore(root);
    const probe = await store.probe();
    expect(probe).toMatchObject({ online: false, writable: false });
    expect(probe.message).toMatch(/không tồn tại/);
    const ops = [
      () => store.put('a', streamOf(utf8('x'))),
      () => store.get('a'),
      () => store.head('a'),
      () => store.delete('a'),
      () => store.commit('a', 'b'),
      async () => {
        for await (const info of store.list('')) return info;
      },
    ];
    for (const op of ops) expect((await failure(op())).kind).toBe('UNAVAILABLE');
    expect(await readdir(base)).toEqual([]);
  });

  it('a root that vanishes right after it was checked (a disk unmounted mid-write) is not recreated', async () => {
    // seen in the campaign (e2e/campaign): a check of the root followed by mkdir -p recreated an
    // unmounted site as an empty folder, which then passed for a new, empty site
    const root = join(base, 'ổ-rút-ra');
    await mkdir(root);
    const store = new FsBlobStore(root);
    await store.put('staging/a.txt', streamOf(utf8('tạm')));
    const unmount = () => rm(root, { recursive: true, force: true });
    const raw = store as unknown as { head: FsBlobStore['head'] };
    const head = raw.head.bind(store);
    raw.head = async (key) => {
      const info = await head(key); // commit checks its source, then the disk goes away
      await unmount();
      return info;
    };
    expect((await failure(store.commit('staging/a.txt', 'ocfl/v1/content/a.txt'))).kind).toBe('UNAVAILABLE');
    expect(await readdir(base)).toEqual([]);
  });

  it('a root that is a regular file is an offline site', async () => {
    const root = join(base, 'not-a-folder');
    await writeFile(root, 'x');
    const store = new FsBlobStore(root);
    expect(await store.probe()).toMatchObject({ online: false, writable: false });
    expect((await failure(store.put('a/b', streamOf(utf8('x'))))).kind).toBe('UNAVAILABLE');
  });

  it('a key that collides with a folder (or a file in its path) is a CONFLICT, not a crash', async () => {
    const root = join(base, 'root');
    await mkdir(root);
    const store = new FsBlobStore(root);
    await store.put('a/b', streamOf(utf8('x')));
    expect((await failure(store.put('a', streamOf(utf8('y'))))).kind).toBe('CONFLICT');
    expect((await failure(store.put('a/b/c', streamOf(utf8('y'))))).kind).toBe('CONFLICT');
    expect(await text(store, 'a/b')).toBe('x');
    expect(await readdir(join(root, 'a'))).toEqual(['b']);
  });
});
