import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  canonicalText,
  isoVietnam,
  manifestProblems,
  utf8,
  type HandoverItemRecord,
  type HandoverManifest,
  type HandoverReceipt,
  type HandoverReceiptItem,
  type SignedEnvelope,
} from '@duphong/core';
import type { Context } from '../ports/context.js';
import { faultPoint } from '../storage/fault-point.js';
import type { ItemOutcome, ManifestAnswer } from '../ports/handover-peer.js';
import { conflictError, DuphongError, integrityError, notFoundError, requestError } from '../errors.js';
import { verifyFromPeer } from './verify-signed.js';
import { openHandoverBag } from './handover-bags.js';
import { ingestReceived } from './handover-ingest.js';
import { event } from './version-events.js';

/*
 * The receiving side of a handover (decision 0028). The signed manifest comes first and fixes
 * every byte that may follow; each bag is then checked against it (size while streaming, SHA-256,
 * the bag's own manifests) and ingested through the folder ingest — the same write protocol as
 * every other backup copy (journal, stage, verify on every site, commit). The receipt, signed at
 * the end, lists what was accepted (with this instance's object ids), refused (with the finding)
 * and is still missing. Everything is idempotent: a manifest sent again answers with the state,
 * an item already accepted is never ingested twice.
 */

const sha256Hex = (ctx: Context, text: string): string => {
  const h = ctx.hasher.create('sha256');
  h.update(utf8(text));
  return h.digest();
};

function answerOf(id: string, items: HandoverItemRecord[]): ManifestAnswer {
  return {
    handover: id,
    held: items.filter((i) => i.state === 'accepted').map((i) => ({ n: i.n, object: i.remoteObject })),
    missing: items.filter((i) => i.state !== 'accepted').map((i) => i.n),
  };
}

/** A signed manifest from a configured peer, addressed to this instance: recorded (once) and answered with what is held. */
export async function receiveManifest(ctx: Context, value: unknown): Promise<ManifestAnswer> {
  const { peer, envelope } = verifyFromPeer<HandoverManifest>(ctx.verifier, ctx.config.national, value, 'duphong/handover-manifest/1');
  const m = envelope.payload;
  if (m.sender !== peer.id || m.receiver !== ctx.identity.instanceId)
    throw integrityError(
      'DP-HANDOVER-NOT-FOR-US',
      `Bản kê bàn giao từ "${m.sender}" gửi "${m.receiver}", không phải hệ thống này ("${ctx.identity.instanceId}") hoặc người ký không phải bên gửi.`,
      `The handover manifest from "${m.sender}" is addressed to "${m.receiver}", not this instance ("${ctx.identity.instanceId}"), or its signer is not its sender.`,
    );
  const problems = manifestProblems(m);
  if (problems.length > 0)
    throw requestError(
      'DP-HANDOVER-MANIFEST-INVALID',
      `Bản kê bàn giao sai dạng: ${problems.slice(0, 10).join(', ')}.`,
      `The handover manifest is malformed: ${problems.slice(0, 10).join(', ')}.`,
    );
  const text = canonicalText(envelope);
  const digest = sha256Hex(ctx, text);
  const known = await ctx.catalogue.handovers.get(m.id);
  if (known) {
    // The same id with other content (or our own outgoing id) is a replay: never merged.
    if (known.direction !== 'in' || known.manifestSha256 !== digest || known.peer !== peer.id)
      throw conflictError(
        'DP-HANDOVER-REPLAY',
        `Bàn giao ${m.id} đã nhận với nội dung khác: bản kê bị phát lại hoặc bị sửa.`,
        `Handover ${m.id} was received before with other content: a replayed or altered manifest.`,
      );
    return answerOf(m.id, await ctx.catalogue.handovers.items(m.id));
  }
  const now = isoVietnam(ctx.clock.now());
  const items: HandoverItemRecord[] = [];
  for (const it of m.items) {
    const earlier = await ctx.catalogue.handovers.findAccepted(peer.id, it.objectId, it.version);
    items.push({
      handoverId: m.id,
      n: it.n,
      fileCode: it.fileCode,
      objectId: it.objectId,
      version: it.version,
      sha256: it.sha256,
      size: it.size,
      state: earlier ? 'accepted' : 'pending',
      remoteObject: earlier?.remoteObject ?? null,
      findingCode: null,
      updatedAt: now,
    });
  }
  await ctx.catalogue.handovers.create(
    {
      id: m.id,
      direction: 'in',
      peer: peer.id,
      scopeKind: m.scope.kind,
      scopeCode: m.scope.code,
      manifest: text,
      manifestSha256: digest,
      status: 'open',
      receipt: null,
      createdAt: now,
      updatedAt: now,
    },
    items,
  );
  ctx.log.info('handover: manifest received', { handover: m.id, sender: peer.id, items: items.length });
  return answerOf(m.id, items);
}

/*
 * The parsed manifest of the handover being received, per context. A stored manifest never changes
 * (the same id with other bytes is refused as a replay), and re-parsing a manifest of thousands of
 * items for each of its thousands of bags made receiving quadratic.
 */
const parsedManifests = new WeakMap<Context, { sha256: string; manifest: HandoverManifest }>();

async function incoming(ctx: Context, id: string) {
  const record = await ctx.catalogue.handovers.get(id);
  if (!record || record.direction !== 'in')
    throw notFoundError('DP-HANDOVER-UNKNOWN', `Không có bàn giao đến mã ${id}.`, `No incoming handover ${id}.`);
  const cached = parsedManifests.get(ctx);
  if (cached?.sha256 === record.manifestSha256) return { record, manifest: cached.manifest };
  const manifest = (JSON.parse(record.manifest) as SignedEnvelope<HandoverManifest>).payload;
  parsedManifests.set(ctx, { sha256: record.manifestSha256, manifest });
  return { record, manifest };
}

/** Write `body` to `target`, refusing more than `limit` bytes; returns size and SHA-256. */
async function receiveBytes(ctx: Context, body: AsyncIterable<Uint8Array>, target: string, limit: number) {
  const hash = ctx.hasher.create('sha256');
  let size = 0;
  const out = createWriteStream(target);
  try {
    for await (const chunk of body) {
      size += chunk.byteLength;
      if (size > limit) break;
      hash.update(chunk);
      if (!out.write(chunk)) await new Promise<void>((r) => out.once('drain', () => r()));
    }
  } finally {
    await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
  }
  return { size, sha256: hash.digest() };
}

/**
 * Item `n` of handover `id`: its bytes streamed to HOME/handovers/in/<id>/ (never more than the
 * manifest's size), checked, unpacked, and ingested. A refusal is recorded on the item (the
 * sender may send it again) and thrown; an item already accepted answers at once.
 */
export async function receiveHandoverItem(ctx: Context, id: string, n: number, body: AsyncIterable<Uint8Array>): Promise<ItemOutcome> {
  // One writer per item: a second PUT of the same bag while the first is ingesting is refused (DP-LOCKED, retry).
  return ctx.locks.hold(`ban-giao:${id}:${n}`, 'handover-receive', () => receiveItemLocked(ctx, id, n, body));
}

async function receiveItemLocked(ctx: Context, id: string, n: number, body: AsyncIterable<Uint8Array>): Promise<ItemOutcome> {
  const { record, manifest } = await incoming(ctx, id);
  // Items are numbered 1…N in order (manifestProblems checks it), so item n sits at index n - 1.
  const item = manifest.items[n - 1]?.n === n ? manifest.items[n - 1] : undefined;
  if (!item) throw notFoundError('DP-HANDOVER-ITEM-UNKNOWN', `Bàn giao ${id} không có mục số ${n}.`, `Handover ${id} has no item ${n}.`);
  const state = await ctx.catalogue.handovers.item(id, n);
  if (state?.state === 'accepted') {
    for await (const _ of body); // drained: the sender's request completes normally
    return { n, state: 'accepted', ...(state.remoteObject && { object: state.remoteObject }) };
  }
  const dir = join(ctx.home, 'handovers', 'in', id);
  await mkdir(dir, { recursive: true });
  const tarPath = join(dir, `${n}.tar`);
  const work = join(dir, `${n}.work`);
  const refuse = async (error: DuphongError): Promise<never> => {
    await ctx.catalogue.handovers.setItem(id, n, { state: 'refused', findingCode: error.code, updatedAt: isoVietnam(ctx.clock.now()) });
    ctx.log.warn('handover: item refused', { handover: id, n, code: error.code });
    throw error;
  };
  try {
    const started = performance.now();
    const got = await receiveBytes(ctx, body, `${tarPath}.part`, item.size);
    const received = performance.now();
    if (got.size !== item.size)
      return await refuse(
        integrityError(
          'DP-HANDOVER-SIZE',
          `Mục ${n} (${item.fileCode}): nhận ${got.size > item.size ? 'hơn' : got.size} byte, bản kê ghi ${item.size}.`,
          `Item ${n} (${item.fileCode}): received ${got.size > item.size ? 'more than' : got.size} bytes, the manifest says ${item.size}.`,
        ),
      );
    if (got.sha256 !== item.sha256)
      return await refuse(
        integrityError(
          'DP-HANDOVER-DIGEST',
          `Mục ${n} (${item.fileCode}): SHA-256 ${got.sha256} khác bản kê đã ký (${item.sha256}).`,
          `Item ${n} (${item.fileCode}): SHA-256 ${got.sha256} differs from the signed manifest (${item.sha256}).`,
        ),
      );
    // No fsync: the received tar is scratch. What must survive a crash is the ingested copy (its
    // own protocol syncs every site); a bag lost with the machine is simply sent again.
    await rename(`${tarPath}.part`, tarPath);
    let opened;
    try {
      opened = await openHandoverBag(tarPath, work);
    } catch (error) {
      if (error instanceof DuphongError) return await refuse(error);
      throw error;
    }
    const unpacked = performance.now();
    const result = await ingestReceived(ctx, record.peer, manifest, item, opened).catch(async (error: unknown) =>
      error instanceof DuphongError
        ? refuse(
            integrityError(
              'DP-HANDOVER-INGEST-REFUSED',
              `Mục ${n} (${item.fileCode}) không tiếp nhận được: ${error.code} ${error.vi}`,
              `Item ${n} (${item.fileCode}) could not be ingested: ${error.code} ${error.en}`,
              { ...(error.findings && { findings: error.findings }) },
            ),
          )
        : Promise.reject(error),
    );
    const now = isoVietnam(ctx.clock.now());
    await ctx.catalogue.addEvent(
      event(
        result.object,
        'transfer',
        now,
        `Nhận bàn giao ${id} từ "${record.peer}" (mục ${n}, đối tượng ${item.objectId} v${item.version}, túi SHA-256 ${item.sha256})`,
      ),
    );
    await ctx.catalogue.handovers.setItem(id, n, { state: 'accepted', remoteObject: result.object, findingCode: null, updatedAt: now });
    // Test-only: the three-region test kills the receiver here, mid-handover, before it answers.
    faultPoint('handover:item-accepted');
    // Where the time goes, per item (the bench reads it): receive+hash, unpack+bag validation, ingest.
    ctx.log.info('handover: item accepted', {
      handover: id,
      n,
      object: result.object,
      ms: {
        receive: Math.round(received - started),
        unpack: Math.round(unpacked - received),
        ingest: Math.round(performance.now() - unpacked),
      },
    });
    return { n, state: 'accepted', object: result.object };
  } finally {
    await rm(work, { recursive: true, force: true });
    await rm(`${tarPath}.part`, { force: true });
    await rm(tarPath, { force: true });
  }
}

/** The signed receipt of handover `id` as it stands: accepted, refused (with findings), missing. */
export async function finishHandover(ctx: Context, id: string): Promise<SignedEnvelope<HandoverReceipt>> {
  const { record, manifest } = await incoming(ctx, id);
  const items = await ctx.catalogue.handovers.items(id);
  const at = isoVietnam(ctx.clock.now());
  const accepted: HandoverReceiptItem[] = [];
  const refused: HandoverReceiptItem[] = [];
  const missing: number[] = [];
  const versions = new Map<string, number>();
  for (const i of items) {
    if (i.state === 'accepted' && i.remoteObject) {
      const version = versions.get(i.remoteObject) ?? (await ctx.catalogue.getObject(i.remoteObject))?.head ?? 0;
      versions.set(i.remoteObject, version);
      accepted.push({ n: i.n, fileCode: i.fileCode, object: i.remoteObject, version });
    } else if (i.state === 'refused') refused.push({ n: i.n, fileCode: i.fileCode, code: i.findingCode ?? 'DP-HANDOVER-REFUSED' });
    else missing.push(i.n);
  }
  const receipt: HandoverReceipt = {
    handover: id,
    sender: manifest.sender,
    receiver: manifest.receiver,
    manifestSha256: record.manifestSha256,
    at,
    accepted,
    refused,
    missing,
  };
  const signed = ctx.identity.sign('duphong/handover-receipt/1', receipt);
  await ctx.catalogue.handovers.update(id, {
    status: accepted.length === items.length ? 'complete' : 'incomplete',
    receipt: canonicalText(signed),
    updatedAt: at,
  });
  return signed;
}
