import { randomBytes } from 'node:crypto';
import { link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { accessError } from '../errors.js';
import { completeUpload, deleteUpload, uploadDataPath } from './uploads.js';
import { importPlans, type PlanImportResult } from './plan-import.js';

/*
 * `duphong plan import` for the browser: the table arrives as a (tus) upload; a dry run shows the
 * findings by row and column, a confirmation imports it. The received table names ministries and
 * provinces, so only a national-level account (all units) may import one.
 */
export async function importPlansUpload(
  ctx: Context,
  request: { owner: string; principal?: Principal; upload: string; dryRun: boolean; partial?: boolean },
): Promise<PlanImportResult> {
  const { principal } = request;
  if (principal && principal.units !== 'all')
    throw accessError(
      'forbidden',
      'DP-OUT-OF-SCOPE',
      'Bảng tổng hợp kế hoạch, báo cáo của các bộ, tỉnh chỉ được nhập bởi tài khoản cấp trung ương.',
      'Only a national-level account may import the table of ministries’ and provinces’ plans and reports.',
    );
  const upload = await completeUpload(ctx, request.owner, request.upload);
  // The reader picks the format by the name's extension: the upload is linked under its own name.
  const scratch = join(ctx.home, 'imports', randomBytes(8).toString('hex'));
  await mkdir(scratch, { recursive: true });
  try {
    const path = join(scratch, upload.filename);
    await link(uploadDataPath(ctx, upload.id), path);
    const result = await importPlans(ctx, principal, path, {
      dryRun: request.dryRun,
      partial: request.partial === true,
      ...(principal && { by: principal.username }),
    });
    if (result.written) await deleteUpload(ctx, request.owner, upload.id);
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
