import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { requestError } from '../../errors.js';
import { errorSchema } from '../errors.js';
import { appendUpload, createUpload, deleteUpload, getUpload, type UploadState } from '../../usecases/uploads.js';

/*
 * The tus 1.0 core protocol with the creation and termination extensions (https://tus.io/protocols/
 * resumable-upload): POST creates, HEAD tells the offset, PATCH appends, DELETE ends. The body of a
 * PATCH is never buffered: its content-type parser hands the request stream to the use case.
 * The rules (limits, names, ownership) live in usecases/uploads.ts.
 */

const TUS_VERSION = '1.0.0';
const OFFSET_TYPE = 'application/offset+octet-stream';

/** Until sign-in exists every loopback client is one local user; afterwards the signed-in user owns their uploads. */
export const LOCAL_OWNER = 'local';
export const ownerOf = (request: FastifyRequest): string => request.principal?.userId ?? LOCAL_OWNER;

/** `Upload-Metadata: key base64,key2 base64` → decoded values (UTF-8). */
export function parseUploadMetadata(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!header) return out;
  for (const pair of header.split(',')) {
    const [key, value = ''] = pair.trim().split(' ');
    if (!key) continue;
    if (!/^[A-Za-z0-9+/=]*$/.test(value) || !/^[\x21-\x7e]+$/.test(key))
      throw requestError('DP-UPLOAD-METADATA', 'Upload-Metadata không đúng dạng "khóa base64".', 'Malformed Upload-Metadata.');
    out[key] = Buffer.from(value, 'base64').toString('utf8');
  }
  return out;
}

const uploadSchema = z.object({
  id: z.string(),
  filename: z.string(),
  relativePath: z.string().optional(),
  length: z.number().int().describe('Số byte đã khai báo'),
  offset: z.number().int().describe('Số byte đã nhận'),
  complete: z.boolean(),
  createdAt: z.string(),
});

const publicState = (s: UploadState) => ({
  id: s.id,
  filename: s.filename,
  ...(s.relativePath !== undefined && { relativePath: s.relativePath }),
  length: s.length,
  offset: s.offset,
  complete: s.complete,
  createdAt: s.createdAt,
});

function requireTus(request: FastifyRequest, reply: FastifyReply): boolean {
  if (request.headers['tus-resumable'] === TUS_VERSION) return true;
  void reply
    .code(412)
    .header('Tus-Version', TUS_VERSION)
    .send({ error: { code: 'DP-UPLOAD-TUS-VERSION', message: 'Máy chủ chỉ hiểu giao thức tus 1.0.0 (thiếu Tus-Resumable: 1.0.0).' } });
  return false;
}

const idParams = z.object({ id: z.string().min(1).max(64) });
const tusHeaders = z.looseObject({ 'tus-resumable': z.string().optional().describe('1.0.0') });

export const uploadRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    // A PATCH body reaches the use case as the raw request stream: never buffered, never size-capped by Fastify.
    app.addContentTypeParser(OFFSET_TYPE, (_request, payload, done) => done(null, payload));
    app.addHook('onSend', async (request, reply) => {
      if (request.url.startsWith('/api/uploads')) reply.header('Tus-Resumable', TUS_VERSION);
    });
    const config = { action: 'objects.ingest' as const };

    app.options(
      '/api/uploads/',
      { config, schema: { tags: ['tiếp nhận'], summary: 'Khả năng tus của máy chủ', hide: true } },
      (_r, reply) =>
        reply
          .code(204)
          .header('Tus-Version', TUS_VERSION)
          .header('Tus-Extension', 'creation,termination')
          .header('Tus-Max-Size', String(ctx.config.uploads.maxBytes))
          .send(),
    );

    app.post(
      '/api/uploads/',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Bắt đầu một lần tải lên (tus creation)',
          description:
            'Giao thức tus 1.0: Upload-Length (byte) và Upload-Metadata (filename, relativePath khi tải cả thư mục, base64). Trả 201 với Location; 413 khi vượt giới hạn.',
          headers: tusHeaders,
          response: { 201: uploadSchema, 400: errorSchema, 412: errorSchema, 413: errorSchema },
        },
      },
      async (request, reply) => {
        if (!requireTus(request, reply)) return reply;
        const raw = request.headers['upload-length'];
        const length = typeof raw === 'string' && /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
        const state = await createUpload(ctx, {
          owner: ownerOf(request),
          length,
          metadata: parseUploadMetadata(request.headers['upload-metadata'] as string | undefined),
        });
        return reply.code(201).header('Location', `/api/uploads/${state.id}`).header('Upload-Offset', '0').send(publicState(state));
      },
    );

    app.head(
      '/api/uploads/:id',
      { config, schema: { tags: ['tiếp nhận'], summary: 'Vị trí đã nhận (tus HEAD)', params: idParams, hide: true } },
      async (request, reply) => {
        if (!requireTus(request, reply)) return reply;
        const state = await getUpload(ctx, ownerOf(request), request.params.id);
        return reply
          .header('Upload-Offset', String(state.offset))
          .header('Upload-Length', String(state.length))
          .header('Cache-Control', 'no-store')
          .code(200)
          .send();
      },
    );

    app.get(
      '/api/uploads/:id',
      {
        config,
        exposeHeadRoute: false,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Trạng thái một lần tải lên',
          params: idParams,
          response: { 200: uploadSchema, 404: errorSchema },
        },
      },
      async (request) => publicState(await getUpload(ctx, ownerOf(request), request.params.id)),
    );

    app.patch(
      '/api/uploads/:id',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Gửi tiếp dữ liệu (tus PATCH)',
          description:
            'Content-Type: application/offset+octet-stream, Upload-Offset = số byte máy chủ đã nhận (HEAD). Trả 204 với Upload-Offset mới.',
          params: idParams,
          headers: tusHeaders,
          response: { 204: z.null(), 400: errorSchema, 404: errorSchema, 409: errorSchema, 412: errorSchema, 415: errorSchema },
        },
      },
      async (request, reply) => {
        if (!requireTus(request, reply)) return reply;
        if (request.headers['content-type'] !== OFFSET_TYPE)
          return reply.code(415).send({ error: { code: 'DP-UPLOAD-CONTENT-TYPE', message: `Content-Type phải là ${OFFSET_TYPE}.` } });
        const raw = request.headers['upload-offset'];
        if (typeof raw !== 'string' || !/^\d{1,16}$/.test(raw))
          throw requestError('DP-UPLOAD-OFFSET', 'Thiếu hoặc sai Upload-Offset.', 'Missing or invalid Upload-Offset.');
        const state = await appendUpload(ctx, ownerOf(request), request.params.id, Number(raw), request.body as AsyncIterable<Uint8Array>);
        return reply.code(204).header('Upload-Offset', String(state.offset)).send(null);
      },
    );

    app.delete(
      '/api/uploads/:id',
      {
        config,
        schema: {
          tags: ['tiếp nhận'],
          summary: 'Hủy một lần tải lên (tus termination)',
          params: idParams,
          headers: tusHeaders,
          response: { 204: z.null(), 404: errorSchema, 412: errorSchema },
        },
      },
      async (request, reply) => {
        if (!requireTus(request, reply)) return reply;
        await deleteUpload(ctx, ownerOf(request), request.params.id);
        return reply.code(204).send(null);
      },
    );
  };
