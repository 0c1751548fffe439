import { randomBytes } from 'node:crypto';
import { link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { inScope, isoVietnam, type ImportFinding, type Principal } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { notFoundError, requestError } from '../errors.js';
import { importCatalog } from '../catalog-import/import-catalog.js';
import type { ImportResult } from '../catalog-import/import-state.js';
import { DEFAULT_MAX_BYTES } from '../catalog-import/sheet-source.js';
import { completeUpload, deleteUpload, uploadDataPath } from './uploads.js';

/*
 * `duphong catalog import` for the browser: the mục lục arrives as a (tus) upload, a dry run shows
 * the findings per row and column, a confirmation imports it. The same use case as the CLI does the
 * work (catalog-import/import-catalog.ts); here only the upload, the unit scope and the grouping.
 */

export interface CatalogueImportRequest {
  owner: string;
  principal?: Principal;
  upload: string;
  dryRun: boolean;
  fondsCode?: string;
  unitId?: string;
  allowPartial?: boolean;
}

/** Findings of one code in one column: a sheet with 144 identical warnings reads as one line with its rows. */
export interface FindingGroup {
  code: string;
  severity: ImportFinding['severity'];
  column: string;
  field?: string;
  message: string;
  rows: number[];
  values: string[];
}

export function groupFindings(findings: readonly ImportFinding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = `${f.code}\u0000${f.sheet ?? ''}\u0000${f.column}`;
    let g = groups.get(key);
    if (!g) {
      g = {
        code: f.code,
        severity: f.severity,
        column: f.column,
        ...(f.field && { field: f.field }),
        message: f.message,
        rows: [],
        values: [],
      };
      groups.set(key, g);
    }
    g.rows.push(f.row);
    if (f.value !== '' && g.values.length < 5 && !g.values.includes(f.value)) g.values.push(f.value);
  }
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...groups.values()].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.code.localeCompare(b.code) || a.column.localeCompare(b.column),
  );
}

export async function importCatalogueUpload(
  ctx: Context,
  request: CatalogueImportRequest,
): Promise<{ result: ImportResult; groups: FindingGroup[] }> {
  const { principal } = request;
  if (principal && principal.units !== 'all') {
    if (request.unitId === undefined)
      throw requestError('DP-IMPORT-UNIT-REQUIRED', 'Hãy chọn đơn vị mà mục lục thuộc về.', 'Choose the unit the catalogue belongs to.');
    if (!inScope(principal, request.unitId))
      throw notFoundError('DP-UNIT-UNKNOWN', `Không có đơn vị "${request.unitId}".`, `No unit "${request.unitId}".`);
  }
  const upload = await completeUpload(ctx, request.owner, request.upload);
  if (upload.length > DEFAULT_MAX_BYTES)
    throw requestError(
      'DP-IMPORT-TOO-BIG',
      `Tệp mục lục nặng ${(upload.length / 1e6).toFixed(1)} MB, quá giới hạn ${(DEFAULT_MAX_BYTES / 1e6).toFixed(0)} MB.`,
      `The catalogue file is ${(upload.length / 1e6).toFixed(1)} MB, over the ${(DEFAULT_MAX_BYTES / 1e6).toFixed(0)} MB limit.`,
    );
  // The reader picks the format by the name's extension: the upload is linked under its own name.
  const scratch = join(ctx.home, 'imports', randomBytes(8).toString('hex'));
  await mkdir(scratch, { recursive: true });
  try {
    const path = join(scratch, upload.filename);
    await link(uploadDataPath(ctx, upload.id), path);
    const result = await importCatalog(ctx.catalogue, path, {
      ...(request.fondsCode !== undefined && { fondsCode: request.fondsCode.normalize('NFC') }),
      ...(request.unitId !== undefined && { unitId: request.unitId }),
      dryRun: request.dryRun,
      allowPartial: request.allowPartial === true,
      // A user of some units changes only their records (hostile tests: a sheet naming another
      // unit's fonds or file codes would otherwise re-attach, rewrite and re-level them).
      ...(principal && principal.units !== 'all' && { mayChange: (unitId: string | null) => inScope(principal, unitId) }),
      now: isoVietnam(ctx.clock.now()),
    });
    // A dry run keeps the upload for the confirmation; an import that wrote is done with it.
    if (result.written) await deleteUpload(ctx, request.owner, upload.id);
    return { result, groups: groupFindings(result.findings) };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
