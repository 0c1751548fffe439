import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BACKUP_LIST_STATUSES, SELECTABLE_KINDS, localiseFinding, type SelectionFinding } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { requestLang, type Lang } from '../errors.js';
import {
  addToBackupList,
  approveBackupList,
  createBackupList,
  getBackupList,
  proposeIntoBackupList,
  removeFromBackupList,
  reopenBackupList,
  returnBackupList,
  submitBackupList,
  type StepResult,
} from '../../usecases/backup-list.js';
import { backupListRows } from '../../usecases/backup-list-rows.js';
import { EXPORT_FORMATS, EXPORT_MIME, backupListForm, writeBackupListForm } from '../../usecases/backup-list-export.js';
import { recognize } from '../../usecases/recognition.js';
import {
  actBody,
  approveBody,
  createBody,
  entriesBody,
  listParams,
  listSchema,
  proposeBody,
  recognitionBody,
  recognitionSchema,
  refusalSchema,
  rowSchema,
  stepSchema,
  summarySchema,
} from './backup-list-schemas.js';

const TAG = ['danh mục dự phòng'];
const errors = { 400: refusalSchema, 404: refusalSchema, 409: refusalSchema };
const step = (result: StepResult, lang: Lang) => ({
  list: result.list,
  findings: result.findings.map((f: SelectionFinding) => localiseFinding(f, lang)),
});

/**
 * The yearly backup list over HTTP: the same use cases as `duphong backup-list`. Refused steps
 * answer 400 (bad request) or 409 (the list's state forbids it) with every DP-SELECT finding.
 * `by` is in the body until access control names the user (loopback only, see auth.ts).
 */
export const backupListRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/backup-lists',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Các danh mục tài liệu lưu trữ dự phòng',
          querystring: z.object({
            unitId: z.string().optional(),
            year: z.coerce.number().int().optional(),
            status: z.enum(BACKUP_LIST_STATUSES).optional(),
          }),
          response: { 200: z.object({ lists: z.array(summarySchema) }), ...errors },
        },
      },
      async (request) => {
        const { unitId, year, status } = request.query;
        return {
          lists: await ctx.catalogue.selection.listLists({
            ...(unitId !== undefined && { unitId }),
            ...(year !== undefined && { year }),
            ...(status !== undefined && { status }),
          }),
        };
      },
    );

    app.post(
      '/api/backup-lists',
      {
        config: { action: 'selection.write' },
        schema: {
          tags: TAG,
          summary: 'Tạo danh mục dự thảo của một đơn vị cho một năm',
          body: createBody,
          response: { 201: stepSchema, ...errors },
        },
      },
      async (request, reply) => {
        const { unitId, year, by, id } = request.body;
        const list = await createBackupList(ctx, { unitId, year, by, ...(id !== undefined && { id }) });
        return reply.code(201).send({ list, findings: [] });
      },
    );

    app.get(
      '/api/backup-lists/:id',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Một danh mục: các mục, lịch sử và các dòng như trên biểu mẫu',
          params: listParams,
          response: { 200: z.object({ list: listSchema, rows: z.array(rowSchema) }), ...errors },
        },
      },
      async (request) => {
        const list = await getBackupList(ctx, request.params.id);
        return { list, rows: await backupListRows(ctx.catalogue, list) };
      },
    );

    // One POST per review step; the body was validated by `body` before `run` sees it.
    const act = <B extends z.ZodType>(
      path: string,
      summary: string,
      body: B,
      run: (id: string, body: z.infer<B>) => Promise<StepResult>,
      action: 'selection.write' | 'selection.approve' = 'selection.write',
    ) =>
      app.post(
        `/api/backup-lists/:id/${path}`,
        { config: { action }, schema: { tags: TAG, summary, params: listParams, body, response: { 200: stepSchema, ...errors } } },
        async (request) => step(await run(request.params.id, request.body as z.infer<B>), requestLang(request)),
      );

    act('entries', 'Thêm hồ sơ/tài liệu đủ điều kiện vào danh mục dự thảo', entriesBody, (id, b) =>
      addToBackupList(ctx, id, b.entries, { by: b.by }),
    );
    act('entries/remove', 'Bỏ các mục khỏi danh mục dự thảo', entriesBody, (id, b) =>
      removeFromBackupList(ctx, id, b.entries, { by: b.by }),
    );
    act('propose', 'Thêm mọi hồ sơ đủ điều kiện (của một phông) chưa có trong danh mục', proposeBody, (id, b) =>
      proposeIntoBackupList(ctx, id, { by: b.by, ...(b.fondsCode !== undefined && { fondsCode: b.fondsCode }) }),
    );
    act('submit', 'Trình duyệt danh mục', actBody, (id, b) => submitBackupList(ctx, id, b));
    act('approve', 'Phê duyệt danh mục (cần số và ngày quyết định)', approveBody, (id, b) => approveBackupList(ctx, id, b), 'selection.approve');
    act('return', 'Trả lại danh mục (cần lý do)', actBody, (id, b) => returnBackupList(ctx, id, b), 'selection.approve');
    act('reopen', 'Mở lại danh mục bị trả lại thành dự thảo', actBody, (id, b) => reopenBackupList(ctx, id, b));

    app.get(
      '/api/backup-lists/:id/export',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Tải danh mục theo biểu mẫu (XLSX hoặc DOCX)',
          description:
            'Tiêu đề, đơn vị, quyết định phê duyệt, các cột STT · mã · tiêu đề · thời gian · lý do · dấu hiệu · ghi chú, phần ký.',
          params: listParams,
          querystring: z.object({
            format: z.enum(EXPORT_FORMATS).default('xlsx'),
            unitName: z.string().max(300).optional().describe('Tên đơn vị in trên biểu mẫu (mặc định: mã đơn vị)'),
            approver: z.string().max(300).optional().describe('Cơ quan phê duyệt'),
          }),
          response: errors,
        },
      },
      async (request, reply) => {
        const { format, unitName, approver } = request.query;
        const form = await backupListForm(ctx, request.params.id, {
          ...(unitName !== undefined && { unitName }),
          ...(approver !== undefined && { approver }),
        });
        const body = new PassThrough();
        writeBackupListForm(form, format, body).catch((error: unknown) => {
          ctx.log.error('backup list export failed', { list: form.list.id, error: String(error) });
          body.destroy(error instanceof Error ? error : new Error(String(error)));
        });
        const name = `${form.list.id}.${format}`;
        return reply
          .header('content-type', EXPORT_MIME[format])
          .header(
            'content-disposition',
            `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`,
          )
          .send(body as never); // a stream is sent as is, never through the JSON serializer
      },
    );

    app.get(
      '/api/recognitions',
      {
        config: { action: 'selection.read' },
        schema: {
          tags: TAG,
          summary: 'Các quyết định công nhận tài liệu có giá trị đặc biệt',
          querystring: z.object({ recordKind: z.enum(SELECTABLE_KINDS).optional() }),
          response: { 200: z.object({ recognitions: z.array(recognitionSchema) }), ...errors },
        },
      },
      async (request) => ({
        recognitions: await ctx.catalogue.selection.listRecognitions(
          request.query.recordKind ? { recordKind: request.query.recordKind } : {},
        ),
      }),
    );

    app.put(
      '/api/recognitions/:recordKind/:recordCode',
      {
        config: { action: 'selection.write' },
        schema: {
          tags: TAG,
          summary: 'Ghi (hoặc sửa) quyết định công nhận giá trị đặc biệt của một phông, hồ sơ hay tài liệu',
          params: z.object({ recordKind: z.enum(SELECTABLE_KINDS), recordCode: z.string().min(1) }),
          body: recognitionBody,
          response: { 200: recognitionSchema, ...errors },
        },
      },
      async (request) => recognize(ctx, { ...request.params, ...request.body }),
    );
  };
