import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BlobStoreError, streamOf, utf8 } from '@duphong/core';
import { startS3rver } from '../../testing/s3rver.js';
import type { RunningS3rver } from '../../testing/s3rver.js';
import { describeBlobStoreContract } from './blob-store.contract.js';
import { S3BlobStore } from './s3-blob-store.js';

describeBlobStoreContract('S3BlobStore on s3rver', async () => {
  const s3 = await startS3rver('contract');
  const store = new S3BlobStore({ endpoint: s3.endpoint, bucket: s3.bucket, prefix: 'site-a', credentials: s3.credentials });
  return { store, cleanup: () => s3.stop() };
});

/** A loopback port with nothing listening: connections are refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

async function failure(promise: Promise<unknown>): Promise<BlobStoreError> {
  const err: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(BlobStoreError);
  return err as BlobStoreError;
}

describe('S3BlobStore faults', () => {
  let s3: RunningS3rver;
  beforeAll(async () => {
    s3 = await startS3rver('faults');
  });
  afterAll(async () => {
    await s3?.stop();
  });

  it('reports a site whose endpoint refuses connections as UNAVAILABLE within seconds', async () => {
    const endpoint = `http://127.0.0.1:${await closedPort()}`;
    const store = new S3BlobStore({ endpoint, bucket: 'b', credentials: s3.credentials });
    const started = Date.now();
    const err = await failure(store.put('a/b', streamOf(utf8('x'))));
    expect(err.kind).toBe('UNAVAILABLE');
    expect(err.message).toMatch(/không truy cập được/);
    expect((await failure(store.get('a/b'))).kind).toBe('UNAVAILABLE');
    expect((await failure(store.head('a/b'))).kind).toBe('UNAVAILABLE');
    const probe = await store.probe();
    expect(probe).toMatchObject({ online: false, writable: false });
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('reports a missing bucket as UNAVAILABLE, and probe says so', async () => {
    const store = new S3BlobStore({ endpoint: s3.endpoint, bucket: 'khong-ton-tai', credentials: s3.credentials });
    const err = await failure(store.put('a/b', streamOf(utf8('x'))));
    expect(err.kind).toBe('UNAVAILABLE');
    expect(err.message).toMatch(/bucket không tồn tại/);
    const probe = await store.probe();
    expect(probe).toMatchObject({ online: false, writable: false });
    expect(probe.message).toMatch(/khong-ton-tai/);
  });

  it('keeps each site inside its prefix', async () => {
    const a = new S3BlobStore({ endpoint: s3.endpoint, bucket: s3.bucket, prefix: 'a/', credentials: s3.credentials });
    const ab = new S3BlobStore({ endpoint: s3.endpoint, bucket: s3.bucket, prefix: 'ab', credentials: s3.credentials });
    await a.put('x', streamOf(utf8('1')));
    await ab.put('y', streamOf(utf8('2')));
    const keysOf = async (s: S3BlobStore) => {
      const out: string[] = [];
      for await (const info of s.list('')) out.push(info.key);
      return out;
    };
    expect(await keysOf(a)).toEqual(['x']);
    expect(await keysOf(ab)).toEqual(['y']);
    expect(() => new S3BlobStore({ endpoint: s3.endpoint, bucket: 'b', prefix: '../up' })).toThrow(BlobStoreError);
  });
});
