import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { INSTRUMENT_KIND_LABELS, displayUnitDate, parseUnitDate } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { rollupReport } from '../../usecases/plan-rollup.js';
import { writeRollupDocx } from '../../plans-export/docx.js';
import { writeRollupXlsx } from '../../plans-export/xlsx.js';
import { writeRollupPdf } from '../../plans-export/pdf.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { runShow, runStats, runStatus, runSubmit } from './report-units.js';

/*
 * `duphong report …`: the roll-up of plans and reports (rollup), who has answered for a year
 * (status), one unit's report with its figures (show, submit), and the statistics list per fonds
 * (stats). The rules are in the use cases; this file only reads arguments and prints.
 */

export const REPORT_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  year: { type: 'string' },
  unit: { type: 'string' },
  over: { type: 'string' },
  regroup: { type: 'boolean', default: false },
  'as-of': { type: 'string' },
  at: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  number: { type: 'string' },
  date: { type: 'string' },
  kind: { type: 'string' },
  narrative: { type: 'string' },
  figure: { type: 'string', multiple: true },
  'no-records': { type: 'boolean', default: false },
} as const;

export type Values = ReturnType<typeof parse<typeof REPORT_OPTIONS>>['values'];

const SUBCOMMANDS: Record<string, (values: Values, out: Output) => Promise<number>> = {
  rollup: runRollup,
  status: runStatus,
  show: runShow,
  submit: runSubmit,
  stats: runStats,
};

export async function runReport(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, REPORT_OPTIONS);
  const run = SUBCOMMANDS[positionals[0] ?? ''];
  if (!run)
    throw requestError(
      'DP-USAGE',
      'Cách dùng: duphong report rollup|status|show|submit|stats … (xem duphong help report)',
      'Usage: duphong report rollup|status|show|submit|stats … (see duphong help report)',
    );
  return run(values, out);
}

const cellText = (
  list: Array<{ kind: string; number: string | null; date: string | null; from?: string }> | undefined,
  lang: 'vi' | 'en',
) =>
  (list ?? [])
    .map((i) => {
      const kind = INSTRUMENT_KIND_LABELS[i.kind as keyof typeof INSTRUMENT_KIND_LABELS]?.[lang] ?? i.kind;
      return `${kind} ${i.number ?? ''}${i.date ? ` ${displayUnitDate(i.date)}` : ''}${i.from ? ` (${i.from})` : ''}`
        .replace(/\s+/g, ' ')
        .trim();
    })
    .join('; ');

/** `duphong report rollup --from YYYY --to YYYY [--regroup] [--as-of DD/MM/YYYY] [--over UNIT]`. */
async function runRollup(values: Values, out: Output): Promise<number> {
  const asOf = values['as-of'] === undefined ? undefined : parseUnitDate(values['as-of']);
  if (values['as-of'] !== undefined && asOf === undefined)
    throw requestError('DP-USAGE', `--as-of phải là ngày DD/MM/YYYY (nhận "${values['as-of']}").`, '--as-of must be a date DD/MM/YYYY.');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const r = await rollupReport(ctx, undefined, {
      from: Number(values.from),
      to: Number(values.to ?? values.from),
      regroup: values.regroup,
      ...(asOf !== undefined && { asOf }),
      ...(values.over !== undefined && { over: values.over }),
    });
    const format = values.format ?? 'table';
    if (format === 'xlsx' || format === 'docx' || format === 'pdf') {
      const target = resolve(process.cwd(), values.out ?? `tong-hop-ke-hoach-bao-cao-${r.years[0]}-${r.years.at(-1)}.${format}`);
      // Written beside the target, then renamed: a failure leaves no half-written file.
      const partial = `${target}.${process.pid}.partial`;
      try {
        if (format === 'pdf') await writeRollupPdf(r, partial);
        else await (format === 'xlsx' ? writeRollupXlsx : writeRollupDocx)(r, createWriteStream(partial));
        await rename(partial, target);
      } catch (error) {
        await rm(partial, { force: true });
        throw error;
      }
      out.result({ file: target, units: r.units.length, years: r.years });
      out.say(`Đã ghi ${target} (${r.units.length} đơn vị).`, `Wrote ${target} (${r.units.length} units).`);
      return 0;
    }
    if (format !== 'table' && format !== 'json')
      throw requestError(
        'DP-USAGE',
        `--format là json, xlsx hoặc docx (nhận "${format}").`,
        `--format is json, xlsx or docx (got "${format}").`,
      );
    out.result(r);
    const lang = out.lang;
    const head = [
      lang === 'en' ? 'unit' : 'đơn vị',
      ...r.years.flatMap((y) => (lang === 'en' ? [`plan ${y}`, `report ${y}`] : [`kế hoạch ${y}`, `báo cáo ${y}`])),
    ];
    const rows = r.units.map((u) => [
      u.name,
      ...r.years.flatMap((y) => [
        cellText(u.plans[y], lang),
        u.noRecords[y] ? (lang === 'en' ? 'no records' : 'không có tài liệu') : cellText(u.reports[y], lang),
      ]),
    ]);
    const count = r.years
      .map((y) => `${y}: ${r.counts.plans[y]} kế hoạch, ${r.counts.reports[y]} báo cáo, ${r.counts.noRecords[y]} không có tài liệu`)
      .join('; ');
    const countEn = r.years
      .map((y) => `${y}: ${r.counts.plans[y]} plans, ${r.counts.reports[y]} reports, ${r.counts.noRecords[y]} no records`)
      .join('; ');
    for (const f of r.findings) out.progress(`  ${f.unit}: ${f.code} ${f.message}`, `  ${f.unit}: ${f.code} ${f.message}`);
    out.say(
      `${table([head, ...rows])}\n${count}\nChưa có kế hoạch: ${r.withoutPlan.length} đơn vị; chưa từng báo cáo: ${r.neverReported.length}; báo cáo muộn: ${r.late.length}.`,
      `${table([head, ...rows])}\n${countEn}\nWithout a plan: ${r.withoutPlan.length} units; never reported: ${r.neverReported.length}; late reports: ${r.late.length}.`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
