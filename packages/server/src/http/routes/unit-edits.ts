import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Succession, UnitVersion } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { deleteUnitVersion, putSuccession, putUnit, putUnitVersion } from '../../usecases/unit-edits.js';
import { errorSchema } from '../errors.js';
import {
  dateParam,
  successionSchema,
  unitFindingSchema,
  unitIdSchema,
  unitKindSchema,
  unitVersionSchema,
  versionBody,
} from '../unit-schemas.js';
import { dateOrToday } from './units.js';

/*
 * Editing units over HTTP: parse, call the use case (usecases/unit-edits.ts), render. An edit that
 * adds an error finding is refused with 409 and the findings; warnings come with the result.
 * Loopback-only like every route until access control lands (see auth.ts).
 */

const TAG = 'đơn vị';
const savedSchema = <T extends z.ZodType>(item: T) =>
  z.object({ saved: item, findings: z.array(unitFindingSchema).describe('Cảnh báo mới do thay đổi này') });

export const unitEditRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    app.put(
      '/api/units/:id',
      {
        config: { action: 'units.manage' },
        schema: {
          tags: [TAG],
          summary: 'Tạo đơn vị hoặc đổi loại của đơn vị',
          params: z.object({ id: unitIdSchema }),
          body: z.object({ kind: unitKindSchema }),
          response: { 200: savedSchema(z.object({ id: z.string(), kind: unitKindSchema })), 400: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const unit = { id: request.params.id, kind: request.body.kind };
        const findings = await putUnit(ctx, unit);
        ctx.log.info('unit edit', { unit: unit.id, what: 'unit', client: request.ip });
        return { saved: unit, findings };
      },
    );

    app.put(
      '/api/units/:id/versions/:validFrom',
      {
        config: { action: 'units.manage' },
        schema: {
          tags: [TAG],
          summary: 'Ghi một phiên bản (tên, loại, mã, cấp trên) của đơn vị, theo ngày bắt đầu',
          description:
            'Tạo mới hoặc thay thế phiên bản bắt đầu ngày `validFrom`. Bị từ chối (409) nếu chồng lấn phiên bản khác, trùng mã …',
          params: z.object({ id: unitIdSchema, validFrom: dateParam }),
          body: unitVersionSchema.omit({ validFrom: true }).extend({
            validTo: dateParam.nullable().default(null),
            shortName: z.string().nullable().default(null),
            adminCode: z.string().nullable().default(null),
            agencyCode: z.string().nullable().default(null),
            parentId: unitIdSchema.nullable().default(null),
            verified: z.boolean().default(true),
            source: z.string().nullable().default(null),
            note: z.string().nullable().default(null),
          }),
          response: { 200: savedSchema(unitVersionSchema), 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const { id } = request.params;
        const body = request.body;
        const version: UnitVersion = {
          ...body,
          unitId: id,
          validFrom: dateOrToday(ctx, request.params.validFrom, 'validFrom'),
          validTo: body.validTo === null ? null : dateOrToday(ctx, body.validTo, 'validTo'),
          name: body.name.normalize('NFC'),
          shortName: body.shortName?.normalize('NFC') ?? null,
        };
        const findings = await putUnitVersion(ctx, version);
        ctx.log.info('unit edit', { unit: id, what: 'version', validFrom: version.validFrom, client: request.ip });
        return { saved: versionBody(version), findings };
      },
    );

    app.delete(
      '/api/units/:id/versions/:validFrom',
      {
        config: { action: 'units.manage' },
        schema: {
          tags: [TAG],
          summary: 'Xóa một phiên bản của đơn vị',
          params: z.object({ id: unitIdSchema, validFrom: dateParam }),
          response: { 200: z.object({ deleted: z.boolean(), findings: z.array(unitFindingSchema) }), 400: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const validFrom = dateOrToday(ctx, request.params.validFrom, 'validFrom');
        const { deleted, findings } = await deleteUnitVersion(ctx, request.params.id, validFrom);
        ctx.log.info('unit edit', { unit: request.params.id, what: 'delete version', validFrom, client: request.ip });
        return { deleted, findings };
      },
    );

    app.post(
      '/api/units/successions',
      {
        config: { action: 'units.manage' },
        schema: {
          tags: [TAG],
          summary: 'Ghi một sự kiện kế thừa (hợp nhất, chia tách, đổi tên, nâng cấp)',
          description:
            'Tạo mới hoặc thay thế theo `id`. Bị từ chối nếu nhắc đến đơn vị không tồn tại, tạo vòng lặp hoặc làm một đơn vị chấm dứt hai lần.',
          body: successionSchema.extend({
            date: dateParam,
            note: z.string().default(''),
            verified: z.boolean().default(true),
            source: z.string().nullable().default(null),
          }),
          response: { 200: savedSchema(successionSchema), 400: errorSchema, 404: errorSchema, 409: errorSchema },
        },
      },
      async (request) => {
        const succession: Succession = { ...request.body, date: dateOrToday(ctx, request.body.date, 'date') };
        const findings = await putSuccession(ctx, succession);
        ctx.log.info('unit edit', { succession: succession.id, what: 'succession', client: request.ip });
        return { saved: succession, findings };
      },
    );
  };
