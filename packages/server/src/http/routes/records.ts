import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import { checkDescription, isoVietnam, type DescriptionKind, type Finding } from '@duphong/core';
import type { Context } from '../../ports/context.js';
import { HttpProblem, notFound } from '../errors.js';
import {
  documentSchema,
  fieldsSchema,
  fileRecordSchema,
  findingSchema,
  fondsSchema,
  holdingSchema,
  inspectionSchema,
} from '../record-schemas.js';

/*
 * The archival description over HTTP: fonds, files, documents, holdings, inspections (catalogue
 * .records). Writes are upserts by code, checked against the TT05 field catalogue: errors refuse
 * the write (400 with the findings), warnings come back with the saved record. Loopback-only like
 * every route until access control lands (auth.ts).
 */
const TAG = 'mô tả lưu trữ';
const page = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), offset: z.coerce.number().int().min(0).default(0) });
const saved = <T extends z.ZodType>(item: T) => z.object({ saved: item, findings: z.array(findingSchema) });

/** TT05 check of a description; errors refuse the write. */
function checked(kind: DescriptionKind, fields: Record<string, string>, context: { fileCode?: string } = {}): Finding[] {
  // Only the fields given are checked for values; a partial description is not an error here.
  const findings = checkDescription(kind, fields, context).filter(
    (f) => f.code !== 'DP-TT05-REQUIRED' && f.code !== 'DP-TT05-FIELD-ABSENT',
  );
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    const list = errors.map((f) => `${f.code}: ${f.message}`).join(' ');
    throw new HttpProblem(400, errors[0]!.code, `Mô tả không hợp lệ theo TT05. ${list}`, `Description invalid under TT05. ${list}`);
  }
  return findings;
}

export const recordRoutes =
  (ctx: Context): FastifyPluginAsyncZod =>
  async (app) => {
    const records = ctx.catalogue.records;
    const now = () => isoVietnam(ctx.clock.now());

    app.get(
      '/api/fonds',
      {
        schema: {
          tags: [TAG],
          summary: 'Danh sách phông / công trình / sưu tập',
          querystring: z.object({ unit: z.string().optional() }),
          response: { 200: z.array(fondsSchema) },
        },
      },
      (req) => records.listFonds(req.query.unit !== undefined ? { unitId: req.query.unit } : {}),
    );
    app.get(
      '/api/fonds/:code',
      {
        schema: {
          tags: [TAG],
          summary: 'Một phông, kèm kho bảo quản và số hồ sơ',
          params: z.object({ code: z.string() }),
          response: { 200: z.object({ fonds: fondsSchema, holdings: z.array(holdingSchema), files: z.number().int() }) },
        },
      },
      async (req) => {
        const fonds = await records.getFonds(req.params.code);
        if (!fonds) throw notFound('DP-FONDS-UNKNOWN', `Không có phông "${req.params.code}".`, `No fonds "${req.params.code}".`);
        return { fonds, holdings: await records.listHoldings(fonds.code), files: await records.countFiles({ fondsCode: fonds.code }) };
      },
    );
    app.put(
      '/api/fonds/:code',
      {
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật phông',
          params: z.object({ code: z.string().min(1).max(100) }),
          body: z.object({
            name: z.string().min(1).max(1000),
            kind: z.enum(['fonds', 'work', 'collection']),
            status: z.enum(['open', 'closed']),
            unitId: z.string().nullable().default(null),
            fields: fieldsSchema.default({}),
          }),
          response: { 200: saved(fondsSchema) },
        },
      },
      async (req) => {
        const known = await records.getFonds(req.params.code);
        const fonds = {
          code: req.params.code.normalize('NFC'),
          ...req.body,
          legacy: known?.legacy ?? {},
          createdAt: known?.createdAt ?? now(),
          updatedAt: now(),
        };
        await records.putFonds(fonds);
        return { saved: (await records.getFonds(fonds.code))!, findings: [] };
      },
    );

    app.get(
      '/api/files',
      {
        schema: {
          tags: [TAG],
          summary: 'Danh sách hồ sơ (theo phông)',
          querystring: page.extend({ fonds: z.string().optional() }),
          response: { 200: z.object({ total: z.number().int(), files: z.array(fileRecordSchema) }) },
        },
      },
      async (req) => {
        const filter = req.query.fonds !== undefined ? { fondsCode: req.query.fonds } : {};
        return {
          total: await records.countFiles(filter),
          files: await records.listFiles({ ...filter, limit: req.query.limit, offset: req.query.offset }),
        };
      },
    );
    app.get(
      '/api/files/:code',
      {
        schema: {
          tags: [TAG],
          summary: 'Một hồ sơ, kèm tài liệu và các lần kiểm tra tình trạng',
          params: z.object({ code: z.string() }),
          response: {
            200: z.object({ file: fileRecordSchema, documents: z.array(documentSchema), inspections: z.array(inspectionSchema) }),
          },
        },
      },
      async (req) => {
        const file = await records.getFile(req.params.code);
        if (!file) throw notFound('DP-FILE-UNKNOWN', `Không có hồ sơ "${req.params.code}".`, `No file "${req.params.code}".`);
        return { file, documents: await records.listDocuments(file.code), inspections: await records.listInspections('file', file.code) };
      },
    );
    app.put(
      '/api/files/:code',
      {
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật mô tả hồ sơ (trường TT05 của AIP_hoso)',
          params: z.object({ code: z.string().min(1).max(100) }),
          body: z.object({
            title: z.string().min(1).max(1000),
            fondsCode: z.string().nullable().default(null),
            fields: fieldsSchema.default({}),
          }),
          response: { 200: saved(fileRecordSchema) },
        },
      },
      async (req) => {
        const code = req.params.code.normalize('NFC');
        const findings = checked('aip-hoso', { ...req.body.fields, title: req.body.title });
        const known = await records.getFile(code);
        await records.putFile({
          code,
          title: req.body.title,
          fondsCode: req.body.fondsCode,
          fields: req.body.fields,
          legacy: known?.legacy ?? {},
          createdAt: known?.createdAt ?? now(),
          updatedAt: now(),
        });
        return { saved: (await records.getFile(code))!, findings };
      },
    );

    app.put(
      '/api/documents/:id',
      {
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật mô tả tài liệu (EAD_doc / EAD_pic / EAD_media)',
          params: z.object({ id: z.string().min(1).max(200) }),
          body: z.object({
            fileCode: z.string().min(1),
            ordinal: z.number().int().positive().nullable().default(null),
            kind: z.enum(['doc', 'pic', 'media']).default('doc'),
            fields: fieldsSchema.default({}),
          }),
          response: { 200: saved(documentSchema) },
        },
      },
      async (req) => {
        if (!(await records.getFile(req.body.fileCode)))
          throw notFound('DP-FILE-UNKNOWN', `Không có hồ sơ "${req.body.fileCode}".`, `No file "${req.body.fileCode}".`);
        const kind: DescriptionKind = req.body.kind === 'doc' ? 'aip-doc' : req.body.kind;
        const findings = checked(kind, req.body.fields, { fileCode: req.body.fileCode });
        const id = req.params.id.normalize('NFC');
        const known = await records.getDocument(id);
        await records.putDocument({ id, ...req.body, legacy: known?.legacy ?? {}, createdAt: known?.createdAt ?? now(), updatedAt: now() });
        return { saved: (await records.getDocument(id))!, findings };
      },
    );

    app.put(
      '/api/holdings/:id',
      {
        schema: {
          tags: [TAG],
          summary: 'Tạo hoặc cập nhật nơi bảo quản (kho, giá, hộp, mét giá, tình trạng)',
          params: z.object({ id: z.string().min(1).max(100) }),
          body: holdingSchema.omit({ id: true, createdAt: true, updatedAt: true }),
          response: { 200: holdingSchema },
        },
      },
      async (req) => {
        const holding = { id: req.params.id, ...req.body, createdAt: now(), updatedAt: now() };
        await records.putHolding(holding);
        return (await records.listHoldings(holding.fondsCode)).find((h) => h.id === holding.id)!;
      },
    );
    app.post(
      '/api/inspections',
      {
        schema: {
          tags: [TAG],
          summary: 'Ghi một lần kiểm tra tình trạng (dấu hiệu hư hỏng, còn đọc được không)',
          body: inspectionSchema.omit({ id: true }),
          response: { 201: inspectionSchema },
        },
      },
      async (req, reply) => {
        const inspection = { id: randomUUID(), ...req.body };
        await records.addInspection(inspection);
        return reply.code(201).send(inspection);
      },
    );
    app.get(
      '/api/inspections',
      {
        schema: {
          tags: [TAG],
          summary: 'Các lần kiểm tra tình trạng của một bản ghi (mới nhất trước)',
          querystring: z.object({ kind: z.enum(['fonds', 'file', 'document', 'holding']), code: z.string() }),
          response: { 200: z.array(inspectionSchema) },
        },
      },
      (req) => records.listInspections(req.query.kind, req.query.code),
    );
  };
