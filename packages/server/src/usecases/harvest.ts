import { randomUUID } from 'node:crypto';
import { harvestedRecord, isoVietnam, readOaiPage, type Finding, type Catalogue, type HarvestRun, type PortalRecord } from '@duphong/core';
import type { PeerConfig } from '../config/national-config.js';
import { classify, integrityError, requestError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { fetchOaiPage } from './harvest-fetch.js';

/*
 * The national portal's harvester (decision 0027, docs/portal.md): ListRecords oai_dc from each
 * peer configured with `harvest: true`, incrementally from the start of its last complete list.
 * Each page is applied in ONE transaction together with the resumption token that follows it, so
 * a failure mid-list (peer down, bad page) leaves the portal and the token consistent: the next
 * run continues from the page after the last applied one and nothing is counted twice (records
 * are keyed by OAI identifier anyway). Records a peer may not speak for are refused one by one.
 */

export interface HarvestResult {
  peer: string;
  run: HarvestRun;
  findings: Finding[];
}

/** At most this many refusals are reported per run (the count keeps going). */
const MAX_FINDINGS = 100;

export async function harvestPeer(ctx: Context, peer: PeerConfig): Promise<HarvestResult> {
  const now = (): string => isoVietnam(ctx.clock.now());
  const run: HarvestRun = {
    id: randomUUID(),
    peerId: peer.id,
    startedAt: now(),
    endedAt: null,
    status: 'running',
    pages: 0,
    records: 0,
    deleted: 0,
    refused: 0,
    error: null,
  };
  const findings: Finding[] = [];
  await ctx.catalogue.portal.putRun(run);
  try {
    const state = await ctx.catalogue.portal.getState(peer.id);
    let token = state?.resumptionToken ?? null;
    // The `from` the next harvest starts at once this list completes: when this list started, by
    // the provider's clock (its first responseDate), so the two instances' clocks never need agree.
    let pendingFrom = token !== null ? (state?.pendingFrom ?? null) : null;
    const from = state?.lastFrom ?? null;
    for (;;) {
      const params: Record<string, string> =
        token !== null
          ? { verb: 'ListRecords', resumptionToken: token }
          : { verb: 'ListRecords', metadataPrefix: 'oai_dc', ...(from !== null && { from }) };
      const page = readOaiPage(await fetchOaiPage(peer.url, params, peer.token));
      if (page.kind === 'invalid')
        throw integrityError(
          'DP-HARVEST-RESPONSE',
          `Thu thập từ "${peer.id}": phản hồi không hợp lệ — ${page.findings.map((f) => f.message).join('; ')}`,
          `Harvest of "${peer.id}": invalid response`,
        );
      if (page.kind === 'error') {
        if (page.code === 'noRecordsMatch') {
          await finishList(ctx.catalogue, peer.id, pendingFrom ?? page.responseDate, now());
          break;
        }
        if (page.code === 'badResumptionToken')
          // The provider forgot or refused the token: start the list again from the last complete harvest.
          await ctx.catalogue.portal.putState({
            peerId: peer.id,
            lastFrom: from,
            resumptionToken: null,
            pendingFrom: null,
            updatedAt: now(),
          });
        throw integrityError(
          'DP-HARVEST-OAI-ERROR',
          `Thu thập từ "${peer.id}": máy chủ OAI-PMH báo lỗi ${page.code} — ${page.message}`,
          `Harvest of "${peer.id}": OAI-PMH error ${page.code} — ${page.message}`,
        );
      }
      if (pendingFrom === null) pendingFrom = page.responseDate;
      const puts: PortalRecord[] = [];
      const deletes: string[] = [];
      for (const r of page.records) {
        const h = harvestedRecord(peer, r);
        if (h.kind === 'record') puts.push(h.record);
        else if (h.kind === 'deleted') deletes.push(h.oaiId);
        else {
          run.refused += 1;
          if (findings.length < MAX_FINDINGS) findings.push(h.finding);
        }
      }
      const next = page.resumptionToken;
      const listFrom = pendingFrom;
      await ctx.catalogue.transaction(async (tx) => {
        await tx.portal.putRecords(puts);
        for (const id of deletes) await tx.portal.deleteRecord(peer.id, id);
        if (next === null) await finishList(tx, peer.id, listFrom, now());
        else await tx.portal.putState({ peerId: peer.id, lastFrom: from, resumptionToken: next, pendingFrom: listFrom, updatedAt: now() });
      });
      run.pages += 1;
      run.records += puts.length;
      run.deleted += deletes.length;
      if (next === null) break;
      token = next;
    }
    run.status = 'ok';
  } catch (error) {
    run.status = 'failed';
    run.error = classify(error).vi;
    run.endedAt = now();
    await ctx.catalogue.portal.putRun(run);
    throw error;
  }
  run.endedAt = now();
  if (run.refused > 0) run.error = `${run.refused} bản ghi bị từ chối (${[...new Set(findings.map((f) => f.code))].join(', ')})`;
  await ctx.catalogue.portal.putRun(run);
  return { peer: peer.id, run, findings };
}

/** The list is complete: the next harvest asks only for what changed since it started. */
async function finishList(catalogue: Catalogue, peerId: string, listFrom: string | null, at: string): Promise<void> {
  await catalogue.portal.putState({ peerId, lastFrom: listFrom, resumptionToken: null, pendingFrom: null, updatedAt: at });
}

/** The peers the portal harvests, or the one named (refused when unknown or not harvested). */
export function harvestedPeers(ctx: Context, peerId?: string): PeerConfig[] {
  const peers = ctx.config.national.peers.filter((p) => p.harvest);
  if (peerId === undefined) return peers;
  const peer = peers.find((p) => p.id === peerId);
  if (!peer)
    throw requestError(
      'DP-HARVEST-PEER',
      `Hệ thống "${peerId}" không có trong national.peers với "harvest": true.`,
      `Instance "${peerId}" is not in national.peers with "harvest": true.`,
    );
  return [peer];
}

export interface HarvestAllResult {
  results: HarvestResult[];
  failures: Array<{ peer: string; code: string; message: string }>;
}

/** Harvest every configured peer (or one); one peer failing does not stop the others. */
export async function harvestAll(ctx: Context, peerId?: string): Promise<HarvestAllResult> {
  const out: HarvestAllResult = { results: [], failures: [] };
  for (const peer of harvestedPeers(ctx, peerId)) {
    try {
      out.results.push(await harvestPeer(ctx, peer));
    } catch (error) {
      const c = classify(error);
      out.failures.push({ peer: peer.id, code: c.code ?? 'DP-INTERNAL', message: c.vi });
      if (c.exit === 1) throw error;
    }
  }
  return out;
}

/** Last runs per peer, for `duphong harvest --status` and GET /api/portal/harvests. */
export async function harvestStatus(ctx: Context): Promise<{
  peers: Array<{
    peer: string;
    name: string | null;
    records: number;
    lastFrom: string | null;
    resuming: boolean;
    lastRun: HarvestRun | null;
  }>;
}> {
  const peers = [];
  for (const p of ctx.config.national.peers.filter((x) => x.harvest)) {
    const state = await ctx.catalogue.portal.getState(p.id);
    const [lastRun] = await ctx.catalogue.portal.listRuns({ peerId: p.id, limit: 1 });
    peers.push({
      peer: p.id,
      name: p.name ?? null,
      records: await ctx.catalogue.portal.countRecords(p.id),
      lastFrom: state?.lastFrom ?? null,
      resuming: (state?.resumptionToken ?? null) !== null,
      lastRun: lastRun ?? null,
    });
  }
  return { peers };
}
