import { CODE_LIST_DRIFT_FORMAT, checkSync, isoVietnam } from '@duphong/core';
import type { CodeListDigestRef, CodeListDriftRecord, CodeListDriftReport, SignedEnvelope } from '@duphong/core';
import { integrityError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { callPeer, upstreamPeer } from './codelist-bundle.js';
import { verifyFromPeer } from './verify-signed.js';

/*
 * Drift (decision 0029): a subordinate signs the newest digest of each of its lists and sends it to
 * its upstream after each pull and on demand; the centre compares it with its own lists on arrival
 * and keeps the newest report per peer, so it can say which peers differ without asking them.
 */

async function newestDigests(ctx: Context): Promise<CodeListDigestRef[]> {
  return (await ctx.catalogue.codeLists.listCodeLists()).flatMap((s) =>
    s.latest ? [{ listId: s.list.id, version: s.latest.version, digest: s.latest.digest }] : [],
  );
}

/** This instance's signed drift report (for its upstream). */
export async function buildCodeListDrift(ctx: Context): Promise<SignedEnvelope<CodeListDriftReport>> {
  const upstream = ctx.config.national.upstream;
  const report: CodeListDriftReport = {
    format: CODE_LIST_DRIFT_FORMAT,
    instanceId: ctx.identity.instanceId,
    sequence: upstream === undefined ? null : await ctx.catalogue.codeListSync.lastSequence(upstream),
    lists: await newestDigests(ctx),
  };
  return ctx.identity.sign('duphong/codelist-drift/1', report);
}

/** Send the drift report to the upstream; returns the upstream's comparison. */
export async function sendCodeListDrift(ctx: Context): Promise<CodeListDriftRecord> {
  const peer = upstreamPeer(ctx);
  return (await callPeer(peer, '/api/code-lists/drift', { method: 'POST', body: await buildCodeListDrift(ctx) })) as CodeListDriftRecord;
}

/** At the centre: verify a peer's report, compare it with the lists here, keep it unless a later one is stored. */
export async function receiveCodeListDrift(ctx: Context, value: unknown): Promise<CodeListDriftRecord & { stored: boolean }> {
  const { peer, envelope } = verifyFromPeer<CodeListDriftReport>(ctx.verifier, ctx.config.national, value, 'duphong/codelist-drift/1');
  const report = envelope.payload;
  if (typeof report !== 'object' || report === null || report.instanceId !== peer.id || !Array.isArray(report.lists))
    throw integrityError(
      'DP-CODELIST-DRIFT-MALFORMED',
      `Báo cáo lệch danh mục của "${peer.id}" sai dạng hoặc nêu hệ thống khác.`,
      `The drift report of "${peer.id}" is malformed or names another instance.`,
    );
  // The centre compares against what it publishes: the peer's lists are the "local" side.
  const comparison = checkSync(report.lists, await newestDigests(ctx));
  const record: CodeListDriftRecord = {
    peerId: peer.id,
    receivedAt: isoVietnam(ctx.clock.now()),
    signedAt: envelope.signature.signedAt,
    sequence: report.sequence ?? null,
    lists: report.lists,
    inSync: comparison.inSync,
    findings: comparison.findings,
  };
  const stored = await ctx.catalogue.codeListSync.putDrift(record);
  return { ...record, stored };
}

export interface DriftOverview {
  peers: Array<{ peerId: string; name: string; status: 'in-sync' | 'differs' | 'never-reported'; report: CodeListDriftRecord | null }>;
}

/** Every configured peer with its newest report: which ones differ from the centre, which never reported. */
export async function codeListDriftOverview(ctx: Context): Promise<DriftOverview> {
  // Compared again now: the centre may have published since a report arrived.
  const mine = await newestDigests(ctx);
  const reports = new Map(
    (await ctx.catalogue.codeListSync.listDrift()).map((r) => {
      const now = checkSync(r.lists, mine);
      return [r.peerId, { ...r, inSync: now.inSync, findings: now.findings }];
    }),
  );
  const ids = [...new Set([...ctx.config.national.peers.map((p) => p.id), ...reports.keys()])].sort();
  return {
    peers: ids.map((id) => {
      const report = reports.get(id) ?? null;
      const name = ctx.config.national.peers.find((p) => p.id === id)?.name ?? id;
      return { peerId: id, name, status: report === null ? 'never-reported' : report.inSync ? 'in-sync' : 'differs', report };
    }),
  };
}
