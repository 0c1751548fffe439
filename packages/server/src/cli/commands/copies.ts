import { copiesReport, displayDate, type CopiesReport } from '@duphong/core';
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
    if (!object) throw requestError('DP-OBJECT-UNKNOWN', `Hồ sơ "${code}" chưa có bản sao dự phòng.`, `"${code}" has no backup copy.`);
    const copies = await ctx.catalogue.listCopies(object.id);
    const report = copiesReport(object, copies);
    out.result(report);
    out.say(renderCopies(report, 'vi'), renderCopies(report, 'en'));
    return 0;
  } finally {
    await ctx.close();
  }
}

/** The human text of `copies` (also the remote CLI's, cli/remote/). */
export function renderCopies(report: CopiesReport, lang: 'vi' | 'en'): string {
  const rows = [lang === 'en' ? ['site', 'version', 'status', 'last verified'] : ['site', 'phiên bản', 'trạng thái', 'kiểm tra lần cuối']];
  for (const c of report.copies) rows.push([c.site, `v${c.version}`, c.status, c.verifiedAt ? displayDate(c.verifiedAt) : '—']);
  return lang === 'en'
    ? `${report.fileCode} (${report.object}), head v${report.head}\n${table(rows)}`
    : `Hồ sơ ${report.fileCode} (${report.object}), phiên bản mới nhất v${report.head}\n${table(rows)}`;
}
