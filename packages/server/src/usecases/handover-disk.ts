import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandoverManifest, HandoverReceipt, SignedEnvelope } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { DuphongError, notFoundError, requestError } from '../errors.js';
import { finishHandover, receiveHandoverItem, receiveManifest } from './handover-receive.js';
import { recordReceipt } from './handover-send.js';

/*
 * The air-gapped handover (decision 0028): the same receiving steps as over HTTP, reading the
 * folder `duphong handover create … --out DIR` wrote (manifest.json + <n>.tar); the signed receipt
 * is written back as DIR/receipt.json for the sender's `duphong handover receipt FILE`.
 */

async function readJson(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => {
    throw requestError('DP-HANDOVER-DISK-MISSING', `Không đọc được ${path}.`, `Cannot read ${path}.`);
  });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw requestError('DP-HANDOVER-MANIFEST-INVALID', `${path} không phải JSON.`, `${path} is not JSON.`);
  }
}

export async function receiveHandoverFromDisk(
  ctx: Context,
  dir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<{ handover: string; objects: number; received: number; skipped: number; accepted: number; refused: number; receipt: string }> {
  const value = await readJson(join(dir, 'manifest.json'));
  const answer = await receiveManifest(ctx, value);
  const manifest = (value as SignedEnvelope<HandoverManifest>).payload;
  let received = 0;
  for (const [k, n] of answer.missing.entries()) {
    try {
      await receiveHandoverItem(ctx, answer.handover, n, createReadStream(join(dir, `${n}.tar`)));
    } catch (error) {
      // Refusals are recorded on the item and listed by the receipt; anything else is a fault.
      if (!(error instanceof DuphongError) || error.kind === 'unavailable') throw error;
    }
    received++;
    onProgress?.(k + 1, answer.missing.length);
  }
  const receipt = await finishHandover(ctx, answer.handover);
  const path = join(dir, 'receipt.json');
  await writeFile(path, `${JSON.stringify(receipt, null, 2)}\n`);
  return {
    handover: answer.handover,
    objects: manifest.items.length,
    received,
    skipped: answer.held.length,
    accepted: receipt.payload.accepted.length,
    refused: receipt.payload.refused.length,
    receipt: path,
  };
}

/** `duphong handover receipt FILE`: the receiver's signed receipt from a disk, recorded like one over HTTP. */
export async function importHandoverReceipt(
  ctx: Context,
  file: string,
): Promise<{ handover: string; accepted: number; refused: number; missing: number }> {
  const value = await readJson(file);
  const id = (value as SignedEnvelope<HandoverReceipt>)?.payload?.handover;
  const record = typeof id === 'string' ? await ctx.catalogue.handovers.get(id) : undefined;
  if (!record || record.direction !== 'out')
    throw notFoundError(
      'DP-HANDOVER-UNKNOWN',
      `Biên nhận nói về bàn giao ${String(id)} không do hệ thống này gửi.`,
      `The receipt names handover ${String(id)}, not sent by this instance.`,
    );
  const { receipt } = await recordReceipt(ctx, record, value);
  return { handover: record.id, accepted: receipt.accepted.length, refused: receipt.refused.length, missing: receipt.missing.length };
}
