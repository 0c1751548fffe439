import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CopyObjectCommand,
  CreateMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  UploadPartCommand,
} from '@aws-sdk/client-s3';
import type { CompletedPart } from '@aws-sdk/client-s3';
import { BlobStoreError } from '@duphong/core';
import type { BlobInfo, BlobStore, ByteStream, ProbeResult, PutOptions } from '@duphong/core';
import { compareKeys, isTempName, TEMP_PREFIX, validateKey, validatePrefix } from './key.js';
import { partsOf } from './part-reader.js';
import { copyInParts, copySource, MAX_SINGLE_COPY } from './s3-copy.js';
import { s3Error } from './s3-errors.js';
import { WriteVerifier } from './verify.js';

const MiB = 1 << 20;
const MIN_PART = 5 * MiB; // S3's minimum for every part but the last
const MAX_PARTS = 10_000;

export interface S3BlobStoreOptions {
  endpoint: string;
  bucket: string;
  /** Folder inside the bucket that holds this site, e.g. `duphong/hanoi`. */
  prefix?: string;
  region?: string;
  /** Path-style URLs (default true): what MinIO, Ceph RGW and s3rver expect. */
  forcePathStyle?: boolean;
  /** Default: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY (/ AWS_SESSION_TOKEN), else the SDK's own chain. */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Multipart part size; also the most a put holds in memory. Default 16 MiB, at least 5 MiB. */
  partSize?: number;
  /** Default 2 s: a site that does not answer is reported down within seconds. */
  connectTimeoutMs?: number;
  /** Socket idle limit per request (resets whenever bytes move). Default 30 s. */
  requestTimeoutMs?: number;
  /** Attempts per request, including the first. Default 3. */
  maxAttempts?: number;
}

/**
 * A storage site in an S3-compatible bucket. A put is one PutObject when the blob fits in one
 * part, otherwise a multipart upload; either way the digest is checked *before* the object
 * becomes visible (PutObject is sent only after hashing its buffer; a multipart upload is
 * completed only after the last part hashed right), so a mismatch leaves the old blob intact.
 */
export class S3BlobStore implements BlobStore {
  readonly description: string;
  private readonly client: S3Client;
  private readonly bucket: string;
  private readonly prefix: string;
  private readonly partSize: number;

  constructor(options: S3BlobStoreOptions) {
    this.bucket = options.bucket;
    this.prefix = normalisePrefix(options.prefix ?? '');
    this.partSize = Math.max(MIN_PART, options.partSize ?? 16 * MiB);
    this.description = `s3:${options.endpoint}/${this.bucket}/${this.prefix}`;
    const credentials = options.credentials ?? credentialsFromEnv();
    this.client = new S3Client({
      endpoint: options.endpoint,
      region: options.region ?? 'us-east-1',
      forcePathStyle: options.forcePathStyle ?? true,
      ...(credentials && { credentials }),
      // Otherwise the SDK streams aws-chunked bodies with trailing checksums, which s3rver and
      // some older gateways store verbatim, framing included.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: options.maxAttempts ?? 3,
      requestHandler: {
        connectionTimeout: options.connectTimeoutMs ?? 2000,
        requestTimeout: options.requestTimeoutMs ?? 30_000,
      },
    });
  }

  async put(key: string, data: ByteStream, options?: PutOptions): Promise<{ size: number }> {
    const objectKey = this.objectKey(key);
    const verifier = new WriteVerifier(key, options);
    // With a size hint, grow parts so that even a huge blob fits in 10 000 parts.
    const partSize = Math.max(this.partSize, Math.ceil((options?.size ?? 0) / MAX_PARTS));
    const parts = partsOf(verifier.tap(data), partSize);
    try {
      const first = await parts.next();
      const body = first.done ? Buffer.alloc(0) : first.value;
      if (body.byteLength < partSize) {
        verifier.check(); // the whole blob is in `body`: verify before anything is sent
        await this.call(key, () =>
          this.client.send(
            new PutObjectCommand({
              Bucket: this.bucket,
              Key: objectKey,
              Body: body,
              ContentLength: body.byteLength,
              ContentMD5: md5(body),
            }),
          ),
        );
        return { size: verifier.size };
      }
      await this.putMultipart(key, objectKey, body, parts, verifier);
      return { size: verifier.size };
    } finally {
      await parts.return(undefined);
    }
  }

  async get(key: string): Promise<ByteStream> {
    const objectKey = this.objectKey(key);
    const response = await this.call(key, () => this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: objectKey })));
    const body = response.Body;
    if (!(body instanceof Readable)) throw new TypeError('S3 GetObject: unexpected body type (expected a Node.js stream)');
    return this.mapStream(body, key);
  }

  async head(key: string): Promise<BlobInfo | undefined> {
    const objectKey = this.objectKey(key);
    try {
      const r = await this.call(key, () => this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: objectKey })));
      return { key, size: r.ContentLength ?? 0 };
    } catch (err) {
      if (err instanceof BlobStoreError && err.kind === 'NOT_FOUND') return undefined;
      throw err;
    }
  }

  async *list(prefix: string): AsyncGenerator<BlobInfo> {
    validatePrefix(prefix);
    let token: string | undefined;
    do {
      const page = await this.call(prefix, () =>
        this.client.send(new ListObjectsV2Command({ Bucket: this.bucket, Prefix: this.prefix + prefix, ContinuationToken: token })),
      );
      const blobs: BlobInfo[] = [];
      for (const object of page.Contents ?? []) {
        const key = (object.Key ?? '').slice(this.prefix.length);
        // Folder markers made by web consoles, and our own in-flight probe objects, are not blobs.
        if (key === '' || key.endsWith('/') || key.split('/').some(isTempName)) continue;
        blobs.push({ key, size: object.Size ?? 0 });
      }
      // S3 pages come in UTF-8 byte order already; some stand-ins (s3rver) walk their folders
      // instead. Sorting the page (≤ 1000 keys) costs nothing and fixes them within a page.
      yield* blobs.sort((a, b) => compareKeys(a.key, b.key));
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  async delete(key: string): Promise<void> {
    const objectKey = this.objectKey(key);
    await this.call(key, () => this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: objectKey })));
  }

  /**
   * Copy, check the copy's size, then delete the staging object. The final key changes in one
   * step (S3 writes are atomic per object); a crash before the delete leaves the staging object
   * for the journal to clean up.
   */
  async commit(stagingKey: string, finalKey: string): Promise<void> {
    const from = this.objectKey(stagingKey);
    const to = this.objectKey(finalKey);
    const staged = await this.head(stagingKey);
    if (!staged) {
      throw new BlobStoreError(
        'NOT_FOUND',
        stagingKey,
        `Không tìm thấy bản tạm ${JSON.stringify(stagingKey)} trên site ${this.description} (staging blob not found)`,
      );
    }
    if (from === to) return;
    const source = copySource(this.bucket, from);
    await this.call(finalKey, async () => {
      if (staged.size <= MAX_SINGLE_COPY) {
        await this.client.send(new CopyObjectCommand({ Bucket: this.bucket, Key: to, CopySource: source }));
      } else {
        await copyInParts(this.client, this.bucket, source, to, staged.size);
      }
    });
    const copied = await this.head(finalKey);
    if (copied?.size !== staged.size) {
      throw new BlobStoreError(
        'DIGEST_MISMATCH',
        finalKey,
        `Sao chép ${JSON.stringify(stagingKey)} → ${JSON.stringify(finalKey)} trên site ${this.description} sai kích thước: ` +
          `mong đợi ${staged.size}, thực tế ${copied?.size ?? 'không có'}; bản tạm được giữ lại (copy size mismatch)`,
      );
    }
    await this.delete(stagingKey);
  }

  async digest(key: string): Promise<{ sha256: string; size: number }> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of await this.get(key)) {
      hash.update(chunk);
      size += chunk.byteLength;
    }
    return { sha256: hash.digest('hex'), size };
  }

  async commitMany(moves: Array<{ from: string; to: string }>): Promise<void> {
    for (const { from, to } of moves) await this.commit(from, to);
  }

  /** A successful PutObject/CopyObject is durable: nothing to flush. */
  async flush(): Promise<void> {}

  /** A PutObject is atomic; only multipart uploads a crash interrupted can linger: abort them. */
  async sweep(prefix: string): Promise<void> {
    validatePrefix(prefix);
    let uploads;
    try {
      uploads = await this.client.send(new ListMultipartUploadsCommand({ Bucket: this.bucket, Prefix: this.prefix + prefix }));
    } catch {
      return; // stores without this call (s3rver) keep nothing of an unfinished upload visible anyway
    }
    for (const u of uploads.Uploads ?? []) {
      if (!u.Key || !u.UploadId) continue;
      await this.client
        .send(new AbortMultipartUploadCommand({ Bucket: this.bucket, Key: u.Key, UploadId: u.UploadId }))
        .catch(() => undefined);
    }
  }

  async probe(): Promise<ProbeResult> {
    try {
      await this.call('', () => this.client.send(new HeadBucketCommand({ Bucket: this.bucket })));
    } catch (err) {
      const kind = err instanceof BlobStoreError ? err.kind : undefined;
      if (kind === 'PERMISSION') return { online: true, writable: false, message: (err as Error).message };
      const message =
        kind === 'NOT_FOUND'
          ? `Site ${this.description} không truy cập được: bucket "${this.bucket}" không tồn tại (no such bucket)`
          : (err as Error).message;
      return { online: false, writable: false, message, ...(kind === 'NOT_FOUND' && { vanished: true }) };
    }
    const probeKey = `${this.prefix}${TEMP_PREFIX}probe-${randomUUID()}`;
    try {
      await this.call('', async () => {
        await this.client.send(new PutObjectCommand({ Bucket: this.bucket, Key: probeKey, Body: 'DuPhong probe' }));
        await this.client.send(new DeleteObjectCommand({ Bucket: this.bucket, Key: probeKey }));
      });
    } catch (err) {
      return { online: true, writable: false, message: (err as Error).message };
    }
    return { online: true, writable: true };
  }

  private objectKey(key: string): string {
    validateKey(key);
    return this.prefix + key;
  }

  /** Runs one SDK call and turns its failure into a BlobStoreError naming this site. */
  private async call<T>(key: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw s3Error(err, this.description, key);
    }
  }

  private async putMultipart(
    key: string,
    objectKey: string,
    first: Buffer,
    rest: AsyncGenerator<Buffer>,
    verifier: WriteVerifier,
  ): Promise<void> {
    const target = { Bucket: this.bucket, Key: objectKey };
    const created = await this.call(key, () => this.client.send(new CreateMultipartUploadCommand(target)));
    const upload = { ...target, UploadId: created.UploadId };
    try {
      const done: CompletedPart[] = [];
      let part: Buffer | undefined = first;
      for (let number = 1; part; number++) {
        if (number > MAX_PARTS) throw tooManyParts(key, this.description);
        const body: Buffer = part;
        const r = await this.call(key, () =>
          this.client.send(
            new UploadPartCommand({ ...upload, PartNumber: number, Body: body, ContentLength: body.byteLength, ContentMD5: md5(body) }),
          ),
        );
        done.push({ PartNumber: number, ETag: r.ETag });
        part = undefined; // let the uploaded part go before reading the next one
        const next = await rest.next();
        part = next.done ? undefined : next.value;
      }
      verifier.check(); // before completing: on mismatch the object never appears
      await this.call(key, () => this.client.send(new CompleteMultipartUploadCommand({ ...upload, MultipartUpload: { Parts: done } })));
    } catch (err) {
      // Best effort: some servers (s3rver) lack AbortMultipartUpload; bucket lifecycle rules
      // should expire abandoned uploads on real stores.
      await this.client.send(new AbortMultipartUploadCommand(upload)).catch(() => undefined);
      throw err;
    }
  }

  private async *mapStream(body: Readable, key: string): AsyncGenerator<Uint8Array> {
    try {
      for await (const chunk of body) yield chunk as Uint8Array;
    } catch (err) {
      const mapped = s3Error(err, this.description, key);
      throw mapped === err ? s3Error({ code: 'ECONNRESET', cause: err }, this.description, key) : mapped;
    } finally {
      body.destroy();
    }
  }
}

function normalisePrefix(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed === '') return '';
  validateKey(trimmed);
  return `${trimmed}/`;
}

function credentialsFromEnv(): S3BlobStoreOptions['credentials'] | undefined {
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey, AWS_SESSION_TOKEN: sessionToken } = process.env;
  if (!accessKeyId || !secretAccessKey) return undefined;
  return { accessKeyId, secretAccessKey, ...(sessionToken && { sessionToken }) };
}

/** Content-MD5 lets the server reject a part damaged in transit; every S3-compatible store honours it. */
function md5(body: Uint8Array): string {
  return createHash('md5').update(body).digest('base64');
}

function tooManyParts(key: string, site: string): BlobStoreError {
  return new BlobStoreError(
    'FULL',
    key,
    `Blob ${JSON.stringify(key)} quá lớn cho site ${site}: vượt quá ${MAX_PARTS} phần; hãy truyền kích thước (size) khi ghi (too many parts)`,
  );
}
