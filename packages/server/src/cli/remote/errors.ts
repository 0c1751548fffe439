import { DuphongError, requestError, unavailableError } from '../../errors.js';

/*
 * How an HTTP answer or a network failure becomes the CLI's exit code (CONTRACT.md):
 * 401/403/404 and other 4xx → 2 with the server's message; 409/423/429/503 and an unreachable
 * server → 4 (nothing happened, retry); other 5xx → 1 (a bug on the server).
 */

export interface ServerError {
  code: string;
  message: string;
}

/** `{error:{code, message}}`, the shape of every error of the API (http/errors.ts). */
export function serverError(body: unknown): ServerError | undefined {
  const e = (body as { error?: { code?: unknown; message?: unknown } } | null)?.error;
  return typeof e?.code === 'string' && typeof e.message === 'string' ? { code: e.code, message: e.message } : undefined;
}

/** A failure of the server itself: exit 1, without this process's stack (the bug is not here). */
export class RemoteInternalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemoteInternalError';
    this.stack = '';
  }
}

const RETRY_LATER = new Set([409, 423, 429, 503]);

export function httpError(status: number, body: unknown, origin: string, sentToken: boolean): Error {
  const e = serverError(body);
  const vi = e?.message ?? `Máy chủ ${origin} trả lời HTTP ${status}.`;
  const en = e?.message ?? `The server ${origin} answered HTTP ${status}.`;
  const code = e?.code ?? `DP-HTTP-${status}`;
  if (status === 401 && sentToken)
    return requestError(
      code,
      `${vi} Mã truy cập bị từ chối: sai, đã hết hạn, đã bị thu hồi hoặc tài khoản bị khóa — kiểm tra DUPHONG_TOKEN.`,
      `${en} The token was refused: wrong, expired, revoked or its account disabled — check DUPHONG_TOKEN.`,
    );
  if (RETRY_LATER.has(status)) return unavailableError(code, vi, en);
  if (status >= 500) return new RemoteInternalError(`${code}: ${vi}`);
  return requestError(code, vi, en);
}

const TLS_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|SSL/;

/** fetch rejected: no answer at all. A certificate problem is the request's (exit 2), not a retry. */
export function networkError(error: unknown, origin: string): DuphongError {
  const cause = (error as { cause?: { code?: string; message?: string } } | undefined)?.cause;
  const why = cause?.code ?? cause?.message ?? (error instanceof Error ? error.message : String(error));
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))
    return unavailableError(
      'DP-REMOTE-TIMEOUT',
      `Máy chủ ${origin} không trả lời kịp; thử lại sau.`,
      `The server ${origin} did not answer in time; try again later.`,
    );
  if (TLS_CODES.test(why))
    return requestError(
      'DP-REMOTE-TLS',
      `Không tin được chứng chỉ TLS của ${origin} (${why}). Nếu cơ quan dùng CA riêng, đặt NODE_EXTRA_CA_CERTS=/đường/dẫn/ca.pem.`,
      `The TLS certificate of ${origin} is not trusted (${why}). If your agency uses its own CA, set NODE_EXTRA_CA_CERTS=/path/to/ca.pem.`,
    );
  return unavailableError(
    'DP-REMOTE-UNREACHABLE',
    `Không kết nối được máy chủ DuPhong ${origin} (${why}); kiểm tra địa chỉ --server hoặc thử lại sau.`,
    `Cannot reach the DuPhong server ${origin} (${why}); check --server or try again later.`,
  );
}
