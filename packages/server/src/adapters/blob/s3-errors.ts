import { BlobStoreError } from '@duphong/core';

interface SdkErrorShape {
  name?: string;
  code?: string;
  Code?: string;
  $metadata?: { httpStatusCode?: number };
  $retryable?: unknown;
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
  'TimeoutError',
  'RequestTimeout',
  'RequestTimeoutException',
]);
const FULL_CODES = new Set(['EntityTooLarge', 'QuotaExceeded', 'InsufficientStorage', 'XMinioStorageFull']);
const PERMISSION_CODES = new Set(['AccessDenied', 'InvalidAccessKeyId', 'SignatureDoesNotMatch', 'AllAccessDisabled']);
const NOT_FOUND_CODES = new Set(['NoSuchKey', 'NotFound']);

/** The S3 error code, whichever field this SDK version or server put it in. */
export function s3ErrorCode(err: unknown): string | undefined {
  const e = err as SdkErrorShape | undefined;
  return e?.Code ?? e?.code ?? e?.name;
}

/**
 * SDK/network error → BlobStoreError with a Vietnamese message. Errors we cannot classify are
 * returned unchanged: disguising a programming error as "site down" would hide it.
 */
export function s3Error(err: unknown, site: string, key: string): unknown {
  if (err instanceof BlobStoreError) return err;
  const e = err as SdkErrorShape | undefined;
  const code = s3ErrorCode(err) ?? '';
  const status = e?.$metadata?.httpStatusCode;
  const make = (kind: BlobStoreError['kind'], text: string) => new BlobStoreError(kind, key, `${text} (${code || status})`, { cause: err });
  const what = JSON.stringify(key);
  if (code === 'NoSuchBucket') return make('UNAVAILABLE', `Site ${site} không truy cập được: bucket không tồn tại`);
  if (NOT_FOUND_CODES.has(code) || status === 404) return make('NOT_FOUND', `Không tìm thấy ${what} trên site ${site}`);
  if (FULL_CODES.has(code) || status === 507) return make('FULL', `Site ${site} đã đầy (hết dung lượng) khi ghi ${what}`);
  if (PERMISSION_CODES.has(code) || status === 403) return make('PERMISSION', `Không có quyền truy cập ${what} trên site ${site}`);
  if (NETWORK_CODES.has(code) || (status !== undefined && status >= 500) || isAbort(err)) {
    return make('UNAVAILABLE', `Site ${site} không truy cập được (mất kết nối, hết thời gian chờ hoặc lỗi máy chủ)`);
  }
  return err;
}

function isAbort(err: unknown): boolean {
  const name = (err as SdkErrorShape | undefined)?.name;
  return name === 'AbortError' || name === 'TimeoutError';
}
