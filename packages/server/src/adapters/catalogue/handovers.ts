import type {
  HandoverDirection,
  HandoverItemRecord,
  HandoverItemState,
  HandoverRecord,
  HandoverRepository,
  HandoverStatus,
} from '@duphong/core';
import type { Selectable } from 'kysely';
import type { Ctx } from './context.js';
import { toSafeNumber } from './engine.js';
import type { HandoverItemsTable, HandoversTable } from './schema-handovers.js';

const toHandover = (r: Selectable<HandoversTable>): HandoverRecord => ({
  id: r.id,
  direction: r.direction as HandoverDirection,
  peer: r.peer,
  scopeKind: r.scope_kind,
  scopeCode: r.scope_code,
  manifest: r.manifest,
  manifestSha256: r.manifest_sha256,
  status: r.status as HandoverStatus,
  receipt: r.receipt,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const toItem = (r: Selectable<HandoverItemsTable>): HandoverItemRecord => ({
  handoverId: r.handover_id,
  n: toSafeNumber(r.n),
  fileCode: r.file_code,
  objectId: r.object_id,
  version: toSafeNumber(r.version),
  sha256: r.sha256,
  size: toSafeNumber(r.size),
  state: r.state as HandoverItemState,
  remoteObject: r.remote_object,
  findingCode: r.finding_code,
  updatedAt: r.updated_at,
});

/** `catalogue.handovers` over Kysely (SQLite and PostgreSQL alike). */
export class KyselyHandovers implements HandoverRepository {
  constructor(private readonly ctx: Ctx) {}

  async create(h: HandoverRecord, items: HandoverItemRecord[]): Promise<void> {
    await this.ctx.db
      .insertInto('handovers')
      .values({
        id: h.id,
        direction: h.direction,
        peer: h.peer,
        scope_kind: h.scopeKind,
        scope_code: h.scopeCode.normalize('NFC'),
        manifest: h.manifest,
        manifest_sha256: h.manifestSha256,
        status: h.status,
        receipt: h.receipt,
        created_at: h.createdAt,
        updated_at: h.updatedAt,
      })
      .execute();
    // Chunks keep every statement under SQLite's and PostgreSQL's bound-parameter limits.
    for (let i = 0; i < items.length; i += 500)
      await this.ctx.db
        .insertInto('handover_items')
        .values(
          items.slice(i, i + 500).map((it) => ({
            handover_id: h.id,
            n: it.n,
            file_code: it.fileCode.normalize('NFC'),
            object_id: it.objectId,
            version: it.version,
            sha256: it.sha256,
            size: it.size,
            state: it.state,
            remote_object: it.remoteObject,
            finding_code: it.findingCode,
            updated_at: it.updatedAt,
          })),
        )
        .execute();
  }

  async get(id: string): Promise<HandoverRecord | undefined> {
    const row = await this.ctx.db.selectFrom('handovers').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toHandover(row);
  }

  async list(filter: { direction?: HandoverDirection; limit?: number } = {}): Promise<HandoverRecord[]> {
    let q = this.ctx.db.selectFrom('handovers').selectAll();
    if (filter.direction) q = q.where('direction', '=', filter.direction);
    const rows = await q
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(filter.limit ?? 200)
      .execute();
    return rows.map(toHandover);
  }

  async update(id: string, change: { status?: HandoverStatus; receipt?: string | null; updatedAt: string }): Promise<void> {
    await this.ctx.db
      .updateTable('handovers')
      .set({
        updated_at: change.updatedAt,
        ...(change.status !== undefined && { status: change.status }),
        ...(change.receipt !== undefined && { receipt: change.receipt }),
      })
      .where('id', '=', id)
      .execute();
  }

  async items(id: string): Promise<HandoverItemRecord[]> {
    const rows = await this.ctx.db.selectFrom('handover_items').selectAll().where('handover_id', '=', id).orderBy('n').execute();
    return rows.map(toItem);
  }

  async item(id: string, n: number): Promise<HandoverItemRecord | undefined> {
    const row = await this.ctx.db
      .selectFrom('handover_items')
      .selectAll()
      .where('handover_id', '=', id)
      .where('n', '=', n)
      .executeTakeFirst();
    return row && toItem(row);
  }

  async setItem(
    id: string,
    n: number,
    change: { state: HandoverItemState; remoteObject?: string | null; findingCode?: string | null; updatedAt: string },
  ): Promise<void> {
    await this.ctx.db
      .updateTable('handover_items')
      .set({
        state: change.state,
        updated_at: change.updatedAt,
        ...(change.remoteObject !== undefined && { remote_object: change.remoteObject }),
        ...(change.findingCode !== undefined && { finding_code: change.findingCode }),
      })
      .where('handover_id', '=', id)
      .where('n', '=', n)
      .execute();
  }

  async findAccepted(peer: string, objectId: string, version: number): Promise<HandoverItemRecord | undefined> {
    const row = await this.ctx.db
      .selectFrom('handover_items')
      .innerJoin('handovers', 'handovers.id', 'handover_items.handover_id')
      .selectAll('handover_items')
      .where('handovers.direction', '=', 'in')
      .where('handovers.peer', '=', peer)
      .where('handover_items.object_id', '=', objectId)
      .where('handover_items.version', '=', version)
      .where('handover_items.state', '=', 'accepted')
      .orderBy('handover_items.updated_at')
      .executeTakeFirst();
    return row && toItem(row);
  }
}
