import { PassThrough } from 'node:stream';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BACKUP_LIST_STATUSES, localiseFinding, type Principal, type SelectionFinding } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { requestLang, type Lang } from '../errors.js';
import {
  addToBackupList,
  approveBackupList,
  createBackupList,
  getBackupList,
  listBackupLists,
  proposeIntoBackupList,
  removeFromBackupList,
  reopenBackupList,
  returnBackupList,
  submitBackupList,
  type StepResult,
} from '../../usecases/backup-list.js';
import { backupListRows } from '../../usecases/backup-list-rows.js';
import { EXPORT_FORMATS, EXPORT_MIME, backupListForm, writeBackupListForm } from '../../usecases/backup-list-export.js';
import { selectionEvidenceRoutes } from './selection-evidence.js';
import {
  actBody,
  approveBody,
  createBody,
  entriesBody,
  listParams,
  listSchema,
  proposeBody,
  refusalSchema,
  rowSchema,
  stepSchema,
  summarySchema,
} from './backup-list-schemas.js';

const TAG = ['danh mục dự phòng'];
const errors = { 400: refusalSchema, 404: refusalSchema, 409: refusalSchema };
/** Who acted when nobody is signed in (loopback before access control): said plainly, never a guessed name. */
const UNSIGNED = 'người dùng trên máy chủ (chưa đăng nhập)';
const actorOf = (principal: Principal | undefined, by: string | undefined) => (principal ? {} : { by: by ?? UNSIGNED });

const step = (result: StepResult, lang: Lang) => ({
  list: result.list,
  findings: result.findings.map((f: SelectionFinding) => localiseFinding(f, lang)),
});

/**
 * The yearly backup list over HTTP: the same use cases as `duphong backup-list`. Refused steps
 * answer 400 (bad request) or 409 (the list's state forbids it) with every DP-SELECT finding.
 * The use cases get the signed-in principal: they show only its units' lists (another unit's list
 * is "not found"), check its right for each step and record it as the one who acted. Until
 * sign-in exists (loopback only, see auth.ts) a step without `by` is recorded as done on the server.
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
        const filter = {
          ...(unitId !== undefined && { unitId }),
          ...(year !== undefined && { year }),
          ...(status !== undefined && { status }),
        };
        return { lists: await listBackupLists(ctx, filter, request.principal) };
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
        const list = await createBackupList(ctx, {
          unitId,
          year,
          principal: request.principal,
          ...actorOf(request.principal, by),
          ...(id !== undefined && { id }),
        });
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
        const list = await getBackupList(ctx, request.params.id, request.principal);
        return { list, rows: await backupListRows(ctx.catalogue, list) };
      },
    );

    // One POST per review step; the body was validated by `body` before `run` sees it.
    const act = <B extends z.ZodType>(
      path: string,
      action: 'selection.write' | 'selection.approve',
      summary: string,
      body: B,
      run: (id: string, body: z.infer<B>, principal: Principal | undefined) => Promise<StepResult>,
    ) =>
      app.post(
        `/api/backup-lists/:id/${path}`,
        { config: { action }, schema: { tags: TAG, summary, params: listParams, body, response: { 200: stepSchema, ...errors } } },
        async (request) => {
          const given = request.body as z.infer<B> & { by?: string };
          const body = { ...given, ...actorOf(request.principal, given.by) } as z.infer<B>;
          return step(await run(request.params.id, body, request.principal), requestLang(request));
        },
      );
    const W = 'selection.write';
    const A = 'selection.approve';

    act('entries', W, 'Thêm hồ sơ/tài liệu đủ điều kiện vào danh mục dự thảo', entriesBody, (id, { entries, ...b }, principal) =>
      addToBackupList(ctx, id, entries, { ...b, principal }),
    );
    act('entries/remove', W, 'Bỏ các mục khỏi danh mục dự thảo', entriesBody, (id, { entries, ...b }, principal) =>
      removeFromBackupList(ctx, id, entries, { ...b, principal }),
    );
    act('propose', W, 'Thêm mọi hồ sơ đủ điều kiện của đơn vị (hoặc một phông) chưa có trong danh mục', proposeBody, (id, b, principal) =>
      proposeIntoBackupList(ctx, id, { ...b, principal }),
    );
    act('submit', W, 'Trình duyệt danh mục', actBody, (id, b, principal) => submitBackupList(ctx, id, { ...b, principal }));
    act('approve', A, 'Phê duyệt danh mục (cần số và ngày quyết định)', approveBody, (id, b, principal) =>
      approveBackupList(ctx, id, { ...b, principal }),
    );
    act('return', A, 'Trả lại danh mục (cần lý do)', actBody, (id, b, principal) => returnBackupList(ctx, id, { ...b, principal }));
    act('reopen', W, 'Mở lại danh mục bị trả lại thành dự thảo', actBody, (id, b, principal) =>
      reopenBackupList(ctx, id, { ...b, principal }),
    );

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
        await getBackupList(ctx, request.params.id, request.principal); // another unit's list: not found
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

    await app.register(selectionEvidenceRoutes(ctx));
  };
