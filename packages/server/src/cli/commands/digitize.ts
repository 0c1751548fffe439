import { resolve } from 'node:path';
import { displayUnitDate, type MappedScan } from '@duphong/core';
import { readScanMap } from '../../digitisation/read-scan-map.js';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { digitiseFolder, type RunProgress } from '../../usecases/digitise-run.js';
import { markArranged } from '../../usecases/digitise-batches.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { runDigitizeBatch, BATCH_SUBCOMMANDS } from './digitize-batch.js';

const PHASE = {
  checking: { vi: 'kiểm tra chất lượng', en: 'quality control' },
  converting: { vi: 'chuyển PDF/A + nhận dạng chữ', en: 'PDF/A + OCR' },
  packaging: { vi: 'đóng gói, lưu bản sao', en: 'packaging, copies' },
} as const;

/** A progress bar on stderr, at most once a second (and always at the end of a phase). */
export function progressPrinter(out: Output): (p: RunProgress) => void {
  let last = 0;
  return (p) => {
    const now = Date.now();
    if (now - last < 1000 && p.done !== p.total) return;
    last = now;
    const width = 20;
    const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
    const bar = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}]`;
    out.progress(
      `  ${bar} ${PHASE[p.phase].vi}: ${p.done}/${p.total}${p.item ? ` — ${p.item}` : ''}`,
      `  ${bar} ${PHASE[p.phase].en}: ${p.done}/${p.total}${p.item ? ` — ${p.item}` : ''}`,
    );
  };
}

/** A scan map with no bad row, or a refusal listing every bad row (nothing received). */
export async function scanMapOrRefuse(path: string): Promise<Map<string, MappedScan>> {
  const { map, findings } = await readScanMap(path);
  if (findings.length > 0)
    throw requestError(
      'DP-SCAN-MAP',
      `Bảng ánh xạ bản quét có ${findings.length} dòng lỗi; chưa nhận gì.`,
      `The scan map has ${findings.length} bad rows; nothing received.`,
      { findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.vi })) },
    );
  return map;
}

/** `duphong digitize …`: scans → quality control → PDF/A with OCR → backup copy (docs/digitisation.md). */
export async function runDigitize(args: string[], out: Output): Promise<number> {
  const [first, ...rest] = args;
  if (first !== undefined && BATCH_SUBCOMMANDS.includes(first)) return runDigitizeBatch(first, rest, out);
  if (first === 'arranged') return runArranged(rest, out);
  const { values, positionals } = parse(args, {
    file: { type: 'string' },
    batch: { type: 'string' },
    review: { type: 'boolean', default: false },
    operator: { type: 'string' },
    equipment: { type: 'string' },
    map: { type: 'string' },
  });
  const path = positionals[0];
  if (!path || !values.file)
    throw requestError(
      'DP-USAGE',
      'Cách dùng: duphong digitize THƯ-MỤC-BẢN-QUÉT --file MÃ-HỒ-SƠ [--batch TÊN-ĐỢT] [--review]',
      'Usage: duphong digitize SCAN-FOLDER --file FILE-CODE [--batch NAME] [--review]',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    const result = await digitiseFolder(
      ctx,
      undefined,
      resolve(process.cwd(), path),
      {
        fileCode: values.file,
        review: values.review,
        ...(values.batch !== undefined && { batchName: values.batch }),
        ...(values.operator !== undefined && { operator: values.operator }),
        ...(values.equipment !== undefined && { equipment: values.equipment }),
        ...(values.map !== undefined && { map: await scanMapOrRefuse(resolve(process.cwd(), values.map)) }),
      },
      progressPrinter(out),
    );
    out.result({ ...result, batch: result.batch.id, batchName: result.batch.name, state: result.batch.state });
    const head = out.lang === 'en' ? ['document', 'page', 'code', 'finding'] : ['tài liệu', 'trang', 'mã', 'phát hiện'];
    const rows = result.findings.map((f) => [
      f.document ?? '',
      f.page === null ? '' : String(f.page),
      f.code,
      out.lang === 'en' ? f.messageEn : f.message,
    ]);
    const ok = result.copies.filter((c) => c.status === 'ok').length;
    out.say(
      `Đợt "${result.batch.name}", hồ sơ ${result.file}: ${result.documents} tài liệu, ${result.pages} trang — ${result.accepted} đạt, ${result.review} chờ xem xét, ${result.rejected} không đạt. ` +
        `Bản sao dự phòng: ${ok}/${result.copies.length} đã kiểm tra.` +
        (rows.length ? `\n${table([head, ...rows])}` : ''),
      `Batch "${result.batch.name}", file ${result.file}: ${result.documents} documents, ${result.pages} pages — ${result.accepted} accepted, ${result.review} awaiting review, ${result.rejected} rejected. ` +
        `Backup copies: ${ok}/${result.copies.length} verified.` +
        (rows.length ? `\n${table([head, ...rows])}` : ''),
    );
    return result.rejected > 0 ? 3 : 0;
  } finally {
    await ctx.close();
  }
}

async function runArranged(args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, { date: { type: 'string' }, by: { type: 'string' } });
  const code = positionals[0];
  if (!code || values.date === undefined)
    throw requestError(
      'DP-USAGE',
      'Cách dùng: duphong digitize arranged MÃ-HỒ-SƠ --date DD/MM/YYYY [--by NGƯỜI-CHỈNH-LÝ]',
      'Usage: duphong digitize arranged FILE-CODE --date DD/MM/YYYY [--by WHO]',
    );
  const ctx = await openContext(resolveHome(values.home));
  try {
    const file = await markArranged(ctx, undefined, code, { date: values.date, ...(values.by !== undefined && { by: values.by }) });
    out.result({ file: file.code, arrangedDate: file.fields.arrangedDate, arrangedBy: file.fields.arrangedBy });
    out.say(
      `Hồ sơ ${file.code} được ghi là đã chỉnh lý hoàn chỉnh ngày ${displayUnitDate(file.fields.arrangedDate!)}${file.fields.arrangedBy ? ` (${file.fields.arrangedBy})` : ''}: có thể số hóa.`,
      `File ${file.code} is recorded as arranged on ${displayUnitDate(file.fields.arrangedDate!)}${file.fields.arrangedBy ? ` (${file.fields.arrangedBy})` : ''}: it may be digitised.`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
