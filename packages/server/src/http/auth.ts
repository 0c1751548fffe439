import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLang } from './errors.js';

/*
 * ACCESS CONTROL — TEMPORARY.
 * There is no authentication yet (the access-control issue adds users, roles and the access
 * levels 01/02/03). Until then the API must not be reachable from other machines: `duphong serve`
 * binds to 127.0.0.1 by default, and this hook refuses every client that is not on the loopback
 * interface unless the operator sets DUPHONG_ALLOW_REMOTE=1 (e.g. behind an authenticating proxy).
 * Every route — API, OpenAPI document and web UI — passes through this one function, so access
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

/**
 * Registered as an `onRequest` hook: it runs before the body is read or validated, so a refused
 * client cannot make the server parse anything nor learn from validation errors.
 */
export async function authorize(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply | undefined> {
  if (remoteAllowed() || isLoopback(request.ip)) return undefined;
  const vi = `Truy cập bị từ chối: máy chủ DuPhong chỉ nhận kết nối từ chính máy này (${request.ip} không được phép). Đặt DUPHONG_ALLOW_REMOTE=1 để cho phép truy cập từ xa.`;
  const en = `Access refused: this DuPhong server only accepts local connections (${request.ip} is not allowed). Set DUPHONG_ALLOW_REMOTE=1 to allow remote access.`;
  return reply.code(403).send({ error: { code: 'DP-FORBIDDEN', message: requestLang(request) === 'en' ? en : vi } });
}
