import { BlobStoreError } from '@duphong/core';

/** errno → BlobStoreError kind, with a Vietnamese message naming the site and key. */
export function fsError(err: unknown, site: string, key: string): unknown {
  if (err instanceof BlobStoreError) return err;
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const where = key === '' ? `site ${site}` : `${JSON.stringify(key)} trên site ${site}`;
  const make = (kind: BlobStoreError['kind'], text: string) => new BlobStoreError(kind, key, `${text} (${code})`, { cause: err });
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return make('FULL', `Site ${site} đã đầy (hết dung lượng) khi ghi ${JSON.stringify(key)}`);
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return make('PERMISSION', `Không có quyền ghi/đọc ${where}`);
    case 'EIO':
    case 'ENOTCONN':
    case 'ESTALE':
    case 'EHOSTDOWN':
    case 'ETIMEDOUT':
      return make('UNAVAILABLE', `Site ${site} không truy cập được (lỗi vào/ra hoặc mất kết nối)`);
    case 'ENOENT':
      return make('NOT_FOUND', `Không tìm thấy ${where}`);
    case 'EISDIR':
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOTEMPTY':
      return make('CONFLICT', `Xung đột tệp/thư mục tại ${where}`);
    case 'ENAMETOOLONG':
      return make('INVALID_KEY', `Tên quá dài cho hệ thống tệp: ${where}`);
    default:
      return err;
  }
}

export function rootUnavailable(site: string, key: string, detail: string, cause?: unknown): BlobStoreError {
  return new BlobStoreError(
    'UNAVAILABLE',
    key,
    `Site ${site} không truy cập được: ${detail} (site unavailable)`,
    cause === undefined ? undefined : { cause },
  );
}

export function isErrno(err: unknown, ...codes: string[]): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code !== undefined && codes.includes(code);
}
