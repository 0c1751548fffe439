import { BlobStoreError } from '@duphong/core';
import { ConfigError } from './config/config.js';

/** Exit codes of CONTRACT.md. */
export const EXIT = { ok: 0, internal: 1, request: 2, integrity: 3, unavailable: 4 } as const;

export type ProblemKind = 'request' | 'integrity' | 'unavailable';

/**
 * An expected failure with a message for the archivist (Vietnamese first, English second).
 * Anything else that escapes is a bug (exit 1).
 */
export class DuphongError extends Error {
  constructor(
    readonly kind: ProblemKind,
    readonly code: string,
    readonly vi: string,
    readonly en: string = vi,
    options?: { cause?: unknown },
  ) {
    super(vi, options);
    this.name = 'DuphongError';
  }
}

export const requestError = (code: string, vi: string, en?: string) => new DuphongError('request', code, vi, en);
export const unavailableError = (code: string, vi: string, en?: string) => new DuphongError('unavailable', code, vi, en);
export const integrityError = (code: string, vi: string, en?: string) => new DuphongError('integrity', code, vi, en);

/** Map any thrown value to an exit code and a message. */
export function classify(error: unknown): { exit: number; code: string; vi: string; en: string } {
  if (error instanceof DuphongError) return { exit: EXIT[error.kind], code: error.code, vi: error.vi, en: error.en };
  if (error instanceof ConfigError)
    return { exit: EXIT.request, code: 'DP-CONFIG', vi: error.message, en: `Invalid configuration:\n${error.problems.join('\n')}` };
  if (error instanceof BlobStoreError) {
    const unavailable = error.kind === 'UNAVAILABLE' || error.kind === 'FULL';
    return {
      exit: unavailable ? EXIT.unavailable : error.kind === 'DIGEST_MISMATCH' ? EXIT.integrity : EXIT.request,
      code: `DP-STORE-${error.kind}`,
      vi: error.message,
      en: error.message,
    };
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (errno === 'ENOSPC') return { exit: EXIT.unavailable, code: 'DP-DISK-FULL', vi: 'Hết dung lượng đĩa.', en: 'Disk full.' };
  const message = error instanceof Error ? error.message : String(error);
  return { exit: EXIT.internal, code: 'DP-INTERNAL', vi: `Lỗi nội bộ: ${message}`, en: `Internal error: ${message}` };
}
