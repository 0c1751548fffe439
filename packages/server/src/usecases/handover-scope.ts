import { isoVietnam, type HandoverStatistics } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { requestError } from '../errors.js';
import { collectStatistics, pagesOf } from './record-statistics.js';
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

export async function statisticsOf(
  ctx: Context,
  fonds: { code: string; unitId: string | null },
  objects: Awaited<ReturnType<typeof selection>>['objects'],
): Promise<HandoverStatistics> {
  if (fonds.unitId) {
    const { rows } = await collectStatistics(ctx, [fonds.unitId], isoVietnam(ctx.clock.now()).slice(0, 10));
    const row = rows.find((r) => r.fondsCode === fonds.code);
    if (row)
      return {
        files: row.files,
        documents: row.documents,
        pages: row.pages,
        digitisedPages: row.digitisedPages,
        copiesVerified: row.copiesVerified,
      };
  }
  const s: HandoverStatistics = { files: objects.length, documents: 0, pages: 0, digitisedPages: 0, copiesVerified: 0 };
  for (const { file, object } of objects) {
    s.documents += (await ctx.catalogue.records.listDocuments(file.code)).length;
    s.pages += pagesOf(file.fields);
    s.copiesVerified += (await ctx.catalogue.listCopies(object.id)).filter((c) => c.status === 'ok' && c.version === object.head).length;
  }
  return s;
}
