import createClient, { type Middleware } from 'openapi-fetch';
import type { paths } from './schema.js';

/*
 * The one way the UI talks to the server: a client typed by the generated OpenAPI types
 * (schema.d.ts), so a page cannot ask for a path or read a field the API does not have. It sends
 * the user's language and, on every request that changes something, the session's CSRF token.
 */

let csrfToken: string | null = null;
let language = 'vi';

/** Set from GET /api/session after sign-in; cleared on sign-out. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export function setApiLanguage(lang: string): void {
  language = lang;
}

/** The headers every request sends, for clients other than openapi-fetch (the tus uploader). */
export function sessionHeaders(): Record<string, string> {
  return { 'accept-language': language, ...(csrfToken && { 'x-csrf-token': csrfToken }) };
}

const headers: Middleware = {
  onRequest({ request }) {
    request.headers.set('accept-language', language);
    if (request.method !== 'GET' && request.method !== 'HEAD' && csrfToken) request.headers.set('x-csrf-token', csrfToken);
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: typeof window === 'undefined' ? 'http://localhost' : window.location.origin });
api.use(headers);

/** A finding the API refused a request with (`error.findings`): `path` names what it is about. */
export interface ApiFinding {
  code: string;
  severity: string;
  message: string;
  path?: string;
}

/** The API's `{error:{code, message, findings?}}`, already in the language asked for. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly findings: readonly ApiFinding[] = [],
  ) {
    super(message);
  }
}

type ErrorBody = { error?: { code?: string; message?: string; findings?: ApiFinding[] } } | undefined;

/** The data of an openapi-fetch answer, or the API's error thrown as an ApiError (for TanStack Query). */
export async function data<T>(answer: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  const { data: body, error, response } = await answer;
  if (!response.ok || error !== undefined) {
    const e = (error as ErrorBody)?.error;
    throw new ApiError(response.status, e?.code ?? `HTTP-${response.status}`, e?.message ?? response.statusText, e?.findings ?? []);
  }
  return body as T;
}

type Json<R> = R extends { content: { 'application/json': infer J } } ? J : never;
type Success<R> = R extends { 200: infer A } ? Json<A> : R extends { 201: infer B } ? Json<B> : never;

/** The JSON a path and method answer with on success, e.g. `ApiData<'/api/objects', 'get'>`. */
export type ApiData<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends { responses: infer R } ? Success<R> : never;

/** The JSON body a path and method take. */
export type ApiBody<P extends keyof paths, M extends keyof paths[P]> = paths[P][M] extends {
  requestBody?: { content: { 'application/json': infer B } };
}
  ? B
  : never;
