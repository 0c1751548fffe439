import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { INSTRUMENT_KIND_LABELS, displayUnitDate, parseUnitDate, type RollupResult } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { importPlans } from '../../usecases/plan-import.js';
import { rollupReport } from '../../usecases/plan-rollup.js';
import { writeRollupDocx } from '../../plans-export/docx.js';
import { writeRollupXlsx } from '../../plans-export/xlsx.js';
import { writeRollupPdf } from '../../plans-export/pdf.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  partial: { type: 'boolean', default: false },
  by: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  regroup: { type: 'boolean', default: false },
  'as-of': { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
} as const;

/** `duphong plan import FILE [--dry-run] [--partial]`. */
export async function runPlan(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  const [sub, file] = positionals;
  if (sub !== 'import' || !file)
    throw requestError(
      'DP-USAGE',
      'Cách dùng: duphong plan import TỆP.xlsx|csv [--dry-run] [--partial]',
      'Usage: duphong plan import FILE.xlsx|csv [--dry-run] [--partial]',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    const r = await importPlans(ctx, undefined, resolve(process.cwd(), file), {
      dryRun: values['dry-run'],
      partial: values.partial,
      ...(values.by !== undefined && { by: values.by }),
    });
    out.result(r);
    for (const f of r.findings)
      out.progress(
        `  dòng ${f.row}${f.column ? `, cột ${f.column}` : ''}: ${f.code} ${f.message}`,
        `  row ${f.row}${f.column ? `, column ${f.column}` : ''}: ${f.code} ${f.messageEn}`,
      );
    const counts = `${r.units} đơn vị, ${r.plans} kế hoạch, ${r.reports} báo cáo, ${r.noRecords} văn bản báo không có tài liệu`;
    const countsEn = `${r.units} units, ${r.plans} plans, ${r.reports} reports, ${r.noRecords} no-records statements`;
    const errors = r.findings.filter((f) => f.severity === 'error').length;
    out.say(
      r.written
        ? `Đã nhập ${r.file}: ${counts}.`
        : values['dry-run']
          ? `Chạy thử ${r.file}: ${counts}; ${errors} lỗi. Chưa ghi gì.`
          : `Chưa nhập ${r.file}: ${errors} lỗi (xem trên). Sửa bảng, hoặc dùng --partial để nhập các dòng không lỗi.`,
      r.written
        ? `Imported ${r.file}: ${countsEn}.`
        : values['dry-run']
          ? `Dry run of ${r.file}: ${countsEn}; ${errors} errors. Nothing written.`
          : `${r.file} not imported: ${errors} errors (above). Fix the table, or use --partial to import the rows without errors.`,
    );
    return r.written || values['dry-run'] ? 0 : 2;
  } finally {
    await ctx.close();
  }
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

/** `duphong report rollup --from YYYY --to YYYY [--regroup] [--as-of DD/MM/YYYY]`. */
export async function runReport(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  if (positionals[0] !== 'rollup')
    throw requestError(
      'DP-USAGE',
      'Cách dùng: duphong report rollup --from NĂM --to NĂM [--regroup]',
      'Usage: duphong report rollup --from YEAR --to YEAR [--regroup]',
    );
  const asOf = values['as-of'] === undefined ? undefined : parseUnitDate(values['as-of']);
  if (values['as-of'] !== undefined && asOf === undefined)
    throw requestError('DP-USAGE', `--as-of phải là ngày DD/MM/YYYY (nhận "${values['as-of']}").`, '--as-of must be a date DD/MM/YYYY.');
  const ctx = await openContext(resolveHome(values.home));
  try {
    const r: RollupResult = await rollupReport(ctx, undefined, {
      from: Number(values.from),
      to: Number(values.to ?? values.from),
      regroup: values.regroup,
      ...(asOf !== undefined && { asOf }),
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
