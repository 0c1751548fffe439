import {
  AbortMultipartUploadCommand,
  CompleteMultipartUploadCommand,
  CreateMultipartUploadCommand,
  UploadPartCopyCommand,
} from '@aws-sdk/client-s3';
import type { CompletedPart, S3Client } from '@aws-sdk/client-s3';

/** CopyObject's limit; larger objects must be copied part by part. */
export const MAX_SINGLE_COPY = 5 * 1024 ** 3;
const COPY_PART = 512 * 1024 ** 2;
const MAX_PARTS = 10_000;

/** `x-amz-copy-source`: bucket and key, URL-encoded per segment (keys carry Vietnamese names). */
export function copySource(bucket: string, objectKey: string): string {
  return `${bucket}/${objectKey.split('/').map(encodeURIComponent).join('/')}`;
}

/** Server-side multipart copy (UploadPartCopy) for objects over 5 GiB; no bytes pass through us. */
export async function copyInParts(client: S3Client, bucket: string, source: string, key: string, size: number): Promise<void> {
  const created = await client.send(new CreateMultipartUploadCommand({ Bucket: bucket, Key: key }));
  const upload = { Bucket: bucket, Key: key, UploadId: created.UploadId };
  const partSize = Math.max(COPY_PART, Math.ceil(size / MAX_PARTS));
  try {
    const parts: CompletedPart[] = [];
    for (let start = 0, number = 1; start < size; start += partSize, number++) {
      const end = Math.min(start + partSize, size) - 1;
      const r = await client.send(
        new UploadPartCopyCommand({ ...upload, PartNumber: number, CopySource: source, CopySourceRange: `bytes=${start}-${end}` }),
      );
      parts.push({ PartNumber: number, ETag: r.CopyPartResult?.ETag });
    }
    await client.send(new CompleteMultipartUploadCommand({ ...upload, MultipartUpload: { Parts: parts } }));
  } catch (err) {
    await client.send(new AbortMultipartUploadCommand(upload)).catch(() => undefined);
    throw err;
  }
}
