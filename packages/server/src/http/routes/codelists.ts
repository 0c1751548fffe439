import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CODE_LIST_CANONICAL_FORMAT, diffVersions, digestMatches } from '@duphong/core';
import type { CodeListVersion, SharedCodeList } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { notFoundError, requestError } from '../../errors.js';
import { checkCodeListSync, publishCodeListVersion } from '../../usecases/codelists.js';
import { errorSchema } from '../errors.js';
import {
  codeListIdParams,
  codeListSchema,
  codeListSummarySchema,
  digestSchema,
  newVersionBody,
  newVersionResponse,
  syncCheckBody,
  syncCheckResponse,
  versionHistorySchema,
  versionQuery,
  versionSchema,
} from './codelists-schemas.js';

const TAGS = ['danh mục dùng chung'];

async function findList(ctx: Context, id: string): Promise<SharedCodeList> {
  const list = await ctx.catalogue.codeLists.getCodeList(id);
  if (!list) throw notFoundError('DP-CODELIST-UNKNOWN', `Danh mục "${id}" không tồn tại.`, `Code list "${id}" does not exist.`);
  return list;
}

async function findVersion(
  ctx: Context,
  id: string,
  query: { version?: number | undefined; at?: string | undefined },
): Promise<{ list: SharedCodeList; version: CodeListVersion }> {
  if (query.version !== undefined && query.at !== undefined)
    throw requestError('DP-INVALID-REQUEST', 'Chỉ dùng một trong hai: version hoặc at.', 'Use either version or at, not both.');
  const list = await findList(ctx, id);
  const options = query.version !== undefined ? { version: query.version } : query.at !== undefined ? { at: query.at } : {};
  const version = await ctx.catalogue.codeLists.getVersion(id, options);
  if (!version) {
    const which =
      query.version !== undefined
        ? `phiên bản ${query.version}`
        : query.at !== undefined
          ? `phiên bản có hiệu lực ngày ${query.at}`
          : 'phiên bản nào';
    const whichEn =
      query.version !== undefined
        ? `version ${query.version}`
        : query.at !== undefined
          ? `a version in force on ${query.at}`
          : 'any version';
    throw notFoundError('DP-CODELIST-VERSION-UNKNOWN', `Danh mục "${id}" không có ${which}.`, `Code list "${id}" has no ${whichEn}.`);
  }
  return { list, version };
}

/** Lookup page and APIs of the shared code lists; publishing a version is loopback-only like every write until access control. */
export const codeListRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    const lists = ctx.catalogue.codeLists;

    app.get(
      '/api/code-lists',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Danh sách danh mục dùng chung',
          description: 'Mỗi danh mục với phiên bản mới nhất: số phiên bản, ngày hiệu lực, mã băm, số mục.',
          response: { 200: z.object({ lists: z.array(codeListSummarySchema) }) },
        },
      },
      async () => ({ lists: await lists.listCodeLists() }),
    );

    app.get(
      '/api/code-lists/:id',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Một danh mục và các mục của nó',
          description: 'Phiên bản mới nhất, hoặc phiên bản số `version`, hoặc phiên bản có hiệu lực vào ngày `at`.',
          params: codeListIdParams,
          querystring: versionQuery,
          response: { 200: z.object({ list: codeListSchema, version: versionSchema }), 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        return findVersion(ctx, request.params.id, request.query);
      },
    );

    app.get(
      '/api/code-lists/:id/versions',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Lịch sử phiên bản của một danh mục',
          description: 'Cũ nhất trước; mỗi phiên bản kèm các mã đã thêm, xóa, đổi nhãn, ngừng dùng so với phiên bản trước.',
          params: codeListIdParams,
          response: { 200: z.object({ list: codeListSchema, versions: z.array(versionHistorySchema) }), 404: errorSchema },
        },
      },
      async (request) => {
        const list = await findList(ctx, request.params.id);
        const history = await lists.history(list.id);
        const versions = history.map((v, i) => {
          const previous = history[i - 1];
          const d = previous ? diffVersions(previous, v) : undefined;
          const codesOf = (items: Array<{ code: string }>) => items.map((x) => x.code);
          return {
            version: v.version,
            validFrom: v.validFrom,
            publishedAt: v.publishedAt,
            digest: v.digest,
            items: v.items.length,
            changes: d
              ? {
                  added: codesOf(d.added),
                  removed: codesOf(d.removed),
                  relabelled: codesOf(d.relabelled),
                  deprecated: codesOf(d.deprecated),
                  reinstated: codesOf(d.reinstated),
                  renoted: codesOf(d.renoted),
                }
              : null,
          };
        });
        return { list, versions };
      },
    );

    app.get(
      '/api/code-lists/:id/digest',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Mã băm của một phiên bản danh mục',
          description: `SHA-256 của dạng chuẩn ${CODE_LIST_CANONICAL_FORMAT} (docs/code-lists.md): hai hệ thống có cùng mã băm thì có cùng danh mục. \`verified\` cho biết nội dung đang lưu còn khớp mã băm.`,
          params: codeListIdParams,
          querystring: versionQuery,
          response: { 200: digestSchema, 400: errorSchema, 404: errorSchema },
        },
      },
      async (request) => {
        const { version: v } = await findVersion(ctx, request.params.id, request.query);
        return {
          listId: v.listId,
          version: v.version,
          digest: v.digest,
          algorithm: 'sha256' as const,
          format: CODE_LIST_CANONICAL_FORMAT,
          verified: digestMatches(ctx.hasher, v),
        };
      },
    );

    app.post(
      '/api/code-lists/:id/versions',
      {
        config: { action: 'codelists.manage' },
        schema: {
          tags: TAGS,
          summary: 'Ban hành phiên bản mới của một danh mục',
          description:
            'Phiên bản đã ban hành không bao giờ bị sửa: mọi thay đổi là một phiên bản mới, số tiếp theo. Mã bị xóa được cảnh báo (nên đánh dấu ngừng dùng). Gửi `list` để tạo danh mục mới.',
          params: codeListIdParams,
          body: newVersionBody,
          response: { 201: newVersionResponse, 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request, reply) => {
        const { id } = request.params;
        const created = await publishCodeListVersion(ctx, id, request.body);
        ctx.log.info('code list version published', {
          list: id,
          version: created.version.version,
          digest: created.version.digest,
          client: request.ip,
        });
        return reply.code(201).send(created);
      },
    );

    app.post(
      '/api/code-lists/sync-check',
      {
        config: { action: 'codelists.read' },
        schema: {
          tags: TAGS,
          summary: 'Kiểm tra danh mục ở đây có khớp với trung ương',
          description:
            'Gửi mã băm phiên bản mới nhất của từng danh mục ở cơ quan trung ương; trả về danh mục nào thiếu, cũ hơn, mới hơn hoặc khác nội dung (đồng bộ một chiều, từ trên xuống), và bản lưu nào không còn khớp mã băm của chính nó.',
          body: syncCheckBody,
          response: { 200: syncCheckResponse, 400: errorSchema },
        },
      },
      async (request) => checkCodeListSync(ctx, request.body.lists),
    );
  };
