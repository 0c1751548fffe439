import { AIP, stateOf } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { aipSchemaFiles } from '../aip/schema-files.js';
import { identifyStoredFile } from '../formats/file-format.js';
import { loadHeadState } from '../aip/head-state.js';
import { recoverJournal } from './recover.js';
import { objectKey } from '../storage/site-ocfl.js';
import { LEGACY_DATA_PREFIX } from '../storage/object-metadata.js';
import { event, writeObjectVersion, type IngestResult, type VersionSource } from './write-version.js';

/**
 * Turn an object written in the first layout (data/ + metadata/duphong/*.json) into a TT05 AIP by
 * adding a new OCFL version: the data keep their digests (OCFL deduplicates, nothing is copied or
 * rewritten), only METS/EAD/PREMIS/schemas are new. Objects already in the AIP layout are left alone.
 */
export async function upgradeObject(ctx: Context, fileCode: string): Promise<IngestResult & { upgraded: boolean }> {
  const object = await ctx.catalogue.getObjectByFileCode(fileCode);
  if (!object || object.head === 0)
    throw requestError('DP-FILE-UNKNOWN', `Hồ sơ "${fileCode}" chưa có bản sao dự phòng.`, `File "${fileCode}" has no backup copy.`);
  await aipSchemaFiles();
  return ctx.locks.hold(fileCode, 'aip-upgrade', async () => {
    await recoverJournal(ctx, { fileCode });
    const fresh = (await ctx.catalogue.getObject(object.id))!;
    const head = await loadHeadState(ctx, fresh.id, fresh.head);
    const state = stateOf(head.inventory, head.inventory.head);
    const copies = await ctx.catalogue.listCopies(fresh.id);
    if (state.has(AIP.mets))
      return {
        object: fresh.id,
        fileCode,
        version: fresh.head,
        unchanged: true,
        upgraded: false,
        files: head.dataState.size,
        bytes: 0,
        copies: copies.map((c) => ({ site: c.site, status: c.status })),
        policy: { met: true, shortfalls: [] },
      };
    const sizes = new Map((await ctx.catalogue.listVersionFiles(fresh.id, fresh.head)).map((f) => [f.logicalPath, f.size]));
    const store = ctx.sites.get(head.site)!.store;
    const key = objectKey(fresh.id, ctx.hasher);
    const sources: VersionSource[] = [];
    for (const [path, entry] of state) {
      if (!path.startsWith(LEGACY_DATA_PREFIX)) continue;
      const relative = path.slice(LEGACY_DATA_PREFIX.length);
      const size = sizes.get(path) ?? (await store.head(`${key}/${entry.contentPath}`))?.size ?? 0;
      const format = await identifyStoredFile(store, `${key}/${entry.contentPath}`, relative, size);
      sources.push({ kind: 'stored', relative, size, sha256: entry.digest, format });
    }
    const file = await ctx.catalogue.getFile(fileCode);
    const result = await writeObjectVersion(ctx, {
      fileCode,
      title: file?.title ?? fileCode,
      sources,
      origin: 'bản sao định dạng cũ',
      force: true,
      events: (objectId, created) => [
        event(
          objectId,
          'migration',
          created,
          `Chuyển bản sao v${fresh.head} sang bố cục gói AIP_hoso (TT05); dữ liệu giữ nguyên giá trị băm, không ghi lại`,
        ),
      ],
    });
    return { ...result, upgraded: true };
  });
}
