import {
  foldVietnamese,
  normalizeVietnamese,
  recordYear,
  searchableText,
  type DocumentRecord,
  type FileFilter,
  type FileRecord,
  type Fonds,
  type Holding,
  type Inspection,
  type RecordRepository,
} from '@duphong/core';
import { sql, type Selectable } from 'kysely';
import { page, type Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { CatalogueFilesTable } from './schema.js';
import type { DocumentsTable, FondsTable, HoldingsTable, InspectionsTable } from './schema-records.js';
import { documentDerived, refreshFile } from './search-rows.js';

const json = (value: unknown): string => JSON.stringify(value ?? {});
const parse = <T>(text: string | null | undefined, fallback: T): T => {
  try {
    return text ? (JSON.parse(text) as T) : fallback;
  } catch {
    return fallback;
  }
};
const nfc = (fields: Record<string, string>): Record<string, string> =>
  Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.normalize('NFC')]));

/**
 * `catalogue.records` over Kysely (SQLite and PostgreSQL alike). Every write is an upsert by code;
 * text is stored NFC, and the accent-folded `search_text` is computed here so search sees every
 * write the moment it commits.
 */
export class KyselyRecords implements RecordRepository {
  constructor(private readonly ctx: Ctx) {}

  async putFonds(f: Fonds): Promise<void> {
    const row = {
      name: f.name.normalize('NFC'),
      kind: f.kind,
      status: f.status,
      unit_id: f.unitId,
      fields: json(nfc(f.fields)),
      legacy: json(f.legacy),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    };
    await this.ctx.db
      .insertInto('fonds')
      .values({ code: f.code, ...row })
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...row, created_at: (eb) => eb.ref('fonds.created_at') }))
      .execute();
  }

  async getFonds(code: string): Promise<Fonds | undefined> {
    const row = await this.ctx.db.selectFrom('fonds').selectAll().where('code', '=', code).executeTakeFirst();
    return row && fondsFromRow(row);
  }

  async listFonds(filter: { unitId?: string } = {}): Promise<Fonds[]> {
    let q = this.ctx.db.selectFrom('fonds').selectAll();
    if (filter.unitId !== undefined) q = q.where('unit_id', '=', filter.unitId);
    return (await q.orderBy('code').execute()).map(fondsFromRow);
  }

  async putFile(f: FileRecord): Promise<void> {
    const fields = nfc(f.fields);
    const title = f.title.normalize('NFC');
    const row = {
      title,
      fonds_code: f.fondsCode,
      fields: json(fields),
      legacy: json(f.legacy),
      mode: fields.mode?.trim() || null,
      year: recordYear(fields),
      search_text: foldVietnamese(searchableText(title, fields)),
      search_exact: normalizeVietnamese(searchableText(title, fields)),
      created_at: f.createdAt,
      updated_at: f.updatedAt,
    };
    await this.ctx.db
      .insertInto('catalogue_files')
      .values({ code: f.code, ...row })
      .onConflict((oc) => oc.column('code').doUpdateSet({ ...row, created_at: (eb) => eb.ref('catalogue_files.created_at') }))
      .execute();
    await refreshFile(this.ctx, f.code);
  }

  async getFile(code: string): Promise<FileRecord | undefined> {
    const row = await this.ctx.db.selectFrom('catalogue_files').selectAll().where('code', '=', code).executeTakeFirst();
    return row && fileFromRow(row);
  }

  async listFiles(filter: FileFilter & { limit?: number; offset?: number } = {}): Promise<FileRecord[]> {
    let q = this.ctx.db.selectFrom('catalogue_files').selectAll();
    if (filter.fondsCode !== undefined) q = q.where('fonds_code', '=', filter.fondsCode);
    if (filter.modes !== undefined)
      q = filter.modes.length > 0 ? q.where('eff_mode', 'in', [...filter.modes]) : q.where(sql<boolean>`1 = 0`);
    return (await page(q.orderBy('code'), this.ctx.engine, filter).execute()).map(fileFromRow);
  }

  async countFiles(filter: FileFilter = {}): Promise<number> {
    let q = this.ctx.db.selectFrom('catalogue_files').select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (filter.fondsCode !== undefined) q = q.where('fonds_code', '=', filter.fondsCode);
    if (filter.modes !== undefined)
      q = filter.modes.length > 0 ? q.where('eff_mode', 'in', [...filter.modes]) : q.where(sql<boolean>`1 = 0`);
    return toSafeNumber((await q.executeTakeFirstOrThrow()).n);
  }

  async putDocument(d: DocumentRecord): Promise<void> {
    const fields = nfc(d.fields);
    const title = (fields.subject || fields.title || fields.imageTitle || fields.movieTitle || d.id).normalize('NFC');
    const row = {
      file_code: d.fileCode,
      ordinal: d.ordinal,
      kind: d.kind,
      title,
      type_name: fields.typeName?.trim() || null,
      mode: fields.mode?.trim() || null,
      year: recordYear(fields),
      fields: json(fields),
      legacy: json(d.legacy),
      search_text: foldVietnamese(searchableText(title === fields.subject ? '' : title, fields)),
      search_exact: normalizeVietnamese(searchableText(title === fields.subject ? '' : title, fields)),
      ...(await documentDerived(this.ctx, d.fileCode, fields.mode?.trim() || null)),
      created_at: d.createdAt,
      updated_at: d.updatedAt,
    };
    await this.ctx.db
      .insertInto('documents')
      .values({ id: d.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet({ ...row, created_at: (eb) => eb.ref('documents.created_at') }))
      .execute();
  }

  async getDocument(id: string): Promise<DocumentRecord | undefined> {
    const row = await this.ctx.db.selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    return row && documentFromRow(row);
  }

  async listDocuments(fileCode: string): Promise<DocumentRecord[]> {
    const rows = await this.ctx.db
      .selectFrom('documents')
      .selectAll()
      .where('file_code', '=', fileCode)
      .orderBy('ordinal')
      .orderBy('id')
      .execute();
    return rows.map(documentFromRow);
  }

  async countDocuments(filter: { fileCode?: string } = {}): Promise<number> {
    let q = this.ctx.db.selectFrom('documents').select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (filter.fileCode !== undefined) q = q.where('file_code', '=', filter.fileCode);
    return toSafeNumber((await q.executeTakeFirstOrThrow()).n);
  }

  async putHolding(h: Holding): Promise<void> {
    const row = {
      fonds_code: h.fondsCode,
      file_code: h.fileCode,
      medium: h.medium,
      shelf_metres: h.shelfMetres,
      store: h.store,
      shelf: h.shelf,
      box: h.box,
      condition: h.condition,
      created_at: h.createdAt,
      updated_at: h.updatedAt,
    };
    await this.ctx.db
      .insertInto('holdings')
      .values({ id: h.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async getHolding(id: string): Promise<Holding | undefined> {
    const row = await this.ctx.db.selectFrom('holdings').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? holdingFromRow(row) : undefined;
  }

  async listHoldings(fondsCode: string): Promise<Holding[]> {
    const rows = await this.ctx.db.selectFrom('holdings').selectAll().where('fonds_code', '=', fondsCode).orderBy('id').execute();
    return rows.map(holdingFromRow);
  }

  async addInspection(i: Inspection): Promise<void> {
    await this.ctx.db
      .insertInto('inspections')
      .values({
        id: i.id,
        record_kind: i.recordKind,
        record_code: i.recordCode,
        date: i.date,
        inspector: i.inspector.normalize('NFC'),
        signs: JSON.stringify(i.signs),
        readable: i.readable === null ? null : i.readable ? 1 : 0,
        notes: i.notes.normalize('NFC'),
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .execute();
  }

  async listInspections(recordKind: Inspection['recordKind'], recordCode: string): Promise<Inspection[]> {
    const rows = await this.ctx.db
      .selectFrom('inspections')
      .selectAll()
      .where('record_kind', '=', recordKind)
      .where('record_code', '=', recordCode)
      .orderBy('date', 'desc')
      .orderBy('id')
      .execute();
    return rows.map(inspectionFromRow);
  }
}

function fondsFromRow(r: Selectable<FondsTable>): Fonds {
  return {
    code: r.code,
    name: r.name,
    kind: r.kind as Fonds['kind'],
    status: r.status as Fonds['status'],
    unitId: r.unit_id,
    fields: parse(r.fields, {}),
    legacy: parse(r.legacy, {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function fileFromRow(r: Selectable<CatalogueFilesTable>): FileRecord {
  return {
    code: r.code,
    fondsCode: r.fonds_code,
    title: r.title,
    fields: parse(r.fields, {}),
    legacy: parse(r.legacy, {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function documentFromRow(r: Selectable<DocumentsTable>): DocumentRecord {
  return {
    id: r.id,
    fileCode: r.file_code,
    ordinal: r.ordinal === null ? null : toSafeNumber(r.ordinal),
    kind: r.kind as DocumentRecord['kind'],
    fields: parse(r.fields, {}),
    legacy: parse(r.legacy, {}),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function holdingFromRow(r: Selectable<HoldingsTable>): Holding {
  return {
    id: r.id,
    fondsCode: r.fonds_code,
    fileCode: r.file_code,
    medium: r.medium,
    shelfMetres: r.shelf_metres === null ? null : Number(r.shelf_metres),
    store: r.store,
    shelf: r.shelf,
    box: r.box,
    condition: r.condition,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function inspectionFromRow(r: Selectable<InspectionsTable>): Inspection {
  return {
    id: r.id,
    recordKind: r.record_kind as Inspection['recordKind'],
    recordCode: r.record_code,
    date: r.date,
    inspector: r.inspector,
    signs: parse(r.signs, []),
    readable: r.readable === null ? null : r.readable === 1,
    notes: r.notes,
  };
}
