import * as tls from 'node:tls';
import { requestError } from '../../errors.js';
import type { Lang } from '../output.js';
import { httpError, networkError } from './errors.js';

const TIMEOUT_MS = 60_000;

type Query = Record<string, string | number | boolean | undefined>;

/**
 * The DuPhong HTTP API as the remote CLI uses it: Node's fetch, `Authorization: Bearer` (no
 * cookie, so no CSRF token is needed), answers in the user's language. The token is never printed,
 * logged nor put in a message.
 */
export class RemoteClient {
  readonly origin: string;
  private readonly base: URL;

  constructor(
    server: string,
    private readonly token: string | undefined,
    private readonly lang: Lang,
  ) {
    this.base = parseServer(server);
    this.origin = this.base.origin;
    trustSystemCertificates();
  }

  get<T>(path: string, query: Query = {}): Promise<T> {
    const url = new URL(path.replace(/^\//, ''), this.base);
    for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
    return this.request<T>('GET', url);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.request<T>('POST', new URL(path.replace(/^\//, ''), this.base), body);
  }

  private async request<T>(method: string, url: URL, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { accept: 'application/json', 'accept-language': this.lang };
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, {
        method,
        headers,
        redirect: 'error', // a redirect could carry the token to another host
        signal: AbortSignal.timeout(TIMEOUT_MS),
        ...(body !== undefined && { body: JSON.stringify(body) }),
      });
    } catch (error) {
      throw networkError(error, this.origin);
    }
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) throw httpError(response.status, parsed, this.origin, this.token !== undefined);
    if (parsed === undefined && text)
      throw requestError(
        'DP-REMOTE-NOT-DUPHONG',
        `${this.origin} không trả lời như một máy chủ DuPhong (không phải JSON); kiểm tra địa chỉ --server.`,
        `${this.origin} did not answer like a DuPhong server (not JSON); check --server.`,
      );
    return parsed as T;
  }
}

/** http(s)://host[:port][/prefix] — a prefix is kept, for a server behind a reverse proxy's path. */
function parseServer(server: string): URL {
  let url: URL | undefined;
  try {
    url = new URL(server);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password)
    throw requestError(
      'DP-REMOTE-URL',
      `Địa chỉ máy chủ không hợp lệ: "${server}". Dùng dạng https://ten-may-chu[:cổng] (không kèm tên đăng nhập).`,
      `Invalid server address "${server}". Use https://server-name[:port] (without credentials).`,
    );
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url;
}

/** Node ≥ 22.15 can read the system's CA store; older Node uses its own list plus NODE_EXTRA_CA_CERTS. */
function trustSystemCertificates(): void {
  const api = tls as unknown as {
    getCACertificates?: (kind: string) => string[];
    setDefaultCACertificates?: (certs: string[]) => void;
  };
  if (!api.getCACertificates || !api.setDefaultCACertificates) return;
  api.setDefaultCACertificates([...api.getCACertificates('default'), ...api.getCACertificates('system')]);
}

/** Whether a plain-http server is this machine (then a token in clear text stays on it). */
export function isLoopback(origin: string): boolean {
  const host = new URL(origin).hostname;
  return host === 'localhost' || host === '[::1]' || /^127\./.test(host);
}
