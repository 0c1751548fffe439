import type { CodeListOrigin, CodeListPull, FeedEvent } from '@duphong/core';
import type { Context } from '../ports/context.js';

/** What `duphong codelist status` and the web page show: the upstream, the lists locked by it, the recent pulls. */
export interface CodeListSyncStatus {
  instanceId: string;
  upstream: { id: string; name: string; url: string } | null;
  everyMinutes: number;
  lastSequence: number | null;
  shared: CodeListOrigin[];
  pulls: CodeListPull[];
}

export async function codeListSyncStatus(ctx: Context, options: { pulls?: number } = {}): Promise<CodeListSyncStatus> {
  const n = ctx.config.national;
  const peer = n.upstream === undefined ? undefined : n.peers.find((p) => p.id === n.upstream);
  return {
    instanceId: ctx.identity.instanceId,
    upstream: peer ? { id: peer.id, name: peer.name ?? peer.id, url: peer.url } : null,
    everyMinutes: n.syncEveryMinutes,
    lastSequence: peer ? await ctx.catalogue.codeListSync.lastSequence(peer.id) : null,
    shared: await ctx.catalogue.codeListSync.origins(),
    pulls: await ctx.catalogue.codeListSync.pulls(options.pulls ?? 10),
  };
}

const MAX_EVENTS = 500;

/** The event feed after a cursor (0 = from the start): oldest first; `next` is the cursor to ask with next time. */
export async function feedAfter(ctx: Context, after: number, limit = 100): Promise<{ events: FeedEvent[]; next: number }> {
  const events = await ctx.catalogue.codeListSync.eventsAfter(after, Math.min(Math.max(limit, 1), MAX_EVENTS));
  return { events, next: events.at(-1)?.id ?? after };
}
