import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { AIP, packageFolderName, stateOf } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { integrityError, requestError, unavailableError } from '../errors.js';
import { objectKey, readInventoryAt } from '../storage/site-ocfl.js';
import { exportFileStem } from './export-file-name.js';
import { writeVerifiedZip, ZipSourceMismatch, type ZipEntrySource } from './zip-writer.js';

export interface ExportAipResult {
  object: string;
  fileCode: string;
  version: number;
  site: string;
  file: string;
  files: number;
  bytes: number;
}

/**
 * `duphong export aip CODE --out DIR`: the head version of a backup object, which is a TT05 AIP,
 * as `DIR/<file code>.zip` (the package folder inside keeps the OBJID name TT05 gives it). Streamed from one verified copy straight into the zip
 * (no temporary copy, memory flat); every file is re-hashed on the way and must match the
 * inventory, otherwise the next copy is tried and nothing half-written is left behind.
 */
export async function exportAip(
  ctx: Context,
  fileCode: string,
  outDir: string,
  onProgress?: (done: number, total: number) => void,
): Promise<ExportAipResult> {
  const object = await ctx.catalogue.getObjectByFileCode(fileCode.normalize('NFC').trim());
  if (!object || object.head === 0)
    throw requestError('DP-FILE-UNKNOWN', `Hồ sơ "${fileCode}" chưa có bản sao dự phòng.`, `File "${fileCode}" has no backup copy.`);
  const copies = (await ctx.catalogue.listCopies(object.id)).filter((c) => c.status === 'ok' && c.version === object.head);
  const key = objectKey(object.id, ctx.hasher);
  const folder = packageFolderName(object.id);
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, `${exportFileStem(object.fileCode)}.zip`);
  const problems: string[] = [];
  for (const copy of copies) {
    const site = ctx.sites.get(copy.site);
    if (!site) continue;
    const read = await readInventoryAt(site.store, `${key}/inventory.json`, ctx.hasher).catch(() => undefined);
    if (!read?.inventory || !read.sidecarOk || read.inventory.head !== `v${object.head}`) {
      problems.push(`${copy.site}: inventory không đọc được hoặc không khớp`);
      continue;
    }
    const state = stateOf(read.inventory, read.inventory.head);
    if (!state.has(AIP.mets))
      throw requestError(
        'DP-EXPORT-LEGACY',
        `Bản sao của "${fileCode}" còn ở định dạng cũ (trước TT05); chạy "duphong aip upgrade ${fileCode}" trước.`,
        `The copy of "${fileCode}" is in the pre-TT05 layout; run "duphong aip upgrade ${fileCode}" first.`,
      );
    const entries: ZipEntrySource[] = [...state]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, entry]) => ({ path: `${folder}/${path}`, store: site.store, key: `${key}/${entry.contentPath}`, sha256: entry.digest }));
    try {
      const mtime = new Date(read.inventory.versions[read.inventory.head]!.created);
      const { files, bytes } = await writeVerifiedZip(entries, target, { hasher: ctx.hasher, mtime, ...(onProgress && { onProgress }) });
      return { object: object.id, fileCode: object.fileCode, version: object.head, site: copy.site, file: target, files, bytes };
    } catch (error) {
      if (!(error instanceof ZipSourceMismatch)) throw error;
      problems.push(`${copy.site}: ${error.message}`);
      ctx.log.warn('export: copy failed verification, trying the next', { site: copy.site, error: error.message });
    }
  }
  if (problems.length === 0)
    throw unavailableError(
      'DP-NO-GOOD-COPY',
      `Không có bản sao tốt nào của "${fileCode}" đang trực tuyến.`,
      `No good copy of "${fileCode}" is online.`,
    );
  throw integrityError(
    'DP-EXPORT-DAMAGED',
    `Không xuất được gói: mọi bản sao đều sai lệch (${problems.join('; ')}). Hãy chạy "duphong audit".`,
    `Cannot export: every copy failed verification (${problems.join('; ')}). Run "duphong audit".`,
  );
}
