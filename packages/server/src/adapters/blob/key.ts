import { BlobStoreError } from '@duphong/core';

/**
 * Shared key rules for every BlobStore adapter, so a key valid on one site is valid on all:
 * relative, `/`-separated, no empty / `.` / `..` segments, no backslash, no control characters,
 * already NFC. Non-NFC keys are refused rather than silently normalised: the caller owns
 * normalisation (and keeps the original bytes as metadata), and a store that renamed keys
 * behind its back would make `put(k)` followed by `list()` return a different key.
 */

/** Segments starting with this are our in-flight temp files: never valid keys, never listed. */
export const TEMP_PREFIX = '.dp-tmp-';

/** S3's key limit; also keeps filesystem paths sane. */
const MAX_KEY_BYTES = 1024;
/** NAME_MAX on common filesystems (ext4, xfs, zfs). */
const MAX_SEGMENT_BYTES = 255;
// C0 controls, DEL and C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

function invalid(key: string, reason: string): BlobStoreError {
  return new BlobStoreError('INVALID_KEY', key, `Khóa không hợp lệ ${JSON.stringify(key)}: ${reason} (invalid key)`);
}

function checkCommon(key: string): void {
  if (key.includes('\\')) throw invalid(key, 'không được chứa dấu gạch chéo ngược "\\"');
  if (CONTROL_CHARS.test(key)) throw invalid(key, 'không được chứa ký tự điều khiển');
  if (key.normalize('NFC') !== key) throw invalid(key, 'phải ở dạng Unicode NFC');
  if (Buffer.byteLength(key, 'utf8') > MAX_KEY_BYTES) throw invalid(key, `dài quá ${MAX_KEY_BYTES} byte`);
  if (key.startsWith('/')) throw invalid(key, 'phải là đường dẫn tương đối, không bắt đầu bằng "/"');
}

function checkSegment(key: string, segment: string): void {
  if (segment === '') throw invalid(key, 'có đoạn rỗng ("//" hoặc "/" ở cuối)');
  if (segment === '.' || segment === '..') throw invalid(key, 'không được chứa đoạn "." hoặc ".."');
  if (segment.startsWith(TEMP_PREFIX)) throw invalid(key, `tên bắt đầu bằng "${TEMP_PREFIX}" được dành cho tệp tạm`);
  if (Buffer.byteLength(segment, 'utf8') > MAX_SEGMENT_BYTES) {
    throw invalid(key, `một đoạn dài quá ${MAX_SEGMENT_BYTES} byte`);
  }
}

/** Throws INVALID_KEY unless `key` names a blob; returns its segments. */
export function validateKey(key: string): string[] {
  if (key === '') throw invalid(key, 'khóa rỗng');
  checkCommon(key);
  const segments = key.split('/');
  for (const s of segments) checkSegment(key, s);
  return segments;
}

/**
 * A list prefix: '' (everything), or a key, or a key followed by '/', or a partial last segment.
 * Same rules as keys, except that the last segment may be empty or partial.
 */
export function validatePrefix(prefix: string): void {
  if (prefix === '') return;
  checkCommon(prefix);
  const segments = prefix.split('/');
  segments.slice(0, -1).forEach((s) => checkSegment(prefix, s));
  const last = segments[segments.length - 1] ?? '';
  if (last === '.' || last === '..') throw invalid(prefix, 'không được chứa đoạn "." hoặc ".."');
}

/** True for a path segment that is one of our temp files. */
export function isTempName(name: string): boolean {
  return name.startsWith(TEMP_PREFIX);
}

/** Key order of every adapter: UTF-8 byte order, which is what S3 uses for ListObjectsV2. */
export function compareKeys(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
