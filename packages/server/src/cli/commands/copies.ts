import {
  COPY_STATUS_LABELS,
  FILM_CONDITION_LABELS,
  FILM_GENERATION_LABELS,
  copiesReport,
  displayDate,
  displayUnitDate,
  type CopiesReport,
} from '@duphong/core';
import { analogueCopiesOf, type AnalogueCopy } from '../../usecases/microfilm-views.js';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

export async function runCopies(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {});
  const code = positionals[0]?.normalize('NFC');
  if (!code) throw requestError('DP-USAGE', 'Thiếu mã hồ sơ: duphong copies CODE', 'Missing file code: duphong copies CODE');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const object = (await ctx.catalogue.getObjectByFileCode(code)) ?? (await ctx.catalogue.getObject(code));
    // Microfilm duplicates are backup copies too (docs/microfilm.md): listed beside the digital ones.
    const analogue = await analogueCopiesOf(ctx, undefined, object?.fileCode ?? code);
    if (!object && analogue.length === 0)
      throw requestError('DP-OBJECT-UNKNOWN', `Hồ sơ "${code}" chưa có bản sao dự phòng.`, `"${code}" has no backup copy.`);
    const report = object
      ? { ...copiesReport(object, await ctx.catalogue.listCopies(object.id)), analogue }
      : { object: '', fileCode: code, head: 0, copies: [], analogue };
    out.result(report);
    out.say(renderCopies(report, 'vi'), renderCopies(report, 'en'));
    return 0;
  } finally {
    await ctx.close();
  }
}

/** The human text of `copies` (also the remote CLI's, cli/remote/). */
export function renderCopies(report: CopiesReport & { analogue?: AnalogueCopy[] }, lang: 'vi' | 'en'): string {
  const rows = [lang === 'en' ? ['site', 'version', 'status', 'last verified'] : ['site', 'phiên bản', 'trạng thái', 'kiểm tra lần cuối']];
  for (const c of report.copies)
    rows.push([c.site, `v${c.version}`, COPY_STATUS_LABELS[c.status][lang], c.verifiedAt ? displayDate(c.verifiedAt) : '—']);
  const digital =
    report.object === ''
      ? lang === 'en'
        ? `${report.fileCode}: no digital backup copy`
        : `Hồ sơ ${report.fileCode}: chưa có bản sao số`
      : lang === 'en'
        ? `${report.fileCode} (${report.object}), head v${report.head}\n${table(rows)}`
        : `Hồ sơ ${report.fileCode} (${report.object}), phiên bản mới nhất v${report.head}\n${table(rows)}`;
  const analogue = report.analogue ?? [];
  if (analogue.length === 0) return digital;
  const head =
    lang === 'en'
      ? ['microfilm', 'copy', 'kept at', 'condition', 'last inspected', 'counts']
      : ['vi phim', 'bản', 'nơi bảo quản', 'tình trạng', 'kiểm tra lần cuối', 'tính là bản sao'];
  const film = analogue.map((a) => [
    a.reelCode,
    `${a.duplicateCode} (${FILM_GENERATION_LABELS[a.generation][lang]})`,
    a.location,
    FILM_CONDITION_LABELS[a.condition][lang],
    a.lastInspection ? displayUnitDate(a.lastInspection.date) : '—',
    a.counts ? (lang === 'en' ? 'yes' : 'có') : lang === 'en' ? 'no' : 'không',
  ]);
  return `${digital}\n${table([head, ...film])}`;
}
