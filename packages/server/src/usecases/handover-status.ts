import type {
  HandoverItemRecord,
  HandoverManifest,
  HandoverReceipt,
  HandoverRecord,
  HandoverStatistics,
  SignedEnvelope,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError } from '../errors.js';

/*
 * What `duphong handover list|show` and GET /api/handovers show, on either side: the handover,
 * its statistics list, each item's state and the last signed receipt (decision 0028).
 */

export interface HandoverSummary {
  id: string;
  direction: 'out' | 'in';
  peer: string;
  scope: { kind: string; code: string; name: string };
  status: 'open' | 'complete' | 'incomplete';
  createdAt: string;
  updatedAt: string;
  counts: { objects: number; pending: number; sent: number; accepted: number; refused: number };
  receipt: { signedBy: string; keyId: string; at: string } | null;
}

export interface HandoverDetail extends HandoverSummary {
  statistics: HandoverStatistics;
  items: Array<Omit<HandoverItemRecord, 'handoverId' | 'updatedAt'>>;
}

async function summaryOf(ctx: Context, h: HandoverRecord) {
  const manifest = (JSON.parse(h.manifest) as SignedEnvelope<HandoverManifest>).payload;
  const items = await ctx.catalogue.handovers.items(h.id);
  const count = (state: string) => items.filter((i) => i.state === state).length;
  const receipt = h.receipt === null ? null : (JSON.parse(h.receipt) as SignedEnvelope<HandoverReceipt>).signature;
  const summary: HandoverSummary = {
    id: h.id,
    direction: h.direction,
    peer: h.peer,
    scope: manifest.scope,
    status: h.status,
    createdAt: h.createdAt,
    updatedAt: h.updatedAt,
    counts: {
      objects: items.length,
      pending: count('pending'),
      sent: count('sent'),
      accepted: count('accepted'),
      refused: count('refused'),
    },
    receipt: receipt && { signedBy: receipt.signer, keyId: receipt.keyId, at: receipt.signedAt },
  };
  return { summary, manifest, items };
}

export async function listHandovers(ctx: Context, filter: { direction?: 'out' | 'in' } = {}): Promise<HandoverSummary[]> {
  const out: HandoverSummary[] = [];
  for (const h of await ctx.catalogue.handovers.list(filter)) out.push((await summaryOf(ctx, h)).summary);
  return out;
}

export async function showHandover(ctx: Context, id: string): Promise<HandoverDetail> {
  const h = await ctx.catalogue.handovers.get(id);
  if (!h) throw notFoundError('DP-HANDOVER-UNKNOWN', `Không có bàn giao mã ${id}.`, `No handover ${id}.`);
  const { summary, manifest, items } = await summaryOf(ctx, h);
  return {
    ...summary,
    statistics: manifest.statistics,
    items: items.map(({ handoverId: _h, updatedAt: _u, ...rest }) => rest),
  };
}
