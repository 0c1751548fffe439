import { resolve } from 'node:path';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { importPlans } from '../../usecases/plan-import.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';
import { runPlanManage } from './plan-manage.js';

const OPTIONS = {
  'dry-run': { type: 'boolean', default: false },
  partial: { type: 'boolean', default: false },
  by: { type: 'string' },
  unit: { type: 'string' },
  status: { type: 'string' },
} as const;

/** `duphong plan import FILE [--dry-run] [--partial]`; add, list, show and task in plan-manage.ts. */
export async function runPlan(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  const [sub, file] = positionals;
  if (sub !== 'import') return runPlanManage(sub ?? '', positionals.slice(1), values, out);
  if (!file)
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
