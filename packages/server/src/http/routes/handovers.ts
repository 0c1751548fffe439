import type { Readable } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { requestError } from '../../errors.js';
import { finishHandover, receiveHandoverItem, receiveManifest } from '../../usecases/handover-receive.js';
import { listHandovers, showHandover } from '../../usecases/handover-status.js';

/*
 * Handovers between instances (decision 0028, docs/handover.md). The receiving side: the signed
 * manifest, each bag streamed raw (never buffered, never more than the manifest's size), the
 * signed receipt. Both sides: the status of their handovers. Rules live in the use cases.
 */

const BAG_TYPE = 'application/octet-stream';
const MANIFEST_LIMIT = 128 * 1024 * 1024;
const idParams = z.object({ id: z.string().min(1).max(64) });
const itemParams = idParams.extend({ n: z.coerce.number().int().min(1).max(10_000_000) });
const envelopeSchema = z.looseObject({ payload: z.unknown(), signature: z.unknown() });
// Every field of the signature block is listed: the serializer drops unknown keys, and a receipt missing its chain would not verify.
const signatureSchema = z.object({
  alg: z.literal('Ed25519'),
  purpose: z.string(),
  signer: z.string(),
  keyId: z.string(),
  signedAt: z.string(),
  value: z.string(),
  chain: z.array(z.unknown()).optional(),
});

const answerSchema = z.object({
  handover: z.string(),
  held: z.array(z.object({ n: z.number(), object: z.string().nullable() })),
  missing: z.array(z.number()),
});
const outcomeSchema = z.object({
  n: z.number(),
  state: z.enum(['accepted', 'refused']),
  object: z.string().optional(),
  code: z.string().optional(),
  message: z.string().optional(),
});
const countsSchema = z.object({ objects: z.number(), pending: z.number(), sent: z.number(), accepted: z.number(), refused: z.number() });
const summarySchema = z.object({
  id: z.string(),
  direction: z.enum(['out', 'in']),
  peer: z.string(),
  scope: z.object({ kind: z.string(), code: z.string(), name: z.string() }),
  status: z.enum(['open', 'complete', 'incomplete']),
  createdAt: z.string(),
  updatedAt: z.string(),
  counts: countsSchema,
  receipt: z.object({ signedBy: z.string(), keyId: z.string(), at: z.string() }).nullable(),
});
const detailSchema = summarySchema.extend({
  statistics: z.object({
    files: z.number(),
    documents: z.number(),
    pages: z.number(),
    digitisedPages: z.number(),
    copiesVerified: z.number(),
  }),
  items: z.array(
    z.object({
      n: z.number(),
      fileCode: z.string(),
      objectId: z.string(),
      version: z.number(),
      sha256: z.string(),
      size: z.number(),
      state: z.string(),
      remoteObject: z.string().nullable(),
      findingCode: z.string().nullable(),
    }),
  ),
});

export const handoverRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    // A bag reaches the use case as the raw request stream: never buffered, size-capped by the signed manifest.
    app.addContentTypeParser(BAG_TYPE, (_request, payload, done) => done(null, payload));
    const receive = { action: 'handovers.receive' as const };
    const read = { action: 'handovers.read' as const };
    const tags = ['liên thông'];

    app.post(
      '/api/handovers/incoming',
      {
        config: receive,
        // A manifest lists every item (about 300 bytes each): room for a few hundred thousand AIPs.
        bodyLimit: MANIFEST_LIMIT,
        schema: {
          tags,
          summary: 'Nhận bản kê bàn giao đã ký',
          description:
            'Bản kê (mục đích duphong/handover-manifest/1) do hệ thống gửi ký; trả lời những mục đã có (không gửi lại) và những mục còn thiếu. Cùng mã với nội dung khác: 409 DP-HANDOVER-REPLAY.',
          body: envelopeSchema,
          response: { 200: answerSchema, 400: errorSchema, 409: errorSchema, 422: errorSchema },
        },
      },
      async (request) => receiveManifest(ctx, request.body),
    );

    app.put(
      '/api/handovers/incoming/:id/objects/:n',
      {
        config: receive,
        schema: {
          tags,
          summary: 'Nhận một túi BagIt (tar) của bàn giao',
          description:
            'Thân yêu cầu: các byte của túi (application/octet-stream), đúng kích thước và SHA-256 trong bản kê đã ký; được kiểm tra, mở, xác minh BagIt và tiếp nhận thành bản sao dự phòng.',
          params: itemParams,
          response: { 200: outcomeSchema, 400: errorSchema, 404: errorSchema, 422: errorSchema },
        },
      },
      async (request) => {
        const body = request.body as Readable | undefined;
        if (typeof body?.[Symbol.asyncIterator] !== 'function')
          throw requestError('DP-HANDOVER-CONTENT-TYPE', `Túi phải gửi dạng ${BAG_TYPE}.`, `Send the bag as ${BAG_TYPE}.`);
        return receiveHandoverItem(ctx, request.params.id, request.params.n, body);
      },
    );

    app.post(
      '/api/handovers/incoming/:id/finish',
      {
        config: receive,
        schema: {
          tags,
          summary: 'Biên nhận bàn giao đã ký',
          description: 'Biên nhận (duphong/handover-receipt/1): mục đã nhận (mã đối tượng tại đây), mục từ chối (mã lỗi), mục còn thiếu.',
          params: idParams,
          response: { 200: z.object({ payload: z.unknown(), signature: signatureSchema }), 404: errorSchema },
        },
      },
      async (request) => finishHandover(ctx, request.params.id),
    );

    app.get(
      '/api/handovers',
      {
        config: read,
        schema: {
          tags,
          summary: 'Các lần bàn giao (gửi đi và nhận về)',
          querystring: z.object({ direction: z.enum(['out', 'in']).optional() }),
          response: { 200: z.object({ handovers: z.array(summarySchema) }) },
        },
      },
      async (request) => ({ handovers: await listHandovers(ctx, request.query.direction ? { direction: request.query.direction } : {}) }),
    );

    app.get(
      '/api/handovers/:id',
      {
        config: read,
        schema: {
          tags,
          summary: 'Một lần bàn giao: danh mục thống kê, trạng thái từng mục, biên nhận',
          params: idParams,
          response: { 200: detailSchema, 404: errorSchema },
        },
      },
      async (request) => showHandover(ctx, request.params.id),
    );
  };
