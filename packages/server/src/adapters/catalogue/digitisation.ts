import type {
  BatchFilter,
  BatchState,
  DigitisationBatch,
  DigitisationFigures,
  DigitisationRepository,
  DigitisedDocument,
  DigitisedDocumentState,
} from '@duphong/core';
import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { CatalogueSchema } from './schema.js';
import type { DigitisationBatchesTable, DigitisedDocumentsTable } from './schema-digitisation.js';

const nfc = (s: string): string => s.normalize('NFC');

/** `catalogue.digitisation` over Kysely (SQLite and PostgreSQL alike). Text is stored NFC. */
export class KyselyDigitisation implements DigitisationRepository {
  constructor(private readonly ctx: Ctx) {}

  async putBatch(b: DigitisationBatch): Promise<void> {
    const row = {
      name: nfc(b.name),
      unit_id: b.unitId,
      list_id: b.listId,
      state: b.state,
      files: JSON.stringify(b.files.map((f) => ({ ...f, fileCode: nfc(f.fileCode), title: nfc(f.title) }))),
      operator: nfc(b.operator),
      equipment: nfc(b.equipment),
      due_date: b.dueDate,
      created_by: nfc(b.createdBy),
      created_at: b.createdAt,
      updated_at: b.updatedAt,
      run_started_at: b.runStartedAt,
      run_start_pages: b.runStartPages,
      note: nfc(b.note),
      closed_at: b.closedAt,
    };
    await this.ctx.db
      .insertInto('digitisation_batches')
      .values({ id: b.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async getBatch(id: string): Promise<DigitisationBatch | undefined> {
    const row = await this.ctx.db.selectFrom('digitisation_batches').selectAll().where('id', '=', id).executeTakeFirst();
    return row && batchFromRow(row);
  }

  async listBatches(filter: BatchFilter = {}): Promise<DigitisationBatch[]> {
    let q = inUnits(this.ctx.db.selectFrom('digitisation_batches').selectAll(), filter.unitIds);
    if (filter.listId !== undefined) q = q.where('list_id', '=', filter.listId);
    if (filter.state !== undefined) q = q.where('state', '=', filter.state);
    return (await q.orderBy('created_at', 'desc').orderBy('id', 'desc').execute()).map(batchFromRow);
  }

  async putDocument(d: DigitisedDocument): Promise<void> {
    const row = {
      state: d.state,
      sources: JSON.stringify(d.sources.map(nfc)),
      pages: d.pages,
      findings: JSON.stringify(d.findings),
      page_info: JSON.stringify(d.pageInfo),
      pdf_sha256: d.pdfSha256,
      kept_as_is: d.keptAsIs ? 1 : 0,
      kind: d.kind,
      facts: JSON.stringify(d.facts),
      decided_by: d.decidedBy === null ? null : nfc(d.decidedBy),
      decided_at: d.decidedAt,
      decision_note: d.decisionNote === null ? null : nfc(d.decisionNote),
      updated_at: d.updatedAt,
    };
    await this.ctx.db
      .insertInto('digitised_documents')
      .values({ batch_id: d.batchId, file_code: nfc(d.fileCode), ordinal: d.ordinal, ...row })
      .onConflict((oc) => oc.columns(['batch_id', 'file_code', 'ordinal']).doUpdateSet(row))
      .execute();
  }

  async getDocument(batchId: string, fileCode: string, ordinal: number): Promise<DigitisedDocument | undefined> {
    const row = await this.ctx.db
      .selectFrom('digitised_documents')
      .selectAll()
      .where('batch_id', '=', batchId)
      .where('file_code', '=', nfc(fileCode))
      .where('ordinal', '=', ordinal)
      .executeTakeFirst();
    return row && documentFromRow(row);
  }

  async listDocuments(batchId: string, filter: { state?: DigitisedDocumentState; fileCode?: string } = {}): Promise<DigitisedDocument[]> {
    let q = this.ctx.db.selectFrom('digitised_documents').selectAll().where('batch_id', '=', batchId);
    if (filter.state !== undefined) q = q.where('state', '=', filter.state);
    if (filter.fileCode !== undefined) q = q.where('file_code', '=', nfc(filter.fileCode));
    return (await q.orderBy('file_code').orderBy('ordinal').execute()).map(documentFromRow);
  }

  async listReview(
    filter: { unitIds?: readonly string[] } = {},
  ): Promise<Array<DigitisedDocument & { unitId: string; batchName: string }>> {
    let q = this.ctx.db
      .selectFrom('digitised_documents as d')
      .innerJoin('digitisation_batches as b', 'b.id', 'd.batch_id')
      .selectAll('d')
      .select(['b.unit_id as unit', 'b.name as batch_name'])
      .where('d.state', '=', 'review');
    if (filter.unitIds !== undefined)
      q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('b.unit_id', 'in', [...filter.unitIds]);
    const rows = await q.orderBy('d.updated_at').orderBy('d.batch_id').orderBy('d.file_code').orderBy('d.ordinal').execute();
    return rows.map((r) => ({ ...documentFromRow(r), unitId: r.unit, batchName: r.batch_name }));
  }

  async figures(filter: { unitIds?: readonly string[]; from?: string; to?: string } = {}): Promise<DigitisationFigures> {
    let q = this.ctx.db
      .selectFrom('digitised_documents as d')
      .innerJoin('digitisation_batches as b', 'b.id', 'd.batch_id')
      .select((eb) => [
        eb.fn.count<number | string>('d.batch_id').distinct().as('batches'),
        sql<number | string | null>`sum(case when d.state = 'stored' then 1 else 0 end)`.as('stored'),
        sql<number | string | null>`sum(case when d.state = 'stored' then d.pages else 0 end)`.as('pages'),
        sql<number | string | null>`sum(case when d.state = 'rejected' then 1 else 0 end)`.as('rejected'),
      ]);
    if (filter.unitIds !== undefined)
      q = filter.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('b.unit_id', 'in', [...filter.unitIds]);
    if (filter.from !== undefined) q = q.where('d.updated_at', '>=', filter.from);
    if (filter.to !== undefined) q = q.where('d.updated_at', '<', filter.to);
    const row = await q.executeTakeFirstOrThrow();
    return {
      batches: toSafeNumber(row.batches),
      documentsStored: toSafeNumber(row.stored ?? 0),
      pagesStored: toSafeNumber(row.pages ?? 0),
      documentsRejected: toSafeNumber(row.rejected ?? 0),
    };
  }
}

function inUnits<O>(
  q: SelectQueryBuilder<CatalogueSchema, 'digitisation_batches', O>,
  unitIds: readonly string[] | undefined,
): SelectQueryBuilder<CatalogueSchema, 'digitisation_batches', O> {
  if (unitIds === undefined) return q;
  // An empty scope matches nothing (`in ()` is not valid SQL).
  return unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...unitIds]);
}

function batchFromRow(r: Selectable<DigitisationBatchesTable>): DigitisationBatch {
  return {
    id: r.id,
    name: r.name,
    unitId: r.unit_id,
    listId: r.list_id,
    state: r.state as BatchState,
    files: JSON.parse(r.files) as DigitisationBatch['files'],
    operator: r.operator,
    equipment: r.equipment,
    dueDate: r.due_date,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    runStartedAt: r.run_started_at,
    runStartPages: toSafeNumber(r.run_start_pages),
    note: r.note,
    closedAt: r.closed_at ?? null,
  };
}

function documentFromRow(r: Selectable<DigitisedDocumentsTable>): DigitisedDocument {
  return {
    batchId: r.batch_id,
    fileCode: r.file_code,
    ordinal: toSafeNumber(r.ordinal),
    state: r.state as DigitisedDocumentState,
    sources: JSON.parse(r.sources) as string[],
    pages: toSafeNumber(r.pages),
    findings: JSON.parse(r.findings) as DigitisedDocument['findings'],
    pageInfo: JSON.parse(r.page_info) as DigitisedDocument['pageInfo'],
    pdfSha256: r.pdf_sha256,
    keptAsIs: toSafeNumber(r.kept_as_is) === 1,
    kind: r.kind as DigitisedDocument['kind'],
    facts: JSON.parse(r.facts) as Record<string, string>,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    decisionNote: r.decision_note,
    updatedAt: r.updated_at,
  };
}
