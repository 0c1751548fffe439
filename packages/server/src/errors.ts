import { BlobStoreError, localiseFinding } from '@duphong/core';
import { ConfigError } from './config/config.js';

/** Exit codes of CONTRACT.md. */
export const EXIT = { ok: 0, internal: 1, request: 2, integrity: 3, unavailable: 4 } as const;

export type ProblemKind = 'request' | 'integrity' | 'unavailable';

/**
 * Why a request was refused, when it matters to a client: the thing named does not exist, the
 * state forbids the change now (a clash, a frozen list, a concurrent change), or the request
 * itself is wrong; or access control said no (not signed in, not allowed, locked out after
 * too many failed sign-ins). The exit code stays the kind's; HTTP answers 404, 409 or the kind's status
 * (http/errors.ts, the one mapping).
 */
export type Refusal = 'invalid' | 'not-found' | 'conflict' | 'unauthenticated' | 'forbidden' | 'locked' | 'too-large';

/** A finding carried by a refusal: data with a stable code (docs/findings.md). `params` lets a client re-word it. */
export interface CarriedFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
  path?: string;
  params?: Record<string, string>;
}

export interface DuphongErrorOptions {
  cause?: unknown;
  /** Every finding behind the refusal (a rejected SIP, a unit edit that adds an overlap …). */
  findings?: readonly CarriedFinding[];
  /** Default `invalid`; `conflict` also fits an `unavailable` error (changed meanwhile: read again, retry). */
  refusal?: Refusal;
}

/**
 * An expected failure with a message for the archivist (Vietnamese first, English second), and the
 * findings that caused it if any: the one typed refusal of the server (decision 0010).
 * Anything else that escapes is a bug (exit 1).
 */
export class DuphongError extends Error {
  readonly findings: readonly CarriedFinding[] | undefined;
  readonly refusal: Refusal;

  constructor(
    readonly kind: ProblemKind,
    readonly code: string,
    readonly vi: string,
    readonly en: string = vi,
    options: DuphongErrorOptions = {},
  ) {
    super(vi, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'DuphongError';
    this.findings = options.findings;
    this.refusal = options.refusal ?? 'invalid';
  }
}

type Extra = Omit<DuphongErrorOptions, 'refusal'>;
export const requestError = (code: string, vi: string, en?: string, extra?: Extra) => new DuphongError('request', code, vi, en, extra);
/** A request naming something that does not exist (HTTP 404), or that the reader may not see. */
export const notFoundError = (code: string, vi: string, en?: string, extra?: Extra) =>
  new DuphongError('request', code, vi, en, { ...extra, refusal: 'not-found' });
/** A step the principal's role or access level does not allow on a record they may see (HTTP 403); out-of-scope records answer not-found instead. */
export const forbiddenError = (code: string, vi: string, en?: string, extra?: Extra) =>
  new DuphongError('request', code, vi, en, { ...extra, refusal: 'forbidden' });
/** A request the current state forbids (HTTP 409): a clash with what is stored. */
export const conflictError = (code: string, vi: string, en?: string, extra?: Extra) =>
  new DuphongError('request', code, vi, en, { ...extra, refusal: 'conflict' });
/** Access control's refusals (HTTP 401, 403, 429): not signed in, not allowed, locked out. */
export const accessError = (refusal: 'unauthenticated' | 'forbidden' | 'locked', code: string, vi: string, en?: string) =>
  new DuphongError('request', code, vi, en, { refusal });
/** A request over a size limit (HTTP 413): an upload bigger than the configured maximum. */
export const tooLargeError = (code: string, vi: string, en?: string, extra?: Extra) =>
  new DuphongError('request', code, vi, en, { ...extra, refusal: 'too-large' });
export const unavailableError = (code: string, vi: string, en?: string, extra?: DuphongErrorOptions) =>
  new DuphongError('unavailable', code, vi, en, extra);
export const integrityError = (code: string, vi: string, en?: string, extra?: Extra) => new DuphongError('integrity', code, vi, en, extra);

/** A carried finding worded in `lang` (DP-SELECT findings have English wordings; others keep theirs). */
export function wordFinding(f: CarriedFinding, lang: 'vi' | 'en'): Omit<CarriedFinding, 'params'> {
  const { severity, ...rest } = f;
  return { ...localiseFinding({ ...rest, severity: 'error' }, lang), severity };
}

export interface Classified {
  /** `internal` for a bug. */
  kind: ProblemKind | 'internal';
  exit: number;
  code: string;
  vi: string;
  en: string;
}

/** Map any thrown value to its kind, exit code and a message. */
export function classify(error: unknown): Classified {
  const known = (kind: ProblemKind, code: string, vi: string, en: string): Classified => ({ kind, exit: EXIT[kind], code, vi, en });
  if (error instanceof DuphongError) return known(error.kind, error.code, error.vi, error.en);
  if (error instanceof ConfigError)
    return known('request', 'DP-CONFIG', error.message, `Invalid configuration:\n${error.problems.join('\n')}`);
  if (error instanceof BlobStoreError) {
    const unavailable = error.kind === 'UNAVAILABLE' || error.kind === 'FULL';
    const kind = unavailable ? 'unavailable' : error.kind === 'DIGEST_MISMATCH' ? 'integrity' : 'request';
    return known(kind, `DP-STORE-${error.kind}`, error.message, error.message);
  }
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (errno === 'ENOSPC') return known('unavailable', 'DP-DISK-FULL', 'Hết dung lượng đĩa.', 'Disk full.');
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', exit: EXIT.internal, code: 'DP-INTERNAL', vi: `Lỗi nội bộ: ${message}`, en: `Internal error: ${message}` };
}
