import { resolve } from 'node:path';
import { groupImportFindings, isoVietnam, parseMapOption, type ImportFindingGroup } from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { exportCatalog } from '../../catalog-import/export-catalog.js';
import { importCatalog } from '../../catalog-import/import-catalog.js';
import { DEFAULT_MAX_BYTES } from '../../catalog-import/sheet-source.js';
import { parse } from '../args.js';
import type { Output } from '../output.js';

const USAGE_VI =
  'Dùng: duphong catalog import TỆP [--fonds MÃ] [--unit ĐƠN-VỊ] [--dry-run] [--allow-partial] [--map "Cột=trường,…"] | catalog export --fonds MÃ --out TỆP.xlsx|.csv';
const USAGE_EN =
  'Usage: duphong catalog import FILE [--fonds CODE] [--unit UNIT] [--dry-run] [--allow-partial] [--map "Column=field,…"] | catalog export --fonds CODE --out FILE.xlsx|.csv';

export async function runCatalog(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'import') return catalogImport(rest, out);
  if (sub === 'export') return catalogExport(rest, out);
  throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
}

/** One line per code and column: "CẢNH BÁO DP-IMPORT-X cột F (144 dòng: 2, 3, 4, 5, 6, …) …". */
function groupLine(g: ImportFindingGroup, lang: 'vi' | 'en'): string {
  const label = g.severity === 'error' ? (lang === 'en' ? 'ERROR' : 'LỖI') : lang === 'en' ? 'WARNING' : 'CẢNH BÁO';
  const sheet = g.sheet ? `${g.sheet}!` : '';
  if (g.count === 1 && g.rows.length === 1) {
    const cell = g.column ? `${sheet}${g.column}${g.rows[0]}` : `${sheet}${lang === 'en' ? 'row' : 'dòng'} ${g.rows[0]}`;
    return `  ${label} ${g.code} ${cell} ${g.message[lang]}`;
  }
  const more = g.count > g.rows.length ? ', …' : '';
  const rows = g.rows.length > 0 ? `: ${g.rows.join(', ')}${more}` : '';
  const where =
    lang === 'en'
      ? `${g.column ? `column ${sheet}${g.column} ` : sheet}(${g.count} rows${rows})`
      : `${g.column ? `cột ${sheet}${g.column} ` : sheet}(${g.count} dòng${rows})`;
  return `  ${label} ${g.code} ${where} ${g.message[lang]}`;
}

async function catalogImport(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, {
    fonds: { type: 'string' },
    unit: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    'allow-partial': { type: 'boolean', default: false },
    map: { type: 'string', multiple: true },
    'max-size': { type: 'string' },
  });
  const file = positionals[0];
  if (!file) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const maxMb = values['max-size'] !== undefined ? Number(values['max-size']) : undefined;
  if (maxMb !== undefined && !(maxMb > 0))
    throw requestError('DP-USAGE', '--max-size phải là số MB dương', '--max-size must be a positive number of MB');
  const maps = ([] as string[]).concat((values.map as unknown as string[] | string | undefined) ?? []);
  const ctx = await openContext(resolveHome(values.home));
  try {
    let lastProgress = 0;
    const result = await importCatalog(ctx.catalogue, resolve(process.cwd(), file), {
      ...(values.fonds !== undefined && { fondsCode: values.fonds.normalize('NFC') }),
      ...(values.unit !== undefined && { unitId: values.unit }),
      dryRun: values['dry-run'],
      allowPartial: values['allow-partial'],
      maxBytes: maxMb !== undefined ? maxMb * 1024 * 1024 : DEFAULT_MAX_BYTES,
      map: parseMapOption(maps),
      now: isoVietnam(ctx.clock.now()),
      onProgress: (rows) => {
        if (rows - lastProgress >= 10_000) {
          lastProgress = rows;
          out.progress(`  đã đọc ${rows} dòng`, `  ${rows} rows read`);
        }
      },
    });
    out.result(result);
    const c = result.counts;
    const what = result.dryRun
      ? ['Chạy thử (không ghi gì)', 'Dry run (nothing written)']
      : result.written
        ? ['Đã nhập', 'Imported']
        : ['KHÔNG nhập gì (có lỗi)', 'NOTHING imported (errors found)'];
    // nothing written (dry run, or refused): the counts are what the import would have written
    const changes = result.written
      ? [`mới ${c.created}, cập nhật ${c.updated}`, `new ${c.created}, updated ${c.updated}`]
      : [`sẽ tạo ${c.created}, sẽ cập nhật ${c.updated}`, `would create ${c.created}, would update ${c.updated}`];
    out.say(
      `${what[0]}: ${result.rows} dòng, ${result.files} hồ sơ, ${result.documents} tài liệu, ${result.fonds} phông — ${changes[0]}, không đổi ${c.unchanged}; ${result.errors} lỗi, ${result.warnings} cảnh báo, ${result.rejected} dòng bị loại.`,
      `${what[1]}: ${result.rows} rows, ${result.files} files, ${result.documents} documents, ${result.fonds} fonds — ${changes[1]}, unchanged ${c.unchanged}; ${result.errors} errors, ${result.warnings} warnings, ${result.rejected} rows rejected.`,
    );
    // Grouped for people (144 identical warnings are one line); --json keeps every finding.
    if (!out.json) for (const g of groupImportFindings(result.findings)) out.progress(groupLine(g, 'vi'), groupLine(g, 'en'));
    // --allow-partial accepted the loss of the bad rows: done. Otherwise any error is exit 3.
    return result.errors > 0 && !(values['allow-partial'] && result.written) ? 3 : 0;
  } finally {
    await ctx.close();
  }
}

async function catalogExport(args: string[], out: Output): Promise<number> {
  const { values } = parse(args, { fonds: { type: 'string' }, out: { type: 'string' } });
  if (!values.fonds || !values.out) throw requestError('DP-USAGE', USAGE_VI, USAGE_EN);
  const ctx = await openContext(resolveHome(values.home));
  try {
    const result = await exportCatalog(ctx.catalogue, values.fonds.normalize('NFC'), resolve(process.cwd(), values.out));
    out.result(result);
    out.say(
      `Đã xuất mục lục phông ${result.fonds}: ${result.files} hồ sơ, ${result.documents} tài liệu → ${result.out}`,
      `Exported the file list of fonds ${result.fonds}: ${result.files} files, ${result.documents} documents → ${result.out}`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
