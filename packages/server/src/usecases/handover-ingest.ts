import { isoVietnam, type HandoverManifest } from '@duphong/core';
import type { Context } from '../ports/context.js';
import type { OpenedHandoverBag } from './handover-bags.js';
import { ingestFolder } from './ingest.js';

/** The fonds and file described as the sender described them (when unknown here), then the folder ingest. */
export async function ingestReceived(
  ctx: Context,
  peer: string,
  manifest: HandoverManifest,
  item: HandoverManifest['items'][number],
  opened: OpenedHandoverBag,
) {
  const now = isoVietnam(ctx.clock.now());
  const records = ctx.catalogue.records;
  if (!(await records.getFonds(manifest.scope.code)))
    await records.putFonds({
      code: manifest.scope.code,
      name: manifest.scope.name,
      kind: manifest.scope.kind,
      status: 'closed',
      unitId: null,
      fields: {},
      legacy: { handoverFrom: peer },
      createdAt: now,
      updatedAt: now,
    });
  if (!(await records.getFile(item.fileCode)))
    await records.putFile({
      code: item.fileCode,
      fondsCode: manifest.scope.code,
      title: opened.title ?? item.title,
      fields: opened.fields,
      legacy: {},
      createdAt: now,
      updatedAt: now,
    });
  return ingestFolder(ctx, {
    folder: opened.documents,
    fileCode: item.fileCode,
    title: opened.title ?? item.title,
    origin: `bàn giao ${manifest.id} từ ${peer}`,
  });
}
