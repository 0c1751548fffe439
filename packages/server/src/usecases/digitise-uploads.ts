import { randomBytes } from 'node:crypto';
import { link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { completeUpload, deleteUpload, uploadDataPath } from './uploads.js';
import { batchFolder, receiveScans, type ReceiveResult } from './digitise-receive.js';
import { requireBatch } from './digitise-batches.js';
import { requireRight } from './selection-access.js';

/**
 * Scans uploaded through the web (tus, one upload per scan) received into a batch: each finished
 * upload is moved under its checked name into a scratch folder of the batch, then received like a
 * scanning station's folder. The uploads are consumed only once their scans are in the batch.
 */
export async function receiveUploads(
  ctx: Context,
  principal: Principal | undefined,
  owner: string,
  batchId: string,
  uploadIds: string[],
): Promise<ReceiveResult> {
  requireRight(principal, 'digitise');
  await requireBatch(ctx, principal, batchId);
  if (uploadIds.length === 0) throw requestError('DP-INTAKE-EMPTY', 'Chưa chọn bản quét nào.', 'No scan chosen.');
  const uploads = [];
  for (const id of uploadIds) uploads.push(await completeUpload(ctx, owner, id));
  const names = new Set<string>();
  for (const u of uploads) {
    const key = u.filename.toLowerCase();
    if (names.has(key))
      throw requestError('DP-INTAKE-DUPLICATE-NAME', `Hai bản quét cùng tên "${u.filename}".`, `Two scans named "${u.filename}".`);
    names.add(key);
  }
  const scratch = join(batchFolder(ctx, batchId), `tai-len-${randomBytes(8).toString('hex')}`);
  await mkdir(scratch, { recursive: true });
  try {
    // Hard links: a refused receive leaves every upload as it was, to try again.
    for (const u of uploads) await link(uploadDataPath(ctx, u.id), join(scratch, u.filename));
    const result = await receiveScans(ctx, principal, batchId, scratch);
    for (const u of uploads) await deleteUpload(ctx, owner, u.id);
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
