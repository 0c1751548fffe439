import { endOfDay, isoVietnam, type HandoverStatistics } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { digitisedByFile, pagesOf } from './record-statistics.js';
import type { HandoverScope } from './handover-send.js';

/* What a handover of one fonds / work / collection carries: its files with a backup copy, and the statistics list. */

/** The files of the scope that have a backup copy, with their head versions. */
export async function selection(ctx: Context, scope: HandoverScope) {
  const fonds = await ctx.catalogue.records.getFonds(scope.code.normalize('NFC').trim());
  if (!fonds || fonds.kind !== scope.kind)
    throw requestError(
      'DP-HANDOVER-SCOPE-UNKNOWN',
      `Không có ${scope.kind === 'fonds' ? 'phông' : scope.kind === 'work' ? 'công trình' : 'sưu tập'} mã "${scope.code}".`,
      `No ${scope.kind} with code "${scope.code}".`,
    );
  const files = await ctx.catalogue.records.listFiles({ fondsCode: fonds.code });
  const objects = [];
  for (const file of files) {
    const object = await ctx.catalogue.getObjectByFileCode(file.code);
    if (object && object.head > 0) objects.push({ file, object });
  }
  if (objects.length === 0)
    throw requestError(
      'DP-HANDOVER-EMPTY',
      `"${fonds.code}" chưa có hồ sơ nào có bản sao dự phòng để bàn giao.`,
      `"${fonds.code}" has no file with a backup copy to hand over.`,
    );
  return { fonds, objects };
}

/**
 * The statistics list of what is handed over (issue 12: "a statistics list of what is handed
 * over"): the files that travel, their documents and pages (TT05 numberOfPage), the pages the
 * unit's digitisation batches stored for them, and their verified copies of the version sent. A
 * file of the fonds without a backup copy does not travel and is not counted.
 */
export async function statisticsOf(
  ctx: Context,
  fonds: { code: string; unitId: string | null },
  objects: Awaited<ReturnType<typeof selection>>['objects'],
): Promise<HandoverStatistics> {
  const digitised = fonds.unitId
    ? await digitisedByFile(ctx, [fonds.unitId], endOfDay(isoVietnam(ctx.clock.now()).slice(0, 10)))
    : new Map();
  const s: HandoverStatistics = { files: objects.length, documents: 0, pages: 0, digitisedPages: 0, copiesVerified: 0 };
  for (const { file, object } of objects) {
    s.documents += (await ctx.catalogue.records.listDocuments(file.code)).length;
    s.pages += pagesOf(file.fields);
    s.digitisedPages += digitised.get(file.code)?.pages ?? 0;
    s.copiesVerified += (await ctx.catalogue.listCopies(object.id)).filter((c) => c.status === 'ok' && c.version === object.head).length;
  }
  return s;
}
