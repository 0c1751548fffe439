import type { FastifyInstance } from 'fastify';

/*
 * Headers every response carries, API and web UI alike (docs/security.md). The built UI loads
 * only its own files (one module script, one stylesheet: no inline script or style), so the
 * policy can forbid everything else. A small hook rather than @fastify/helmet: five fixed
 * headers do not need a dependency and its defaults to review.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** `onSend` runs for every reply: routes, errors, 404s, static files and refusals of the gate. */
export function registerSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.headers(SECURITY_HEADERS);
    return payload;
  });
}
