import type {
  ReadingRecordKind,
  ReadingRequest,
  ReadingRequestFilter,
  ReadingRequestRepository,
  StoredReadingRequestState,
} from '@duphong/core';
import { sql, type Selectable, type SelectQueryBuilder } from 'kysely';
import { page, type Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { CatalogueSchema } from './schema.js';
import type { ReadingRequestsTable } from './schema-reading-requests.js';

const nfc = (s: string): string => s.normalize('NFC');
const nfcOrNull = (s: string | null): string | null => (s === null ? null : nfc(s));

/** `catalogue.readingRequests` over Kysely (SQLite and PostgreSQL alike). Text is stored NFC. */
export class KyselyReadingRequests implements ReadingRequestRepository {
  constructor(private readonly ctx: Ctx) {}

  async put(r: ReadingRequest): Promise<void> {
    const row = {
      record_kind: r.recordKind,
      record_code: nfc(r.recordCode),
      file_code: nfc(r.fileCode),
      title: nfc(r.title),
      unit_id: r.unitId,
      requester_id: r.requesterId,
      requester_name: nfc(r.requesterName),
      purpose: nfc(r.purpose),
      state: r.state,
      created_at: r.createdAt,
      decided_at: r.decidedAt,
      decider_id: r.deciderId,
      decider_name: nfcOrNull(r.deciderName),
      reason: nfcOrNull(r.reason),
      expires_at: r.expiresAt,
    };
    await this.ctx.db
      .insertInto('reading_requests')
      .values({ id: r.id, ...row })
      .onConflict((oc) => oc.column('id').doUpdateSet(row))
      .execute();
  }

  async get(id: string): Promise<ReadingRequest | undefined> {
    const row = await this.ctx.db.selectFrom('reading_requests').selectAll().where('id', '=', id).executeTakeFirst();
    return row && fromRow(row);
  }

  async list(filter: ReadingRequestFilter): Promise<ReadingRequest[]> {
    const q = where(this.ctx.db.selectFrom('reading_requests').selectAll(), filter).orderBy('created_at', 'desc').orderBy('id', 'desc');
    return (await page(q, this.ctx.engine, filter).execute()).map(fromRow);
  }

  async count(filter: Omit<ReadingRequestFilter, 'limit' | 'offset'>): Promise<number> {
    const row = await where(this.ctx.db.selectFrom('reading_requests'), filter)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    return toSafeNumber(row.n);
  }
}

/** The filter as SQL; `approved` and `expired` split the stored `approved` rows at `now`. */
function where<O>(
  qb: SelectQueryBuilder<CatalogueSchema, 'reading_requests', O>,
  f: Omit<ReadingRequestFilter, 'limit' | 'offset'>,
): SelectQueryBuilder<CatalogueSchema, 'reading_requests', O> {
  let q = qb;
  if (f.requesterId !== undefined) q = q.where('requester_id', '=', f.requesterId);
  if (f.unitIds !== undefined) {
    // An empty scope matches nothing (`in ()` is not valid SQL).
    q = f.unitIds.length === 0 ? q.where(sql<boolean>`1 = 0`) : q.where('unit_id', 'in', [...f.unitIds]);
  }
  if (f.recordKind !== undefined) q = q.where('record_kind', '=', f.recordKind);
  if (f.recordCode !== undefined) q = q.where('record_code', '=', nfc(f.recordCode));
  if (f.fileCode !== undefined) q = q.where('file_code', '=', nfc(f.fileCode));
  if (f.state === 'approved') q = q.where('state', '=', 'approved').where('expires_at', '>', f.now);
  else if (f.state === 'expired') q = q.where('state', '=', 'approved').where('expires_at', '<=', f.now);
  else if (f.state !== undefined) q = q.where('state', '=', f.state);
  return q;
}

function fromRow(row: Selectable<ReadingRequestsTable>): ReadingRequest {
  return {
    id: row.id,
    recordKind: row.record_kind as ReadingRecordKind,
    recordCode: row.record_code,
    fileCode: row.file_code,
    title: row.title,
    unitId: row.unit_id,
    requesterId: row.requester_id,
    requesterName: row.requester_name,
    purpose: row.purpose,
    state: row.state as StoredReadingRequestState,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    deciderId: row.decider_id,
    deciderName: row.decider_name,
    reason: row.reason,
    expiresAt: row.expires_at,
  };
}
