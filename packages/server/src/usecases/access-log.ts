import { randomUUID } from 'node:crypto';
import { isoVietnam, type AccessLogEntry, type AccessLogFilter, type AccessOutcome, type Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';

/*
 * The access log of Decree 113 Art. 22 (decision 0014): every view or download of a record's
 * description or content, allowed or denied, through this one use case. A search is logged once,
 * with its query as the "record", not once per hit.
 */

export interface AccessEvent {
  principal: Principal | undefined;
  /** `view`, `download`, `export`, `search`. */
  action: string;
  recordKind: string;
  recordCode: string;
  unitId: string | null;
  ip: string;
  outcome: AccessOutcome;
}

/** Who asked, from where: what a read use case needs to log the access. */
export interface Requester {
  principal: Principal | undefined;
  ip: string;
}

export async function recordAccess(ctx: Context, e: AccessEvent): Promise<void> {
  await ctx.catalogue.accounts.appendAccess({
    id: randomUUID(),
    at: isoVietnam(ctx.clock.now()),
    userId: e.principal?.userId ?? null,
    username: e.principal?.username ?? '',
    action: e.action,
    recordKind: e.recordKind,
    recordCode: e.recordCode.slice(0, 500),
    unitId: e.unitId,
    ip: e.ip,
    outcome: e.outcome,
  });
}

export type AccessLogQuery = Omit<AccessLogFilter, 'units'>;

/** The log as an administrator may see it: entries of their units only (all for 'all'). */
export async function listAccessLog(
  ctx: Context,
  viewer: Principal,
  query: AccessLogQuery,
): Promise<{ total: number; entries: AccessLogEntry[] }> {
  const units = viewer.units === 'all' ? ('all' as const) : [...viewer.units];
  return ctx.catalogue.accounts.listAccess({ ...query, units });
}
