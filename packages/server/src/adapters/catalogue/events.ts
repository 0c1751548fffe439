import type { EventOutcome, PremisEvent } from '@duphong/core';
import { countRows } from './context.js';
import type { Ctx } from './context.js';

// PREMIS events: append-only, so there is no update or delete here.

export async function addEvent(ctx: Ctx, event: PremisEvent): Promise<void> {
  await ctx.db
    .insertInto('premis_events')
    .values({
      id: event.id,
      object_id: event.objectId,
      site: event.site,
      type: event.type,
      date_time: event.dateTime,
      outcome: event.outcome,
      detail: event.detail,
      agent: event.agent,
    })
    // Idempotent by id: journal recovery and rebuild may record the same event again.
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Chronological (oldest first, ties by id); `limit` keeps the first N. */
export async function listEvents(ctx: Ctx, filter: { objectId?: string; limit?: number } = {}): Promise<PremisEvent[]> {
  let query = ctx.db.selectFrom('premis_events').selectAll().orderBy('date_time').orderBy('id');
  if (filter.objectId !== undefined) query = query.where('object_id', '=', filter.objectId);
  if (filter.limit !== undefined) query = query.limit(filter.limit);
  const rows = await query.execute();
  return rows.map((row) => ({
    id: row.id,
    objectId: row.object_id,
    site: row.site,
    type: row.type,
    dateTime: row.date_time,
    outcome: row.outcome as EventOutcome,
    detail: row.detail,
    agent: row.agent,
  }));
}

export const countEvents = (ctx: Ctx): Promise<number> => countRows(ctx, 'premis_events');
