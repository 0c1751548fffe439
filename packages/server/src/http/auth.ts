import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLang } from './errors.js';

/*
 * ACCESS CONTROL — TEMPORARY.
 * There is no authentication yet (the access-control issue adds users, roles and the access
 * levels 01/02/03). Until then the API must not be reachable from other machines: `duphong serve`
 * binds to 127.0.0.1 by default, and this gate refuses every client that is not on the loopback
 * interface unless the operator sets DUPHONG_ALLOW_REMOTE=1 (e.g. behind an authenticating proxy).
 * Being on the loopback interface is not enough either: a web page from anywhere can make the
 * browser on this machine call 127.0.0.1 under the page's own name (DNS rebinding), so the `Host`
 * header must be one of `server.allowedHosts` (docs/security.md).
 * Every route — API, OpenAPI document and web UI — passes through this one gate, so access
 * control has exactly one place to grow.
 */

/** 127.0.0.0/8, ::1 and their IPv4-mapped IPv6 forms. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4 === '::1' || /^127(\.\d{1,3}){3}$/.test(v4);
}

export function remoteAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.DUPHONG_ALLOW_REMOTE === '1';
}

/** The name part of a Host header or a configured name, lower-case, without port: `[::1]:8080` → `[::1]`. */
export function hostName(value: string): string {
  const v = value.trim().toLowerCase();
  if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1 || undefined);
  // A bare IPv6 address in the configuration (`::1`) is written as the header writes it.
  if ((v.match(/:/g) ?? []).length > 1) return `[${v}]`;
  return v.replace(/:\d*$/, '').replace(/\.$/, '');
}

type Refusal = { status: number; code: string; vi: string; en: string };

function refuse(request: FastifyRequest, reply: FastifyReply, r: Refusal): FastifyReply {
  return reply.code(r.status).send({ error: { code: r.code, message: requestLang(request) === 'en' ? r.en : r.vi } });
}

/**
 * The `onRequest` gate: it runs before the body is read or validated, so a refused client cannot
 * make the server parse anything nor learn from validation errors.
 */
export function gate(allowedHosts: readonly string[]) {
  const allowed = new Set(allowedHosts.map(hostName));
  return async (request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> => {
    const header = request.headers.host;
    if (typeof header !== 'string' || !allowed.has(hostName(header))) {
      const shown = typeof header === 'string' ? header.slice(0, 100) : '';
      return refuse(request, reply, {
        status: 421,
        code: 'DP-HOST-REFUSED',
        vi: `Truy cập bị từ chối: máy chủ DuPhong không phục vụ tên "${shown}". Chỉ nhận các tên trong server.allowedHosts của cấu hình (mặc định localhost, 127.0.0.1, [::1]).`,
        en: `Access refused: this DuPhong server does not serve the name "${shown}". Only the names in the configuration's server.allowedHosts are accepted (default localhost, 127.0.0.1, [::1]).`,
      });
    }
    if (remoteAllowed() || isLoopback(request.ip)) return undefined;
    return refuse(request, reply, {
      status: 403,
      code: 'DP-FORBIDDEN',
      vi: `Truy cập bị từ chối: máy chủ DuPhong chỉ nhận kết nối từ chính máy này (${request.ip} không được phép). Đặt DUPHONG_ALLOW_REMOTE=1 để cho phép truy cập từ xa.`,
      en: `Access refused: this DuPhong server only accepts local connections (${request.ip} is not allowed). Set DUPHONG_ALLOW_REMOTE=1 to allow remote access.`,
    });
  };
}
