import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Context } from '../../ports/context.js';
import { buildCodeListBundle } from '../../usecases/codelist-bundle.js';
import { codeListDriftOverview, receiveCodeListDrift } from '../../usecases/codelist-drift.js';
import { pullCodeLists } from '../../usecases/codelist-pull.js';
import { codeListSyncStatus, feedAfter } from '../../usecases/codelist-status.js';
import { errorSchema } from '../errors.js';

const TAGS = ['danh mục dùng chung'];
// Signed documents pass through untouched: their signature covers the canonical JSON of the payload.
const envelope = z.object({ payload: z.unknown(), signature: z.unknown() });
const pullResult = z.object({
  upstream: z.string(),
  outcome: z.enum(['applied', 'unchanged']),
  sequence: z.number(),
  applied: z.array(z.object({ listId: z.string(), version: z.number(), digest: z.string() })),
  drift: z.object({ sent: z.boolean(), error: z.string().optional() }),
});
const syncStatus = z.object({
  instanceId: z.string(),
  upstream: z.object({ id: z.string(), name: z.string(), url: z.string() }).nullable(),
  everyMinutes: z.number(),
  lastSequence: z.number().nullable(),
  shared: z.array(
    z.object({ listId: z.string(), origin: z.string(), originName: z.string(), sequence: z.number(), updatedAt: z.string() }),
  ),
  pulls: z.array(
    z.object({
      id: z.string(),
      upstream: z.string(),
      at: z.string(),
      outcome: z.enum(['applied', 'unchanged', 'refused', 'failed']),
      sequence: z.number().nullable(),
      applied: z.number(),
      code: z.string().nullable(),
      message: z.string().nullable(),
    }),
  ),
});
const finding = z.object({ code: z.string(), severity: z.enum(['error', 'warning']), message: z.string(), path: z.string().optional() });
const driftRecord = z.object({
  peerId: z.string(),
  receivedAt: z.string(),
  signedAt: z.string(),
  sequence: z.number().nullable(),
  lists: z.array(z.object({ listId: z.string(), version: z.number(), digest: z.string() })),
  inSync: z.boolean(),
  findings: z.array(finding),
});

/** Shared code lists between instances (decision 0029): the signed bundle, pulls, drift reports, the event feed. */
export const codeListSyncRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/code-lists/bundle',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Gói danh mục dùng chung đã ký',
          description:
            'Mọi danh mục dùng chung (toàn bộ lịch sử phiên bản, mã băm) và số thứ tự gói, ký bằng khoá Ed25519 của hệ thống (mục đích duphong/codelist-bundle/1). Hệ thống cấp dưới kéo gói này theo lịch.',
          response: { 200: envelope },
        },
      },
      async () => buildCodeListBundle(ctx),
    );

    app.post(
      '/api/code-lists/pull',
      {
        config: { action: 'codelists.manage' },
        schema: {
          tags: TAGS,
          summary: 'Kéo danh mục dùng chung từ hệ thống cấp trên ngay',
          description:
            'Như lịch đồng bộ: kiểm tra chữ ký và mã băm, từ chối gói cũ, áp dụng trong một giao dịch rồi gửi báo cáo lệch lên cấp trên.',
          response: { 200: pullResult, 400: errorSchema, 409: errorSchema, 422: errorSchema, 503: errorSchema },
        },
      },
      async () => pullCodeLists(ctx),
    );

    app.post(
      '/api/code-lists/drift',
      {
        config: { action: 'codelists.report' },
        bodyLimit: 8 * 1024 * 1024,
        schema: {
          tags: TAGS,
          summary: 'Hệ thống cấp dưới báo mã băm danh mục của mình',
          description:
            'Báo cáo đã ký (duphong/codelist-drift/1); trung ương so với danh mục của mình và giữ báo cáo mới nhất của mỗi hệ thống.',
          body: z.unknown(),
          response: { 200: driftRecord.extend({ stored: z.boolean() }), 400: errorSchema, 422: errorSchema },
        },
      },
      async (request) => receiveCodeListDrift(ctx, request.body),
    );

    app.get(
      '/api/code-lists/drift',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Hệ thống nào lệch danh mục dùng chung',
          description: 'Mỗi hệ thống khai báo trong national.peers với báo cáo mới nhất, so lại với danh mục hiện hành ở đây.',
          response: {
            200: z.object({
              peers: z.array(
                z.object({
                  peerId: z.string(),
                  name: z.string(),
                  status: z.enum(['in-sync', 'differs', 'never-reported']),
                  report: driftRecord.nullable(),
                }),
              ),
            }),
          },
        },
      },
      async () => codeListDriftOverview(ctx),
    );

    app.get(
      '/api/code-lists/sync-status',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Trạng thái đồng bộ với hệ thống cấp trên',
          description: 'Hệ thống cấp trên, các danh mục dùng chung (bị khoá sửa ở đây), các lần kéo gần nhất.',
          response: { 200: syncStatus },
        },
      },
      async () => codeListSyncStatus(ctx),
    );

    app.get(
      '/api/events',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: ['liên thông'],
          summary: 'Dòng sự kiện (thay đổi danh mục dùng chung …)',
          description: 'Các sự kiện sau con trỏ `after` (0 = từ đầu), cũ trước; gọi lại với `after=next`.',
          querystring: z.object({
            after: z.coerce.number().int().min(0).default(0),
            limit: z.coerce.number().int().min(1).max(500).default(100),
          }),
          response: {
            200: z.object({
              events: z.array(
                z.object({
                  id: z.number(),
                  at: z.string(),
                  kind: z.string(),
                  subject: z.string(),
                  detail: z.record(z.string(), z.unknown()),
                }),
              ),
              next: z.number(),
            }),
          },
        },
      },
      async (request) => feedAfter(ctx, request.query.after, request.query.limit),
    );
  };
