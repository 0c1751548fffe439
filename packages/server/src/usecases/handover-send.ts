import { randomUUID } from 'node:crypto';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  canonicalText,
  isoVietnam,
  utf8,
  type FondsKind,
  type HandoverItemRecord,
  type HandoverManifest,
  type HandoverManifestItem,
  type HandoverReceipt,
  type HandoverRecord,
  type SignedEnvelope,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { HandoverPeerClient } from '../ports/handover-peer.js';
import { DuphongError, integrityError, requestError } from '../errors.js';
import { peerById } from '../config/national-config.js';
import { verifyFromPeer } from './verify-signed.js';
import { makeHandoverBag } from './handover-bags.js';
import { selection, statisticsOf } from './handover-scope.js';
import { event } from './version-events.js';

/*
 * The sending side of a handover (decision 0028): the AIPs of one fonds / work / collection, each
 * as a bag whose digest the signed manifest names; the manifest goes first, the receiver says
 * what it holds, only the rest is sent, and only the receiver's SIGNED receipt moves an item to
 * `accepted` (and writes the PREMIS `transfer` event on it). Per-item state lives in the catalogue,
 * so a re-run after a crash or an unreachable receiver sends only what is missing.
 */

export interface HandoverScope {
  kind: FondsKind;
  code: string;
}

export interface HandoverSendResult {
  handover: string;
  objects: number;
  sent: number;
  skipped: number;
  accepted: number;
  refused: number;
  receipt: { signedBy: string; at: string } | null;
  refusals: Array<{ n: number; fileCode: string; code: string }>;
}

const sha256Hex = (ctx: Context, text: string): string => {
  const h = ctx.hasher.create('sha256');
  h.update(utf8(text));
  return h.digest();
};

const manifestOf = (record: HandoverRecord): SignedEnvelope<HandoverManifest> =>
  JSON.parse(record.manifest) as SignedEnvelope<HandoverManifest>;

/**
 * Build (or reuse) the outgoing handover of `scope` to `receiver`: an unfinished or finished one
 * whose objects and versions are still the scope's is reused (re-runs send only what is missing);
 * otherwise every bag is made in `bagDir(id)` and the manifest signed.
 */
export async function prepareHandover(
  ctx: Context,
  scope: HandoverScope,
  receiver: string,
  bagDir: (id: string) => string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ record: HandoverRecord; envelope: SignedEnvelope<HandoverManifest>; dir: string; reused: boolean }> {
  const { fonds, objects } = await selection(ctx, scope);
  const wanted = objects.map(({ object }) => `${object.id}@${object.head}`).join('|');
  for (const earlier of await ctx.catalogue.handovers.list({ direction: 'out' })) {
    if (earlier.peer !== receiver || earlier.scopeKind !== scope.kind || earlier.scopeCode !== fonds.code) continue;
    const envelope = manifestOf(earlier);
    const dir = bagDir(earlier.id);
    const bagsThere = await Promise.all(
      envelope.payload.items.map((i) =>
        stat(join(dir, `${i.n}.tar`)).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (
      envelope.payload.items.map((i) => `${i.objectId}@${i.version}`).join('|') === wanted &&
      (earlier.status === 'complete' || bagsThere.every(Boolean))
    )
      return { record: earlier, envelope, dir, reused: true };
    break; // only the newest handover of this scope is a candidate
  }
  const id = randomUUID();
  const dir = bagDir(id);
  await mkdir(dir, { recursive: true });
  const items: HandoverManifestItem[] = [];
  for (const [i, { file, object }] of objects.entries()) {
    const bag = await makeHandoverBag(ctx, file.code, join(dir, `${i + 1}.tar`), { sender: ctx.identity.instanceId, handover: id });
    items.push({
      n: i + 1,
      fileCode: file.code,
      title: file.title,
      objectId: bag.objectId,
      version: bag.version,
      sha256: bag.sha256,
      size: bag.size,
    });
    if (bag.version !== object.head)
      throw requestError(
        'DP-HANDOVER-CHANGED',
        `Hồ sơ ${file.code} đổi phiên bản trong lúc bàn giao; chạy lại.`,
        `File ${file.code} changed version during the handover; run again.`,
      );
    onProgress?.(i + 1, objects.length);
  }
  const now = isoVietnam(ctx.clock.now());
  const manifest: HandoverManifest = {
    id,
    sender: ctx.identity.instanceId,
    receiver,
    scope: { kind: fonds.kind, code: fonds.code, name: fonds.name },
    createdAt: now,
    statistics: await statisticsOf(ctx, fonds, objects),
    items,
  };
  const envelope = ctx.identity.sign('duphong/handover-manifest/1', manifest);
  const text = canonicalText(envelope);
  const record: HandoverRecord = {
    id,
    direction: 'out',
    peer: receiver,
    scopeKind: fonds.kind,
    scopeCode: fonds.code,
    manifest: text,
    manifestSha256: sha256Hex(ctx, text),
    status: 'open',
    receipt: null,
    createdAt: now,
    updatedAt: now,
  };
  const rows: HandoverItemRecord[] = items.map((it) => ({
    handoverId: id,
    n: it.n,
    fileCode: it.fileCode,
    objectId: it.objectId,
    version: it.version,
    sha256: it.sha256,
    size: it.size,
    state: 'pending',
    remoteObject: null,
    findingCode: null,
    updatedAt: now,
  }));
  await ctx.catalogue.handovers.create(record, rows);
  await writeFile(join(dir, 'manifest.json'), `${JSON.stringify(envelope, null, 2)}\n`);
  return { record, envelope, dir, reused: false };
}

/** The receiver configured in `national.peers`: its receipt must verify under its configured key. */
function receiverPeer(ctx: Context, id: string) {
  const peer = peerById(ctx.config.national, id);
  if (!peer)
    throw requestError(
      'DP-HANDOVER-PEER-UNKNOWN',
      `Hệ thống nhận "${id}" chưa được khai báo trong "national.peers" (cần khoá công khai của họ để kiểm tra biên nhận).`,
      `The receiving instance "${id}" is not in "national.peers" (its public key is needed to check the receipt).`,
    );
  return peer;
}

/**
 * Record a signed receipt: verified (signer = the receiver, this handover, this manifest), items
 * moved to accepted/refused, a PREMIS `transfer` event on each object newly accepted.
 */
export async function recordReceipt(
  ctx: Context,
  record: HandoverRecord,
  value: unknown,
): Promise<{ receipt: HandoverReceipt; signedAt: string; signer: string }> {
  const { envelope } = verifyFromPeer<HandoverReceipt>(ctx.verifier, ctx.config.national, value, 'duphong/handover-receipt/1');
  const r = envelope.payload;
  if (envelope.signature.signer !== record.peer || r.handover !== record.id || r.manifestSha256 !== record.manifestSha256)
    throw integrityError(
      'DP-HANDOVER-RECEIPT-MISMATCH',
      `Biên nhận không khớp bàn giao ${record.id} (người ký, mã bàn giao hoặc bản kê khác).`,
      `The receipt does not match handover ${record.id} (signer, handover id or manifest differ).`,
    );
  const before = new Map((await ctx.catalogue.handovers.items(record.id)).map((i) => [i.n, i]));
  const now = isoVietnam(ctx.clock.now());
  for (const a of r.accepted) {
    const item = before.get(a.n);
    if (!item || item.state === 'accepted') continue;
    await ctx.catalogue.handovers.setItem(record.id, a.n, {
      state: 'accepted',
      remoteObject: a.object ?? null,
      findingCode: null,
      updatedAt: now,
    });
    await ctx.catalogue.addEvent(
      event(
        item.objectId,
        'transfer',
        now,
        `Bàn giao ${record.id} cho "${record.peer}": đã nhận là ${a.object ?? '?'} v${a.version ?? '?'}; biên nhận ký bởi ${envelope.signature.signer} (khoá ${envelope.signature.keyId}) lúc ${envelope.signature.signedAt}`,
      ),
    );
  }
  for (const f of r.refused) {
    const item = before.get(f.n);
    if (item && item.state !== 'accepted')
      await ctx.catalogue.handovers.setItem(record.id, f.n, { state: 'refused', findingCode: f.code ?? null, updatedAt: now });
  }
  const complete = r.accepted.length === before.size;
  await ctx.catalogue.handovers.update(record.id, {
    status: complete ? 'complete' : 'incomplete',
    receipt: canonicalText(envelope),
    updatedAt: now,
  });
  return { receipt: r, signedAt: envelope.signature.signedAt, signer: envelope.signature.signer };
}

/** Bags in flight at once by default: the receiver's ingest waits mostly on fsync, so a few overlap well (bench/handover.mjs). */
export const HANDOVER_PARALLEL = 4;

/**
 * `duphong handover send`: manifest first, then the bags the receiver does not hold (`parallel`
 * at a time), then the signed receipt. An unreachable receiver stops the run (exit 4) with every
 * state kept: no new bag is started, the ones in flight finish or fail, and the error is thrown.
 */
export async function sendHandover(
  ctx: Context,
  scope: HandoverScope,
  peer: HandoverPeerClient,
  onProgress?: (phase: 'bag' | 'send', done: number, total: number) => void,
  parallel = HANDOVER_PARALLEL,
): Promise<HandoverSendResult> {
  const receiver = await peer.instanceId();
  receiverPeer(ctx, receiver);
  const { record, envelope, dir } = await prepareHandover(
    ctx,
    scope,
    receiver,
    (id) => join(ctx.home, 'handovers', 'out', id),
    (d, t) => onProgress?.('bag', d, t),
  );
  const answer = await peer.sendManifest(envelope);
  const held = new Set(answer.held.map((h) => h.n));
  const toSend = envelope.payload.items.filter((i) => !held.has(i.n));
  let sent = 0;
  let next = 0;
  let stopped: { error: unknown } | undefined;
  const worker = async (): Promise<void> => {
    while (!stopped && next < toSend.length) {
      const item = toSend[next++]!;
      try {
        await ctx.catalogue.handovers.setItem(record.id, item.n, { state: 'sent', updatedAt: isoVietnam(ctx.clock.now()) });
        try {
          await peer.sendItem(record.id, item.n, join(dir, `${item.n}.tar`), item.size);
        } catch (error) {
          // A refused item is recorded by the receipt; an unreachable receiver ends the run.
          if (!(error instanceof DuphongError) || error.kind === 'unavailable') throw error;
          ctx.log.warn('handover: item refused by the receiver', { handover: record.id, n: item.n, code: error.code });
        }
        sent++;
        onProgress?.('send', sent, toSend.length);
      } catch (error) {
        // Anything else stops every worker too: none may go on once the run has failed.
        stopped ??= { error };
      }
    }
  };
  const workers = Math.max(1, Math.min(Number.isSafeInteger(parallel) ? parallel : 1, toSend.length));
  await Promise.all(Array.from({ length: workers }, worker));
  if (stopped) throw stopped.error;
  const signed = await recordReceipt(ctx, record, await peer.finish(record.id));
  const items = await ctx.catalogue.handovers.items(record.id);
  // Complete: the bags are no longer needed (a re-run reuses the handover without them); the signed manifest stays.
  if (items.every((i) => i.state === 'accepted')) for (const i of items) await rm(join(dir, `${i.n}.tar`), { force: true });
  return {
    handover: record.id,
    objects: items.length,
    sent,
    skipped: held.size,
    accepted: items.filter((i) => i.state === 'accepted').length,
    refused: items.filter((i) => i.state === 'refused').length,
    receipt: { signedBy: signed.signer, at: signed.signedAt },
    refusals: items.filter((i) => i.state === 'refused').map((i) => ({ n: i.n, fileCode: i.fileCode, code: i.findingCode ?? '' })),
  };
}

/**
 * `duphong handover create … --to PEER --out DIR`: the manifest and every bag on a disk for an
 * air-gapped transfer (the receiver runs `duphong handover receive DIR`).
 */
export async function createHandoverOnDisk(
  ctx: Context,
  scope: HandoverScope,
  receiver: string,
  outDir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ handover: string; objects: number; bytes: number; dir: string }> {
  receiverPeer(ctx, receiver);
  const { record, envelope, dir } = await prepareHandover(ctx, scope, receiver, () => outDir, onProgress);
  return {
    handover: record.id,
    objects: envelope.payload.items.length,
    bytes: envelope.payload.items.reduce((a, i) => a + i.size, 0),
    dir,
  };
}
