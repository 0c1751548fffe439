import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { classify, DuphongError, wordFinding, type ProblemKind, type Refusal } from '../errors.js';
import type { Logger } from '../app/log.js';

/** Every error the API returns: `{error:{code, message}}`, message in the client's language (Vietnamese by default). */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string().describe('Mã lỗi ổn định (DP-…)'),
      message: z.string().describe('Thông báo cho người dùng, tiếng Việt mặc định'),
      findings: z
        .array(
          z.object({
            code: z.string(),
            severity: z.enum(['error', 'warning', 'info']),
            message: z.string(),
            path: z.string().optional(),
          }),
        )
        .optional()
        .describe('Các phát hiện dẫn đến việc từ chối (nếu có)'),
    }),
  })
  .describe('Lỗi');

export type Lang = 'vi' | 'en';

/** English only when the client asks for it first; Vietnamese otherwise. */
export function requestLang(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'vi';
}

/**
 * The HTTP status of a refusal, from its kind and why it was refused (decision 0010): never from
 * CLI exit codes nor from a route's own table. request 400, integrity 422, unavailable 503;
 * not-found 404, conflict 409, unauthenticated 401, forbidden 403, locked 429 whatever the kind.
 */
export function statusOf(kind: ProblemKind, refusal: Refusal = 'invalid'): number {
  if (refusal === 'not-found') return 404;
  if (refusal === 'conflict') return 409;
  if (refusal === 'unauthenticated') return 401;
  if (refusal === 'forbidden') return 403;
  if (refusal === 'locked') return 429;
  if (refusal === 'too-large') return 413;
  return kind === 'integrity' ? 422 : kind === 'unavailable' ? 503 : 400;
}

/** zod's own Vietnamese wording for each issue, so validation errors read naturally. */
const viIssues = z.locales.vi().localeError;

function validationMessage(error: FastifyError, lang: Lang): string {
  const where = error.validationContext ?? 'request';
  const details = (error.validation ?? []).map((v) => {
    const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.') || where;
    const issue = { code: v.keyword, ...v.params, path: [] } as unknown as Parameters<typeof viIssues>[0];
    const localised = lang === 'vi' ? viIssues(issue) : undefined;
    const text = typeof localised === 'string' ? localised : (localised?.message ?? v.message ?? v.keyword);
    // The provider keeps no input in its issues, so zod's "received …" part would read "undefined".
    return `${path}: ${text.replace(/, nhận được undefined$/, '')}`;
  });
  return lang === 'vi' ? `Yêu cầu không hợp lệ (${where}) — ${details.join('; ')}` : `Invalid request (${where}) — ${details.join('; ')}`;
}

/** One mapping from anything thrown to a status and `{error}` body; internal errors are logged, never leaked. */
export function errorHandler(log: Logger) {
  return (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = requestLang(request);
    const send = (status: number, code: string, vi: string, en: string) =>
      reply.code(status).send({ error: { code, message: lang === 'en' ? en : vi } });

    if (error instanceof DuphongError) {
      const findings = error.findings?.map((f) => wordFinding(f, lang));
      const message = lang === 'en' ? error.en : error.vi;
      return reply.code(statusOf(error.kind, error.refusal)).send({ error: { code: error.code, message, ...(findings && { findings }) } });
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      return send(400, 'DP-INVALID-REQUEST', validationMessage(error, 'vi'), validationMessage(error, 'en'));
    }
    if (!isResponseSerializationError(error) && error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      // Fastify's own client errors: malformed JSON, wrong content type, body too large …
      return send(
        error.statusCode,
        `DP-HTTP-${error.statusCode}`,
        `Yêu cầu không hợp lệ: ${error.message}`,
        `Bad request: ${error.message}`,
      );
    }
    const c = classify(error);
    if (c.kind === 'internal') {
      log.error('http request failed', { method: request.method, url: request.url, error: error.stack ?? error.message });
      return send(
        500,
        c.code,
        'Lỗi nội bộ của máy chủ; chi tiết nằm trong nhật ký của máy chủ.',
        'Internal server error; details are in the server log.',
      );
    }
    // Known but not a DuphongError (configuration, a store's error, a full disk).
    return send(statusOf(c.kind), c.code, c.vi, c.en);
  };
}
