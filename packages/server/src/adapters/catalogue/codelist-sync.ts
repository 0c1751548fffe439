import type {
  CodeListDriftRecord,
  CodeListOrigin,
  CodeListPull,
  CodeListPullOutcome,
  CodeListSyncRepository,
  FeedEvent,
} from '@duphong/core';
import type { Ctx } from './context.js';

/** The `CodeListSyncRepository` port over the catalogue's Kysely connection (SQLite or PostgreSQL). */
export class KyselyCodeListSync implements CodeListSyncRepository {
  constructor(private readonly ctx: Ctx) {}

  async origins(): Promise<CodeListOrigin[]> {
    const rows = await this.ctx.db.selectFrom('code_list_origins').selectAll().orderBy('list_id').execute();
    return rows.map(originFromRow);
  }

  async originOf(listId: string): Promise<CodeListOrigin | undefined> {
    const row = await this.ctx.db.selectFrom('code_list_origins').selectAll().where('list_id', '=', listId).executeTakeFirst();
    return row && originFromRow(row);
  }

  async setOrigin(o: CodeListOrigin): Promise<void> {
    const rest = { origin: o.origin, origin_name: o.originName, sequence: o.sequence, updated_at: o.updatedAt };
    await this.ctx.db
      .insertInto('code_list_origins')
      .values({ list_id: o.listId, ...rest })
      .onConflict((oc) => oc.column('list_id').doUpdateSet(rest))
      .execute();
  }

  async recordPull(p: CodeListPull): Promise<void> {
    await this.ctx.db
      .insertInto('code_list_pulls')
      .values({
        id: p.id,
        upstream: p.upstream,
        at: p.at,
        outcome: p.outcome,
        sequence: p.sequence,
        applied: p.applied,
        code: p.code,
        message: p.message,
      })
      .execute();
  }

  async pulls(limit: number): Promise<CodeListPull[]> {
    const rows = await this.ctx.db
      .selectFrom('code_list_pulls')
      .selectAll()
      .orderBy('at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map((r) => ({
      id: r.id,
      upstream: r.upstream,
      at: r.at,
      outcome: r.outcome as CodeListPullOutcome,
      sequence: r.sequence === null ? null : Number(r.sequence),
      applied: Number(r.applied),
      code: r.code,
      message: r.message,
    }));
  }

  async lastSequence(upstream: string): Promise<number | null> {
    const row = await this.ctx.db
      .selectFrom('code_list_pulls')
      .select((eb) => eb.fn.max('sequence').as('s'))
      .where('upstream', '=', upstream)
      .where('outcome', 'in', ['applied', 'unchanged'])
      .executeTakeFirst();
    return row?.s === null || row?.s === undefined ? null : Number(row.s);
  }

  async putDrift(d: CodeListDriftRecord): Promise<boolean> {
    const rest = {
      received_at: d.receivedAt,
      signed_at: d.signedAt,
      sequence: d.sequence,
      lists: JSON.stringify(d.lists),
      in_sync: d.inSync ? 1 : 0,
      findings: JSON.stringify(d.findings),
    };
    // Only a report signed later replaces the stored one: a delayed older report never wins.
    const result = await this.ctx.db
      .insertInto('code_list_drift')
      .values({ peer_id: d.peerId, ...rest })
      .onConflict((oc) => oc.column('peer_id').doUpdateSet(rest).where('code_list_drift.signed_at', '<', d.signedAt))
      .executeTakeFirst();
    return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  async listDrift(): Promise<CodeListDriftRecord[]> {
    const rows = await this.ctx.db.selectFrom('code_list_drift').selectAll().orderBy('peer_id').execute();
    return rows.map((r) => ({
      peerId: r.peer_id,
      receivedAt: r.received_at,
      signedAt: r.signed_at,
      sequence: r.sequence === null ? null : Number(r.sequence),
      lists: JSON.parse(r.lists) as CodeListDriftRecord['lists'],
      inSync: Number(r.in_sync) === 1,
      findings: JSON.parse(r.findings) as CodeListDriftRecord['findings'],
    }));
  }

  async appendEvent(e: Omit<FeedEvent, 'id'>): Promise<number> {
    const row = await this.ctx.db
      .insertInto('feed_events')
      .values({ at: e.at, kind: e.kind, subject: e.subject, detail: JSON.stringify(e.detail) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async eventsAfter(after: number, limit: number): Promise<FeedEvent[]> {
    const rows = await this.ctx.db.selectFrom('feed_events').selectAll().where('id', '>', after).orderBy('id').limit(limit).execute();
    return rows.map((r) => ({
      id: Number(r.id),
      at: r.at,
      kind: r.kind,
      subject: r.subject,
      detail: JSON.parse(r.detail) as Record<string, unknown>,
    }));
  }
}

function originFromRow(r: { list_id: string; origin: string; origin_name: string; sequence: number; updated_at: string }): CodeListOrigin {
  return { listId: r.list_id, origin: r.origin, originName: r.origin_name, sequence: Number(r.sequence), updatedAt: r.updated_at };
}
