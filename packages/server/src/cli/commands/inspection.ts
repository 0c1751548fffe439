import { describeSigns, displayUnitDate, type Inspection } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { recordInspection } from '../../usecases/inspections.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

// Inspections posted before dates were checked may hold DD/MM/YYYY already.
const shown = (d: string): string => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? displayUnitDate(d) : d);

const KINDS = ['file', 'document', 'fonds', 'holding'] as const;

function kindOf(value: string | undefined): Inspection['recordKind'] {
  if (value === undefined) return 'file';
  if ((KINDS as readonly string[]).includes(value)) return value as Inspection['recordKind'];
  throw requestError(
    'DP-USAGE',
    `--kind phải là file, document, fonds hoặc holding (nhận "${value}").`,
    `--kind must be file, document, fonds or holding (got "${value}").`,
  );
}

/** `duphong inspection add|list`: condition inspections, which make permanent files eligible for backup lists. */
export async function runInspection(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parse(rest, {
    kind: { type: 'string' },
    date: { type: 'string' },
    signs: { type: 'string' },
    by: { type: 'string' },
    note: { type: 'string' },
    unreadable: { type: 'boolean', default: false },
    readable: { type: 'boolean', default: false },
  });
  const code = positionals[0]?.normalize('NFC');
  if (!code)
    throw requestError(
      'DP-USAGE',
      `Thiếu mã hồ sơ: duphong inspection ${sub} MÃ-HỒ-SƠ`,
      `Missing file code: duphong inspection ${sub} FILE-CODE`,
    );
  const kind = kindOf(values.kind);
  const ctx = await openContext(resolveHome(values.home));
  try {
    if (sub === 'add') {
      if (values.date === undefined) throw requestError('DP-USAGE', 'Thiếu --date DD/MM/YYYY (ngày kiểm tra)', 'Missing --date DD/MM/YYYY');
      if (values.signs === undefined)
        throw requestError(
          'DP-USAGE',
          'Thiếu --signs MÃ,… (dấu hiệu hư hỏng, ví dụ rach,mo-chu)',
          'Missing --signs CODE,… (e.g. rach,mo-chu)',
        );
      const signs = values.signs
        .split(',')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      const inspection = await recordInspection(ctx.catalogue, {
        recordKind: kind,
        recordCode: code,
        date: values.date,
        inspector: values.by ?? process.env.DUPHONG_USER ?? '',
        signs,
        // Not judged unless said: mờ chữ asks whether the text can still be read.
        readable: values.unreadable ? false : values.readable ? true : null,
        ...(values.note !== undefined && { notes: values.note }),
      });
      out.result(inspection);
      out.say(
        `Đã ghi lần kiểm tra ngày ${displayUnitDate(inspection.date)} của ${code}: ${describeSigns(inspection.signs, inspection.readable)}.`,
        `Recorded the inspection of ${displayUnitDate(inspection.date)} of ${code}: ${describeSigns(inspection.signs, inspection.readable, 'en')}.`,
      );
      return 0;
    }
    const inspections = await ctx.catalogue.records.listInspections(kind, code);
    out.result({ inspections });
    if (inspections.length === 0) {
      out.say(
        `${code} chưa có lần kiểm tra nào. Ghi bằng: duphong inspection add ${code} --date DD/MM/YYYY --signs MÃ,…`,
        `${code} has no inspection. Record one: duphong inspection add ${code} --date DD/MM/YYYY --signs CODE,…`,
      );
      return 0;
    }
    const head = out.lang === 'en' ? ['date', 'inspector', 'signs', 'note'] : ['ngày', 'người kiểm tra', 'dấu hiệu', 'ghi chú'];
    const rows = inspections.map((i) => [shown(i.date), i.inspector, describeSigns(i.signs, i.readable, out.lang), i.notes]);
    out.say(table([head, ...rows]), table([head, ...rows]));
    return 0;
  } finally {
    await ctx.close();
  }
}
