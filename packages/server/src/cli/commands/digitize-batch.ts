import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  BATCH_STATE_LABELS,
  DOCUMENT_STATE_LABELS,
  displayUnitDate,
  docCodeOf,
  type BatchProgress,
  type DigitisationBatch,
} from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import { batchView, createBatch, listBatchViews } from '../../usecases/digitise-batches.js';
import { receiveScans } from '../../usecases/digitise-receive.js';
import { closeBatch, decideDocument, reviewQueue, runBatch } from '../../usecases/digitise-run.js';
import { digitisationFigures } from '../../usecases/digitise-figures.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';
import { progressPrinter, scanMapOrRefuse } from './digitize.js';

export const BATCH_SUBCOMMANDS = ['batch', 'receive', 'run', 'review', 'accept', 'reject', 'figures'];

const OPTIONS = {
  list: { type: 'string' },
  files: { type: 'string' },
  name: { type: 'string' },
  operator: { type: 'string' },
  equipment: { type: 'string' },
  due: { type: 'string' },
  note: { type: 'string' },
  watch: { type: 'boolean', default: false },
  interval: { type: 'string' },
  'no-review': { type: 'boolean', default: false },
  year: { type: 'string' },
  unit: { type: 'string' },
  map: { type: 'string' },
  reason: { type: 'string' },
} as const;

function progressLine(b: DigitisationBatch, p: BatchProgress, lang: 'vi' | 'en'): string {
  const pct = Math.round(p.fraction * 100);
  // The ETA is ISO with +07:00: the clock time people in Vietnam read, and the day when not today.
  const at = p.eta ? `${p.eta.slice(11, 16)} ${p.eta.slice(8, 10)}/${p.eta.slice(5, 7)}` : '';
  const eta = p.eta ? (lang === 'en' ? `, conversion done about ${at}` : `, dự kiến chuyển xong khoảng ${at}`) : '';
  return lang === 'en'
    ? `${BATCH_STATE_LABELS[b.state].en} · ${pct}% · ${p.pagesConverted}/${p.pages} pages converted · ${p.byState.review} awaiting review · ${p.byState.rejected} rejected${eta}`
    : `${BATCH_STATE_LABELS[b.state].vi} · ${pct}% · ${p.pagesConverted}/${p.pages} trang đã chuyển · ${p.byState.review} chờ xem xét · ${p.byState.rejected} không đạt${eta}`;
}

const need = (value: string | undefined, vi: string, en: string): string => {
  if (!value) throw requestError('DP-USAGE', vi, en);
  return value;
};

export async function runDigitizeBatch(sub: string, args: string[], out: Output): Promise<number> {
  const { values, positionals } = parse(args, OPTIONS);
  const ctx = await openContext(resolveHome(values.home));
  const lang = out.lang;
  try {
    if (sub === 'batch') {
      const [action, id] = positionals;
      if (action === 'create') {
        const { batch, findings } = await createBatch(ctx, undefined, {
          ...(values.list !== undefined && { listId: values.list }),
          ...(values.files !== undefined && { fileCodes: values.files.split(',') }),
          ...(values.name !== undefined && { name: values.name }),
          ...(values.operator !== undefined && { operator: values.operator }),
          ...(values.equipment !== undefined && { equipment: values.equipment }),
          ...(values.due !== undefined && { dueDate: values.due }),
          ...(values.note !== undefined && { note: values.note }),
        });
        out.result({ batch, findings });
        for (const f of findings) out.progress(`  ${f.code}: ${f.vi}`, `  ${f.code}: ${f.en}`);
        out.say(
          `Đã lập đợt số hóa "${batch.name}" (${batch.id}) với ${batch.files.length} hồ sơ. Nhận bản quét: duphong digitize receive ${batch.id} THƯ-MỤC`,
          `Made batch "${batch.name}" (${batch.id}) with ${batch.files.length} files. Receive scans: duphong digitize receive ${batch.id} FOLDER`,
        );
        return 0;
      }
      if (action === 'show') {
        const view = await batchView(ctx, undefined, need(id, 'Thiếu mã đợt: duphong digitize batch show MÃ-ĐỢT', 'Missing batch id'));
        out.result(view);
        const head = lang === 'en' ? ['document', 'state', 'pages', 'findings'] : ['tài liệu', 'trạng thái', 'trang', 'phát hiện'];
        const rows = view.documents.map((d) => [
          docCodeOf(d.fileCode, d.ordinal),
          DOCUMENT_STATE_LABELS[d.state][lang],
          String(d.pages),
          d.findings.map((f) => f.code).join(', '),
        ]);
        const line = progressLine(view.batch, view.progress, lang);
        out.say(
          `Đợt "${view.batch.name}": ${line}\n${table([head, ...rows])}`,
          `Batch "${view.batch.name}": ${line}\n${table([head, ...rows])}`,
        );
        return 0;
      }
      if (action === 'close') {
        const batchId = need(
          id,
          'Cách dùng: duphong digitize batch close MÃ-ĐỢT --reason "…"',
          'Usage: duphong digitize batch close BATCH --reason "…"',
        );
        const view = await closeBatch(ctx, undefined, batchId, {
          reason: need(values.reason?.trim(), 'Hãy ghi lý do đóng đợt: --reason "…"', 'Give the reason: --reason "…"'),
        });
        out.result(view);
        out.say(
          `Đã đóng đợt "${view.batch.name}": ${view.progress.byState.stored} tài liệu đã vào bản sao dự phòng, ${view.progress.byState.rejected} không. Các hồ sơ của đợt có thể vào đợt mới.`,
          `Closed batch "${view.batch.name}": ${view.progress.byState.stored} documents reached the backup copy, ${view.progress.byState.rejected} did not. Its files may go into a new batch.`,
        );
        return 0;
      }
      const views = await listBatchViews(ctx, undefined, values.list !== undefined ? { listId: values.list } : {});
      out.result({ batches: views });
      const head = lang === 'en' ? ['batch', 'name', 'files', 'due', 'progress'] : ['mã đợt', 'tên', 'hồ sơ', 'hạn', 'tiến độ'];
      const rows = views.map((v) => [
        v.batch.id.slice(0, 8),
        v.batch.name,
        String(v.batch.files.length),
        v.batch.dueDate ? displayUnitDate(v.batch.dueDate) : '',
        progressLine(v.batch, v.progress, lang),
      ]);
      out.say(
        views.length ? table([head, ...rows]) : 'Chưa có đợt số hóa nào.',
        views.length ? table([head, ...rows]) : 'No digitisation batch yet.',
      );
      return 0;
    }
    if (sub === 'receive') {
      const [id, folder] = positionals;
      const batchId = need(
        id,
        'Cách dùng: duphong digitize receive MÃ-ĐỢT THƯ-MỤC [--watch]',
        'Usage: duphong digitize receive BATCH FOLDER [--watch]',
      );
      const path = resolve(process.cwd(), need(folder, 'Thiếu thư mục bản quét', 'Missing the scan folder'));
      const map = values.map === undefined ? undefined : await scanMapOrRefuse(resolve(process.cwd(), values.map));
      const receiveOnce = async (settledBefore?: number) => {
        const r = await receiveScans(ctx, undefined, batchId, path, {
          reviewWarnings: !values['no-review'],
          ...(settledBefore !== undefined && { settledBefore }),
          ...(map && { map }),
        });
        for (const f of r.findings) out.progress(`  ${f.code}: ${f.vi}`, `  ${f.code}: ${f.en}`);
        return r;
      };
      if (!values.watch) {
        const r = await receiveOnce();
        out.result(r);
        out.say(`Đã nhận ${r.received} bản quét vào đợt "${r.batch.name}".`, `Received ${r.received} scans into batch "${r.batch.name}".`);
        return r.findings.length > 0 ? 3 : 0;
      }
      // A scanning station's folder: look again every interval; stop with Ctrl+C.
      const seconds = Math.max(1, Number(values.interval ?? '10') || 10);
      out.progress(
        `Đang theo dõi ${path} (mỗi ${seconds} giây; Ctrl+C để dừng)…`,
        `Watching ${path} (every ${seconds} s; Ctrl+C to stop)…`,
      );
      for (;;) {
        // A file the station wrote in the last few seconds may be unfinished: the next look takes it.
        // While the batch runs, receiving is refused (DP-LOCKED): the watcher waits and looks again.
        const r = await receiveOnce(Date.now() - 5_000).catch((error: unknown) => {
          if ((error as { code?: string }).code !== 'DP-LOCKED') throw error;
          out.progress('  đợt đang chạy; sẽ nhận sau', '  the batch is running; receiving later');
          return undefined;
        });
        if (r && r.received > 0) out.progress(`  nhận ${r.received} bản quét`, `  received ${r.received} scans`);
        await sleep(seconds * 1000);
      }
    }
    if (sub === 'run') {
      const id = need(positionals[0], 'Cách dùng: duphong digitize run MÃ-ĐỢT', 'Usage: duphong digitize run BATCH');
      const r = await runBatch(ctx, undefined, id, { reviewWarnings: !values['no-review'], onProgress: progressPrinter(out) });
      out.result(r);
      const line = progressLine(r.batch, r.progress, lang);
      out.say(
        `Đợt "${r.batch.name}": ${line}; ${r.packaged.length} hồ sơ đã vào bản sao dự phòng.`,
        `Batch "${r.batch.name}": ${line}; ${r.packaged.length} files packaged into backup copies.`,
      );
      return 0;
    }
    if (sub === 'figures') {
      const year = Number(
        need(
          values.year,
          'Cách dùng: duphong digitize figures --year NĂM [--unit MÃ-ĐƠN-VỊ]',
          'Usage: duphong digitize figures --year YEAR [--unit UNIT]',
        ),
      );
      const f = await digitisationFigures(ctx, undefined, { year, ...(values.unit !== undefined && { unitId: values.unit }) });
      out.result(f);
      out.say(
        `Năm ${f.year}${f.unitId ? `, đơn vị ${f.unitId}` : ''}: ${f.documentsStored} tài liệu, ${f.pagesStored} trang đã số hóa và lưu bản sao dự phòng; ${f.documentsRejected} tài liệu không đạt; ${f.batches} đợt số hóa.`,
        `${f.year}${f.unitId ? `, unit ${f.unitId}` : ''}: ${f.documentsStored} documents, ${f.pagesStored} pages digitised into backup copies; ${f.documentsRejected} rejected; ${f.batches} batches.`,
      );
      return 0;
    }
    if (sub === 'review') {
      const queue = await reviewQueue(ctx, undefined);
      out.result({ review: queue });
      const head = lang === 'en' ? ['batch', 'document', 'pages', 'findings'] : ['đợt', 'tài liệu', 'trang', 'phát hiện'];
      const rows = queue.map((d) => [
        d.batchName,
        docCodeOf(d.fileCode, d.ordinal),
        String(d.pages),
        d.findings.map((f) => (lang === 'en' ? f.en : f.vi)).join(' | '),
      ]);
      out.say(
        queue.length ? table([head, ...rows]) : 'Không có tài liệu nào chờ xem xét.',
        queue.length ? table([head, ...rows]) : 'Nothing awaits review.',
      );
      return 0;
    }
    // accept | reject BATCH DOC-CODE
    const [id, docCode] = positionals;
    const usage = `Cách dùng: duphong digitize ${sub} MÃ-ĐỢT MÃ-HỒ-SƠ.NNNNNNN [--note GHI-CHÚ]`;
    const batchId = need(id, usage, `Usage: duphong digitize ${sub} BATCH FILE-CODE.NNNNNNN [--note NOTE]`);
    const m = /^(.+)\.(\d{7})$/.exec(need(docCode, usage, `Usage: duphong digitize ${sub} BATCH FILE-CODE.NNNNNNN`).normalize('NFC'));
    if (!m)
      throw requestError(
        'DP-USAGE',
        `Mã tài liệu phải có dạng MÃ-HỒ-SƠ.NNNNNNN (nhận "${docCode}").`,
        `A document code is FILE-CODE.NNNNNNN (got "${docCode}").`,
      );
    if (sub === 'reject' && !values.note)
      throw requestError('DP-USAGE', 'Hãy ghi lý do không đạt: --note "…"', 'Give the reason: --note "…"');
    const doc = await decideDocument(ctx, undefined, batchId, m[1]!, Number(m[2]), {
      accept: sub === 'accept',
      ...(values.note !== undefined && { note: values.note }),
      ...(process.env.DUPHONG_USER !== undefined && { by: process.env.DUPHONG_USER }),
    });
    out.result(doc);
    out.say(
      `${docCode}: ${DOCUMENT_STATE_LABELS[doc.state].vi}. Chạy tiếp: duphong digitize run ${batchId}`,
      `${docCode}: ${DOCUMENT_STATE_LABELS[doc.state].en}. Continue: duphong digitize run ${batchId}`,
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
