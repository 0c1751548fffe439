import { describe, expect, it } from 'vitest';
import { BlobStoreError } from '@duphong/core';
import { compareKeys, validateKey, validatePrefix } from './key.js';

describe('blob keys', () => {
  it('accepts relative NFC keys, Vietnamese included', () => {
    expect(validateKey('Hồ sơ/Quyết định số 1.pdf')).toEqual(['Hồ sơ', 'Quyết định số 1.pdf']);
    expect(validateKey('a/.hidden/..x')).toEqual(['a', '.hidden', '..x']);
  });

  it.each([
    '',
    '/a',
    'a/',
    'a//b',
    './a',
    'a/..',
    'a\\b',
    'a\tb',
    'a\u0085b',
    'Đ'.normalize('NFD') + 'ồ'.normalize('NFD'),
    '.dp-tmp-1',
    'x'.repeat(256),
    'a/'.repeat(600) + 'b',
  ])('refuses %j', (key) => {
    expect(() => validateKey(key)).toThrow(BlobStoreError);
    try {
      validateKey(key);
    } catch (err) {
      expect((err as BlobStoreError).kind).toBe('INVALID_KEY');
      expect((err as Error).message).toMatch(/Khóa không hợp lệ/);
    }
  });

  it('allows a partial or empty last segment in a prefix only', () => {
    for (const prefix of ['', 'a/', 'a/b', 'Hồ sơ/Quy']) expect(() => validatePrefix(prefix)).not.toThrow();
    for (const prefix of ['/a', 'a//', '../', 'a/..', 'x\\']) expect(() => validatePrefix(prefix)).toThrow(BlobStoreError);
  });

  it('orders keys by UTF-8 bytes, as S3 does', () => {
    const keys = ['b', 'a/x', 'a-b', '\uffff', '😀', 'Đ', 'Z'];
    expect([...keys].sort(compareKeys)).toEqual(['Z', 'a-b', 'a/x', 'b', 'Đ', '\uffff', '😀']);
  });
});
