import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStoreError, collect, fromUtf8, streamOf, utf8 } from '@duphong/core';
import type { BlobErrorKind, BlobStore } from '@duphong/core';
import { failingStream, patternStream, sha256Hex, sha256Of } from '../../testing/byte-streams.js';

export interface ContractSubject {
  store: BlobStore;
  cleanup(): Promise<void>;
}

const MiB = 1 << 20;

async function text(store: BlobStore, key: string): Promise<string> {
  return fromUtf8(await collect(await store.get(key)));
}

async function keys(store: BlobStore, prefix: string): Promise<string[]> {
  const out: string[] = [];
  for await (const info of store.list(prefix)) out.push(info.key);
  return out;
}

async function expectKind(promise: Promise<unknown>, kind: BlobErrorKind): Promise<BlobStoreError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, `expected BlobStoreError ${kind}`).toBeInstanceOf(BlobStoreError);
  expect((err as BlobStoreError).kind).toBe(kind);
  return err as BlobStoreError;
}

/**
 * The behaviour every BlobStore adapter must share. Each test works under its own key prefix,
 * so the suite also runs against a store that already holds other data.
 *
 * Decision: keys that are not NFC are refused (INVALID_KEY), not normalised — see key.ts.
 */
export function describeBlobStoreContract(name: string, factory: () => Promise<ContractSubject>): void {
  describe(`BlobStore contract: ${name}`, () => {
    let subject: ContractSubject;
    let store: BlobStore;
    beforeAll(async () => {
      subject = await factory();
      store = subject.store;
    });
    afterAll(async () => {
      await subject?.cleanup();
    });

    it('round-trips an empty and a small blob', async () => {
      expect(await store.put('rt/empty', streamOf(new Uint8Array(0)))).toEqual({ size: 0 });
      expect(await collect(await store.get('rt/empty'))).toHaveLength(0);
      expect(await store.put('rt/small.txt', streamOf(utf8('xin chào')))).toEqual({ size: utf8('xin chào').length });
      expect(await text(store, 'rt/small.txt')).toBe('xin chào');
      expect(await store.head('rt/small.txt')).toEqual({ key: 'rt/small.txt', size: utf8('xin chào').length });
    });

    it('streams a 40 MiB blob in and out without holding it, verifying its sha256', async () => {
      const size = 40 * MiB + 123; // not a multiple of any part size
      const expected = await sha256Of(patternStream(size, 'big'));
      expect(await store.put('big/blob.bin', patternStream(size, 'big'), expected)).toEqual({ size });
      expect(await sha256Of(await store.get('big/blob.bin'))).toEqual(expected);
      expect(await store.head('big/blob.bin')).toEqual({ key: 'big/blob.bin', size });
    });

    it('keeps memory bounded: a 512 MiB round trip grows RSS by well under the blob size', async () => {
      const size = 512 * MiB;
      const base = process.memoryUsage().rss;
      let peak = base;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
      try {
        await store.put('mem/huge.bin', patternStream(size, 'mem'));
        expect((await sha256Of(await store.get('mem/huge.bin'))).size).toBe(size);
      } finally {
        clearInterval(sampler);
        await store.delete('mem/huge.bin');
      }
      expect(peak - base).toBeLessThan(size / 2);
    });

    it('keeps Vietnamese NFC keys as given', async () => {
      const key = 'vi/Hồ sơ/Quyết định số 1.pdf';
      await store.put(key, streamOf(utf8('Quyết định')));
      expect(await text(store, key)).toBe('Quyết định');
      expect(await keys(store, 'vi/')).toEqual([key]);
      expect(await keys(store, 'vi/Hồ sơ/Quyết')).toEqual([key]);
    });

    it.each([
      ['parent segment', '../x'],
      ['absolute', '/abs'],
      ['empty segment', 'a//b'],
      ['dot segment', 'a/./b'],
      ['trailing slash', 'a/b/'],
      ['backslash', 'a\\b'],
      ['NUL', 'a\u0000b'],
      ['control char', 'a\nb'],
      ['NFD (decomposed) text', 'Hồ sơ'.normalize('NFD')],
      ['empty key', ''],
      ['temp-file name', 'a/.dp-tmp-x'],
    ])('refuses an invalid key: %s', async (_label, key) => {
      await expectKind(store.put(key, streamOf(utf8('x'))), 'INVALID_KEY');
      await expectKind(store.get(key), 'INVALID_KEY');
      await expectKind(store.head(key), 'INVALID_KEY');
      await expectKind(store.delete(key), 'INVALID_KEY');
      await expectKind(store.commit(key, 'ok'), 'INVALID_KEY');
    });

    it('verifies sha256 and size on put; a mismatch stores nothing and keeps the old blob', async () => {
      const data = utf8('bản gốc');
      await store.put('dg/new', streamOf(data), { sha256: sha256Hex(data), size: data.length });
      expect(await text(store, 'dg/new')).toBe('bản gốc');

      await expectKind(store.put('dg/absent', streamOf(data), { sha256: sha256Hex('khác') }), 'DIGEST_MISMATCH');
      expect(await store.head('dg/absent')).toBeUndefined();

      await expectKind(store.put('dg/new', streamOf(utf8('bản sửa')), { sha256: sha256Hex('khác') }), 'DIGEST_MISMATCH');
      await expectKind(store.put('dg/new', streamOf(utf8('bản sửa')), { size: 3 }), 'DIGEST_MISMATCH');
      expect(await text(store, 'dg/new')).toBe('bản gốc');
      expect(await keys(store, 'dg/')).toEqual(['dg/new']);
    });

    it('rejects a wrong digest on a multi-part blob too, leaving the old blob', async () => {
      await store.put('dg/large', streamOf(utf8('cũ')));
      const size = 20 * MiB;
      await expectKind(store.put('dg/large', patternStream(size, 'x'), { sha256: sha256Hex('sai'), size }), 'DIGEST_MISMATCH');
      expect(await text(store, 'dg/large')).toBe('cũ');
    });

    it('a source that fails midway leaves the old blob and no partial', async () => {
      await store.put('fail/doc', streamOf(utf8('nguyên vẹn')));
      const boom = new Error('nguồn hỏng');
      for (const before of [1000, 20 * MiB]) {
        await expect(store.put('fail/doc', failingStream(before, boom))).rejects.toBe(boom);
        await expect(store.put('fail/other', failingStream(before, boom))).rejects.toBe(boom);
      }
      expect(await text(store, 'fail/doc')).toBe('nguyên vẹn');
      expect(await store.head('fail/other')).toBeUndefined();
      expect(await keys(store, 'fail/')).toEqual(['fail/doc']);
    });

    it('lists recursively in key (UTF-8 byte) order, filtered by prefix', async () => {
      const all = ['ls/a-b', 'ls/a/x', 'ls/a/y/z', 'ls/b', 'ls/bc/d', 'ls/Đ', 'ls/Ă', 'lsx/other'];
      for (const key of [...all].reverse()) await store.put(key, streamOf(utf8(key)));
      expect(await keys(store, 'ls/')).toEqual(['ls/a-b', 'ls/a/x', 'ls/a/y/z', 'ls/b', 'ls/bc/d', 'ls/Ă', 'ls/Đ']);
      expect(await keys(store, 'ls/a/')).toEqual(['ls/a/x', 'ls/a/y/z']);
      expect(await keys(store, 'ls/b')).toEqual(['ls/b', 'ls/bc/d']);
      expect(await keys(store, 'ls')).toEqual([...(await keys(store, 'ls/')), 'lsx/other']);
      expect(await keys(store, 'nothing-here/')).toEqual([]);
      const sizes: Record<string, number> = {};
      for await (const info of store.list('ls/a/')) sizes[info.key] = info.size;
      expect(sizes).toEqual({ 'ls/a/x': 6, 'ls/a/y/z': 8 });
    });

    it('head and get report absence; get of a missing key is NOT_FOUND', async () => {
      expect(await store.head('missing/x')).toBeUndefined();
      await expectKind(store.get('missing/x'), 'NOT_FOUND');
    });

    it('replaces a blob on put', async () => {
      await store.put('rep/k', streamOf(utf8('một')));
      await store.put('rep/k', streamOf(utf8('hai')));
      expect(await text(store, 'rep/k')).toBe('hai');
    });

    it('deletes idempotently', async () => {
      await store.put('del/a/b', streamOf(utf8('x')));
      await store.delete('del/a/b');
      await store.delete('del/a/b');
      await store.delete('del/never');
      expect(await store.head('del/a/b')).toBeUndefined();
      expect(await keys(store, 'del/')).toEqual([]);
    });

    it('commit moves a staged blob to its final key, replacing the old one', async () => {
      await store.put('cm/Hồ sơ 1/tài liệu.pdf', streamOf(utf8('cũ')));
      await store.put('cm/staging/tài liệu.tmp', streamOf(utf8('mới')));
      await store.commit('cm/staging/tài liệu.tmp', 'cm/Hồ sơ 1/tài liệu.pdf');
      expect(await text(store, 'cm/Hồ sơ 1/tài liệu.pdf')).toBe('mới');
      expect(await store.head('cm/staging/tài liệu.tmp')).toBeUndefined();
      expect(await keys(store, 'cm/')).toEqual(['cm/Hồ sơ 1/tài liệu.pdf']);
      await expectKind(store.commit('cm/staging/none', 'cm/x'), 'NOT_FOUND');
      expect(await store.head('cm/x')).toBeUndefined();
    });

    it('probes a working store as online and writable, leaving nothing behind', async () => {
      const before = await keys(store, '');
      const result = await store.probe();
      expect(result).toMatchObject({ online: true, writable: true });
      expect(await keys(store, '')).toEqual(before);
    });

    it('commitMany moves several staged blobs (deferred-sync puts) and flush succeeds', async () => {
      await store.put('many/staging/1', streamOf(utf8('một')), { deferSync: true });
      await store.put('many/staging/2', streamOf(utf8('hai')), { deferSync: true });
      await store.commitMany([
        { from: 'many/staging/1', to: 'many/v1/content/Tài liệu 1.txt' },
        { from: 'many/staging/2', to: 'many/v1/content/Tài liệu 2.txt' },
      ]);
      expect(await keys(store, 'many/')).toEqual(['many/v1/content/Tài liệu 1.txt', 'many/v1/content/Tài liệu 2.txt']);
      await store.flush();
      await expectKind(store.commitMany([{ from: 'many/staging/none', to: 'many/x' }]), 'NOT_FOUND');
    });

    it('digest re-reads a stored blob: sha256 and size; NOT_FOUND when absent', async () => {
      const bytes = utf8('Bản sao dự phòng');
      await store.put('dg/a', streamOf(bytes));
      const expected = createHash('sha256').update(bytes).digest('hex');
      expect(await store.digest('dg/a')).toEqual({ sha256: expected, size: bytes.length });
      await expectKind(store.digest('dg/none'), 'NOT_FOUND');
    });

    it('sweep keeps every complete blob under the prefix and beside it', async () => {
      await store.put('sw/a/1', streamOf(utf8('một')));
      await store.put('sw/b', streamOf(utf8('hai')));
      await store.put('swx', streamOf(utf8('ba')));
      await store.sweep('sw/');
      expect(await keys(store, 'sw')).toEqual(['sw/a/1', 'sw/b', 'swx']);
    });

    it('has a description naming the site', () => {
      expect(store.description).toMatch(/\S/);
    });
  });
}
