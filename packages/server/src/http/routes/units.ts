import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { checkAttachments, isoVietnam, parseUnitDate, rollUp, successorsAt, unitAt, validateUnits } from '@duphong/core';
import type { RollUpResult, UnitVersion } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { errorSchema } from '../errors.js';
import { notFoundError, requestError } from '../../errors.js';
import {
  dateParam,
  flattenUnit,
  rollUpSchema,
  successionSchema,
  unitAtDateSchema,
  unitFindingSchema,
  unitIdSchema,
  unitKindSchema,
  unitVersionSchema,
  versionBody,
} from '../unit-schemas.js';

/** A date from the query (DD/MM/YYYY or ISO) as YYYY-MM-DD; today in Vietnam when absent. */
export function dateOrToday(ctx: Context, value: string | undefined, name: string): string {
  if (value === undefined) return isoVietnam(ctx.clock.now()).slice(0, 10);
  const date = parseUnitDate(value);
  if (date === undefined)
    throw requestError(
      'DP-UNIT-DATE-INVALID',
      `Ngày "${value}" (${name}) không hợp lệ: dùng DD/MM/YYYY hoặc YYYY-MM-DD.`,
      `Invalid date "${value}" (${name}): use DD/MM/YYYY or YYYY-MM-DD.`,
    );
  return date;
}

/** Name and code of a unit as of `date`, else as last recorded. */
function refOf(versions: readonly UnitVersion[], id: string, date: string): { id: string; name: string | null; adminCode: string | null } {
  const version = unitAt(versions, id, date) ?? versions.filter((v) => v.unitId === id).at(-1);
  return { id, name: version?.name ?? null, adminCode: version?.adminCode ?? null };
}

function describeRollUp(result: RollUpResult, versions: readonly UnitVersion[]): z.infer<typeof rollUpSchema> {
  return {
    at: result.at,
    totals: result.totals.map((t) => ({
      ...refOf(versions, t.unitId, result.at),
      count: t.count,
      from: t.from.map((f) => ({ ...refOf(versions, f.unitId, '0000-00-00'), count: f.count })),
    })),
    unresolved: result.unresolved.map((u) => ({ ...refOf(versions, u.unitId, result.at), count: u.count, candidates: u.candidates })),
    findings: result.findings,
  };
}

const TAG = 'đơn vị';

export const unitRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.get(
      '/api/units',
      {
        config: { action: 'units.read' },
        schema: {
          tags: [TAG],
          summary: 'Đơn vị có hiệu lực tại một ngày',
          description:
            'Bộ, tỉnh/thành phố, cơ quan lưu trữ … với tên, loại và mã có hiệu lực ngày `at` (mặc định hôm nay), theo mã hành chính.',
          querystring: z.object({
            at: dateParam.optional(),
            kind: unitKindSchema.optional(),
            parent: unitIdSchema.optional().describe('Chỉ các đơn vị trực thuộc đơn vị này'),
          }),
          response: { 200: z.object({ at: z.string(), units: z.array(unitAtDateSchema) }), 400: errorSchema },
        },
      },
      async (request) => {
        const { kind, parent } = request.query;
        const at = dateOrToday(ctx, request.query.at, 'at');
        const units = await ctx.catalogue.units.listAt(at, { ...(kind && { kind }), ...(parent && { parentId: parent }) });
        return { at, units: units.map(flattenUnit) };
      },
    );

    app.get(
      '/api/units/rollup',
      {
        config: { action: 'units.read' },
        schema: {
          tags: [TAG],
          summary: 'Đơn vị ngày `from` được tổng hợp vào đơn vị nào ngày `at`',
          description:
            'Theo các sự kiện hợp nhất, chia tách …: vd. from=30/06/2025 cho 63 tỉnh cũ gộp vào 34 tỉnh, thành phố. Đơn vị bị chia tách không được cộng vào đâu (unresolved).',
          querystring: z.object({ from: dateParam, at: dateParam.optional(), kind: unitKindSchema.optional() }),
          response: { 200: rollUpSchema.extend({ from: z.string() }), 400: errorSchema },
        },
      },
      async (request) => {
        const from = dateOrToday(ctx, request.query.from, 'from');
        const at = dateOrToday(ctx, request.query.at, 'at');
        const { kind } = request.query;
        const [units, successions, versions] = await Promise.all([
          ctx.catalogue.units.listAt(from, kind ? { kind } : {}),
          ctx.catalogue.units.listSuccessions(),
          ctx.catalogue.units.listVersions(),
        ]);
        const result = rollUp(
          units.map((u) => ({ unitId: u.unit.id })),
          successions,
          at,
        );
        return { from, ...describeRollUp(result, versions) };
      },
    );

    app.post(
      '/api/units/rollup',
      {
        config: { action: 'units.read' },
        schema: {
          tags: [TAG],
          summary: 'Tổng hợp các mục (kế hoạch, báo cáo, phông …) theo đơn vị có hiệu lực ngày `at`',
          description:
            'Mỗi mục gắn với một đơn vị, có thể kèm ngày. Mục gắn với đơn vị vào ngày đơn vị đó không tồn tại được báo trong `findings` (DP-UNIT-NOT-IN-FORCE …).',
          body: z.object({
            at: dateParam.optional(),
            items: z
              .array(
                z.object({
                  unitId: z.string(),
                  date: dateParam.optional(),
                  ref: z.string().optional().describe('Tên mục, dùng trong phát hiện'),
                }),
              )
              .max(100_000),
          }),
          response: { 200: rollUpSchema, 400: errorSchema },
        },
      },
      async (request) => {
        const at = dateOrToday(ctx, request.body.at, 'at');
        const items = request.body.items.map((item) => ({
          unitId: item.unitId,
          ...(item.date !== undefined && { date: dateOrToday(ctx, item.date, 'items[].date') }),
          ...(item.ref !== undefined && { ref: item.ref }),
        }));
        const [successions, versions] = await Promise.all([ctx.catalogue.units.listSuccessions(), ctx.catalogue.units.listVersions()]);
        const result = rollUp(items, successions, at);
        const dated = items.flatMap((i) => (i.date !== undefined ? [{ ...i, date: i.date }] : []));
        const attachmentFindings = checkAttachments(dated, versions, successions);
        return describeRollUp({ ...result, findings: [...attachmentFindings, ...result.findings] }, versions);
      },
    );

    app.get(
      '/api/units/findings',
      {
        config: { action: 'units.read' },
        schema: {
          tags: [TAG],
          summary: 'Kiểm tra toàn bộ dữ liệu đơn vị',
          description: 'Phiên bản chồng lấn, gián đoạn, mã trùng, vòng lặp kế thừa … (mã DP-UNIT-…).',
          response: { 200: z.object({ findings: z.array(unitFindingSchema) }) },
        },
      },
      async () => {
        const [units, versions, successions] = await Promise.all([
          ctx.catalogue.units.listUnits(),
          ctx.catalogue.units.listVersions(),
          ctx.catalogue.units.listSuccessions(),
        ]);
        return { findings: validateUnits({ units, versions, successions }) };
      },
    );

    app.get(
      '/api/units/:id',
      {
        config: { action: 'units.read' },
        schema: {
          tags: [TAG],
          summary: 'Một đơn vị: lịch sử và các sự kiện kế thừa',
          description:
            'Mọi phiên bản (cũ nhất trước), phiên bản có hiệu lực ngày `at`, các sự kiện kế thừa liên quan và đơn vị kế thừa ngày `at`.',
          params: z.object({ id: unitIdSchema }),
          querystring: z.object({ at: dateParam.optional() }),
          response: {
            200: z.object({
              id: z.string(),
              kind: unitKindSchema,
              at: z.string(),
              current: unitVersionSchema.nullable().describe('Phiên bản có hiệu lực ngày `at`'),
              history: z.array(unitVersionSchema),
              successions: z.array(successionSchema),
              successorsAt: z.array(z.string()).describe('Đơn vị mang các mục của đơn vị này ngày `at`'),
            }),
            400: errorSchema,
            404: errorSchema,
          },
        },
      },
      async (request) => {
        const { id } = request.params;
        const at = dateOrToday(ctx, request.query.at, 'at');
        const unit = await ctx.catalogue.units.getUnit(id);
        if (!unit) throw notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${id}".`, `No unit "${id}".`);
        const [history, successions, all] = await Promise.all([
          ctx.catalogue.units.history(id),
          ctx.catalogue.units.listSuccessions({ unitId: id }),
          ctx.catalogue.units.listSuccessions(),
        ]);
        const current = unitAt(history, id, at);
        return {
          id,
          kind: unit.kind,
          at,
          current: current ? versionBody(current) : null,
          history: history.map(versionBody),
          successions,
          successorsAt: successorsAt(all, id, at),
        };
      },
    );
  };
