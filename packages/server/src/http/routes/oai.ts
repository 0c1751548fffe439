import { TT05_EAD_XSD } from '@duphong/core';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../../ports/context.js';
import { answerOai } from '../../usecases/oai-provider.js';

/*
 * OAI-PMH 2.0 at the stable path /oai (CONTRACT.md), GET and POST (§3.1.1). Public: anonymous
 * harvesters get public records; a Bearer API token widens that to its account's view, and a
 * token that does not resolve is a 401, never a silent downgrade to anonymous.
 */
const FORM = 'application/x-www-form-urlencoded';
const MAX_FORM_BYTES = 16 * 1024;

export const oaiRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.addContentTypeParser(FORM, { parseAs: 'string', bodyLimit: MAX_FORM_BYTES }, (_request, body, done) => done(null, body));

    const respond = async (request: FastifyRequest, reply: FastifyReply, raw: string) => {
      if (typeof request.headers.authorization === 'string' && !request.principal)
        return reply.code(401).send({
          error: { code: 'DP-AUTH-REQUIRED', message: 'Mã truy cập không hợp lệ, đã hết hạn hoặc đã bị thu hồi.' },
        });
      const params = [...new URLSearchParams(raw)] as Array<[string, string]>;
      const origin = `${request.protocol}://${request.host}`;
      const xml = await answerOai(ctx, { params, principal: request.principal, origin });
      return reply.type('text/xml; charset=utf-8').header('cache-control', 'no-store').send(xml);
    };
    const doc = {
      tags: ['liên thông'],
      summary: 'OAI-PMH 2.0',
      description:
        'Kho OAI-PMH 2.0: verb, metadataPrefix (oai_dc, ead), identifier, from, until, set (unit:<mã đơn vị>, fonds:<mã phông>), resumptionToken. Không đăng nhập: chỉ hồ sơ công khai (01); với mã truy cập API: theo quyền của tài khoản. Trả về XML.',
    };

    app.get('/oai', { config: { action: 'public' }, schema: doc }, (request, reply) =>
      respond(request, reply, request.raw.url?.split('?')[1] ?? ''),
    );
    app.post('/oai', { config: { action: 'public' }, schema: doc }, (request, reply) =>
      respond(request, reply, typeof request.body === 'string' ? request.body : ''),
    );
    app.get(
      '/oai/tt05-ead.xsd',
      { config: { action: 'public' }, schema: { tags: ['liên thông'], summary: 'Lược đồ XSD của định dạng ead (OAI-PMH)' } },
      (_request, reply) => reply.type('application/xml; charset=utf-8').send(TT05_EAD_XSD),
    );
  };
