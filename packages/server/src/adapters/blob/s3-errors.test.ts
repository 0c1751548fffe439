import { describe, expect, it } from 'vitest';
import { BlobStoreError } from '@duphong/core';
import { s3Error } from './s3-errors.js';

function kindOf(err: unknown): string | undefined {
  const mapped = s3Error(err, 's3:test', 'k');
  return mapped instanceof BlobStoreError ? mapped.kind : undefined;
}

describe('S3 error mapping', () => {
  it.each([
    [{ name: 'NoSuchKey', $metadata: { httpStatusCode: 404 } }, 'NOT_FOUND'],
    [{ name: 'NotFound', $metadata: { httpStatusCode: 404 } }, 'NOT_FOUND'],
    [{ name: 'NoSuchBucket', $metadata: { httpStatusCode: 404 } }, 'UNAVAILABLE'],
    [{ name: 'AccessDenied', $metadata: { httpStatusCode: 403 } }, 'PERMISSION'],
    [{ name: 'Forbidden', $metadata: { httpStatusCode: 403 } }, 'PERMISSION'],
    [{ name: 'EntityTooLarge', $metadata: { httpStatusCode: 400 } }, 'FULL'],
    [{ name: 'QuotaExceeded', $metadata: { httpStatusCode: 403 } }, 'FULL'],
    [{ name: 'InsufficientStorage', $metadata: { httpStatusCode: 507 } }, 'FULL'],
    [{ name: 'InternalError', $metadata: { httpStatusCode: 500 } }, 'UNAVAILABLE'],
    [{ name: 'SlowDown', $metadata: { httpStatusCode: 503 } }, 'UNAVAILABLE'],
    [Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }), 'UNAVAILABLE'],
    [Object.assign(new Error('timeout'), { name: 'TimeoutError' }), 'UNAVAILABLE'],
  ])('%j → %s', (err, kind) => {
    expect(kindOf(err)).toBe(kind);
  });

  it('passes through errors it cannot classify', () => {
    const err = { name: 'InvalidArgument', $metadata: { httpStatusCode: 400 } };
    expect(s3Error(err, 's3:test', 'k')).toBe(err);
  });

  it('writes Vietnamese messages naming the site', () => {
    const mapped = s3Error({ name: 'QuotaExceeded' }, 's3:http://x/b/', 'a/b') as BlobStoreError;
    expect(mapped.message).toMatch(/^Site s3:http:\/\/x\/b\/ đã đầy \(hết dung lượng\)/);
  });
});
