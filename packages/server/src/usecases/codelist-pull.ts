import { randomUUID } from 'node:crypto';
import { BUNDLE_FINDING_CODES as B, checkBundle, isoVietnam, planBundleApply } from '@duphong/core';
import type { CodeListBundle, CodeListPull, CodeListVersion, Finding } from '@duphong/core';
import type { PeerConfig } from '../config/national-config.js';
import { classify, integrityError, type DuphongError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { callPeer, upstreamPeer } from './codelist-bundle.js';
import { sendCodeListDrift } from './codelist-drift.js';
import { verifyFromPeer } from './verify-signed.js';

/*
 * Pulling shared code lists from the upstream (decision 0029): fetch (or read, air-gapped) its signed
 * bundle, verify the signature against the configured keys, check every digest, refuse a bundle
 * older than one applied (replayed or reordered), then insert the missing versions and mark the
 * lists shared — all in ONE transaction, so a refusal or a crash leaves the lists as they were.
 * Every attempt is recorded; after a good pull the drift report goes up.
 */

export interface PullResult {
  upstream: string;
  outcome: 'applied' | 'unchanged';
  sequence: number;
  /** Versions inserted, e.g. `mode` v2. */
  applied: Array<{ listId: string; version: number; digest: string }>;
  /** Whether the drift report reached the upstream (a failure there does not undo the pull). */
  drift: { sent: boolean; error?: string };
}

export async function pullCodeLists(ctx: Context, options: { bundle?: unknown } = {}): Promise<PullResult> {
  const peer = upstreamPeer(ctx);
  let sequence: number | null = null;
  try {
    const raw = options.bundle ?? (await callPeer(peer, '/api/code-lists/bundle'));
    const bundle = verifiedBundle(ctx, peer, raw);
    sequence = bundle.sequence;
    const result = await applyBundle(ctx, peer, bundle);
    const drift = await sendCodeListDrift(ctx).then(
      () => ({ sent: true }),
      (error: unknown) => ({ sent: false, error: classify(error).vi }),
    );
    return { ...result, drift };
  } catch (error) {
    const c = classify(error);
    const outcome = c.exit === 4 ? 'failed' : 'refused';
    ctx.log.warn('code-list pull not applied', { upstream: peer.id, outcome, code: c.code, error: c.vi });
    await record(ctx, peer, { outcome, sequence, applied: 0, code: c.code, message: c.vi });
    throw error;
  }
}

function verifiedBundle(ctx: Context, peer: PeerConfig, raw: unknown): CodeListBundle {
  const { envelope } = verifyFromPeer<CodeListBundle>(ctx.verifier, ctx.config.national, raw, 'duphong/codelist-bundle/1');
  if (envelope.signature.signer !== peer.id)
    throw integrityError(
      'DP-CODELIST-NOT-UPSTREAM',
      `Gói danh mục do "${envelope.signature.signer}" ký, không phải hệ thống cấp trên "${peer.id}": không áp dụng.`,
      `The bundle is signed by "${envelope.signature.signer}", not the upstream "${peer.id}": not applied.`,
    );
  const bundle = envelope.payload;
  if (typeof bundle !== 'object' || bundle === null || !Array.isArray(bundle.lists) || !Number.isInteger(bundle.sequence))
    throw integrityError(B.malformed, 'Gói danh mục sai dạng.', 'The code-list bundle is malformed.');
  const findings = checkBundle(ctx.hasher, bundle);
  if (findings.length > 0) throw refusal(findings);
  return bundle;
}

function refusal(findings: Finding[]): DuphongError {
  const text = findings.map((f) => f.message).join(' ');
  return integrityError(findings[0]!.code, text, text, { findings });
}

async function applyBundle(ctx: Context, peer: PeerConfig, bundle: CodeListBundle): Promise<Omit<PullResult, 'drift'>> {
  const now = isoVietnam(ctx.clock.now());
  return ctx.catalogue.transaction(async (tx) => {
    const last = await tx.codeListSync.lastSequence(peer.id);
    if (last !== null && bundle.sequence < last)
      throw integrityError(
        B.replay,
        `Gói danh mục số ${bundle.sequence} cũ hơn gói số ${last} đã áp dụng: gói bị gửi lại hoặc sai thứ tự, không áp dụng.`,
        `Bundle ${bundle.sequence} is older than bundle ${last} already applied: replayed or reordered, not applied.`,
      );
    const local = new Map<string, CodeListVersion[]>();
    for (const entry of bundle.lists) local.set(entry.list.id, await tx.codeLists.history(entry.list.id));
    const plan = planBundleApply(local, bundle);
    if (plan.conflicts.length > 0) throw refusal(plan.conflicts);
    const origins = new Map((await tx.codeListSync.origins()).map((o) => [o.listId, o]));
    for (const list of plan.lists) {
      await tx.codeLists.putCodeList(list);
      if (origins.get(list.id)?.sequence !== bundle.sequence)
        await tx.codeListSync.setOrigin({
          listId: list.id,
          origin: peer.id,
          originName: peer.name ?? peer.id,
          sequence: bundle.sequence,
          updatedAt: now,
        });
    }
    for (const v of plan.versions) {
      await tx.codeLists.putVersion(v);
      await tx.codeListSync.appendEvent({
        at: now,
        kind: 'codelist.version',
        subject: v.listId,
        detail: {
          listId: v.listId,
          version: v.version,
          validFrom: v.validFrom,
          digest: v.digest,
          origin: peer.id,
          originName: peer.name ?? peer.id,
        },
      });
    }
    // A bundle equal to the last applied one changes nothing: recorded as such, not an error (the schedule pulls it every time).
    const outcome = plan.versions.length > 0 || last === null || bundle.sequence > last ? 'applied' : 'unchanged';
    await record({ ...ctx, catalogue: tx }, peer, {
      outcome,
      sequence: bundle.sequence,
      applied: plan.versions.length,
      code: null,
      message: null,
    });
    return {
      upstream: peer.id,
      outcome,
      sequence: bundle.sequence,
      applied: plan.versions.map((v) => ({ listId: v.listId, version: v.version, digest: v.digest })),
    };
  });
}

async function record(ctx: Context, peer: PeerConfig, pull: Omit<CodeListPull, 'id' | 'upstream' | 'at'>): Promise<void> {
  await ctx.catalogue.codeListSync.recordPull({ id: randomUUID(), upstream: peer.id, at: isoVietnam(ctx.clock.now()), ...pull });
}
