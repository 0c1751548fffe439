import {
  displayUnitDate,
  FILM_CONDITION_LABELS,
  FILM_GENERATION_LABELS,
  FILM_SIGN_LABELS,
  type FilmCondition,
  type FilmFinding,
  type FilmGeneration,
  type FilmType,
} from '@duphong/core';
import { openContext } from '../../app/context.js';
import { requestError } from '../../errors.js';
import { resolveHome } from '../../config/config.js';
import {
  analogueCopiesOf,
  inspectDuplicate,
  listReelViews,
  microfilmFigures,
  reelView,
  saveDuplicate,
  saveFrames,
  saveReel,
  type ReelView,
} from '../../usecases/microfilm.js';
import { parse } from '../args.js';
import { table, type Output } from '../output.js';

const OPTIONS = {
  unit: { type: 'string' },
  type: { type: 'string' },
  date: { type: 'string' },
  'frame-count': { type: 'string' },
  ratio: { type: 'string' },
  standard: { type: 'string' },
  generation: { type: 'string' },
  note: { type: 'string' },
  file: { type: 'string' },
  document: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  location: { type: 'string' },
  medium: { type: 'string' },
  condition: { type: 'string' },
  signs: { type: 'string' },
  by: { type: 'string' },
  unreadable: { type: 'boolean', default: false },
  year: { type: 'string' },
} as const;

const need = (value: string | undefined, vi: string, en: string): string => {
  if (value === undefined || value.trim() === '') throw requestError('DP-USAGE', vi, en);
  return value.normalize('NFC');
};

function whole(value: string | undefined, option: string): number {
  const n = Number(need(value, `Thiếu --${option} SỐ`, `Missing --${option} NUMBER`));
  if (!Number.isSafeInteger(n))
    throw requestError(
      'DP-USAGE',
      `--${option} phải là số nguyên (nhận "${value}").`,
      `--${option} must be a whole number (got "${value}").`,
    );
  return n;
}

const day = (iso: string | null): string => (iso ? displayUnitDate(iso) : '—');
const condition = (c: FilmCondition, lang: 'vi' | 'en'): string => `${c} ${FILM_CONDITION_LABELS[c][lang]}`;
const generation = (g: FilmGeneration, lang: 'vi' | 'en'): string => FILM_GENERATION_LABELS[g][lang];
const signWords = (signs: readonly string[], lang: 'vi' | 'en'): string =>
  signs.map((s) => (s in FILM_SIGN_LABELS ? FILM_SIGN_LABELS[s as keyof typeof FILM_SIGN_LABELS][lang] : s)).join(', ') ||
  (lang === 'en' ? 'none' : 'không có');

function warn(out: Output, findings: readonly FilmFinding[]): void {
  for (const f of findings) out.progress(`  CẢNH BÁO ${f.code}: ${f.vi}`, `  WARNING ${f.code}: ${f.en}`);
}

function showReel(out: Output, r: ReelView): void {
  const lang = out.lang;
  const head = lang === 'en' ? ['frames', 'file', 'document'] : ['khung hình', 'hồ sơ', 'tài liệu'];
  const frames = r.frames.map((f) => [`${f.frameFrom}–${f.frameTo}`, f.fileCode, f.documentId ?? '']);
  const copyHead =
    lang === 'en'
      ? ['copy', 'generation', 'kept at', 'condition', 'last inspection']
      : ['bản phim', 'thế hệ', 'nơi bảo quản', 'tình trạng', 'kiểm tra gần nhất'];
  const copies = r.duplicates.map((d) => {
    const last = d.inspections.at(-1);
    return [
      d.code,
      generation(d.generation, lang),
      d.location,
      condition(d.condition, lang),
      last ? `${day(last.date)} ${signWords(last.signs, lang)}` : '—',
    ];
  });
  const line = `${r.code} · ${r.filmType} · ${generation(r.generation, lang)} · ${day(r.filmedDate)} · ${r.frameCount} ${lang === 'en' ? 'frames' : 'khung'}${r.reductionRatio ? ` · ${r.reductionRatio}` : ''}${r.unitId ? ` · ${r.unitId}` : ''}`;
  const body = [line, frames.length ? table([head, ...frames]) : '', copies.length ? table([copyHead, ...copies]) : '']
    .filter(Boolean)
    .join('\n\n');
  out.say(body, body);
}

/** `duphong microfilm …`: microfilm reels as backup copies (docs/microfilm.md). */
export async function runMicrofilm(args: string[], out: Output): Promise<number> {
  const [sub, ...rest] = args;
  const { values: v, positionals } = parse(rest, OPTIONS);
  const lang = out.lang;
  const ctx = await openContext(resolveHome(v.home));
  try {
    if (sub === 'add') {
      const { reel, findings } = await saveReel(ctx, undefined, {
        code: need(positionals[0], 'Thiếu số cuộn: duphong microfilm add SỐ-CUỘN …', 'Missing reel number: duphong microfilm add REEL …'),
        unitId: v.unit ?? null,
        filmType: need(v.type, 'Thiếu --type 35mm|16mm', 'Missing --type 35mm|16mm') as FilmType,
        generation: (v.generation ?? 'master') as FilmGeneration,
        filmedDate: need(v.date, 'Thiếu --date DD/MM/YYYY (ngày chụp)', 'Missing --date DD/MM/YYYY (filming date)'),
        frameCount: whole(v['frame-count'], 'frame-count'),
        reductionRatio: v.ratio,
        standard: v.standard,
        notes: v.note,
      });
      out.result({ reel, findings });
      warn(out, findings);
      out.say(
        `Đã đăng ký cuộn vi phim ${reel.code} (${reel.id}). Ghi khung hình: duphong microfilm frames ${reel.code} MÃ-HỒ-SƠ --from N --to M`,
        `Registered microfilm reel ${reel.code} (${reel.id}). Record frames: duphong microfilm frames ${reel.code} FILE-CODE --from N --to M`,
      );
      return 0;
    }
    if (sub === 'show') {
      const view = await reelView(ctx, undefined, need(positionals[0], 'Thiếu số cuộn', 'Missing reel number'));
      out.result(view);
      showReel(out, view);
      return 0;
    }
    if (sub === 'frames') {
      const reel = need(positionals[0], 'Thiếu số cuộn: duphong microfilm frames SỐ-CUỘN MÃ-HỒ-SƠ --from N --to M', 'Missing reel number');
      const fileCode = need(positionals[1] ?? v.file, 'Thiếu mã hồ sơ', 'Missing file code');
      const { frames, findings } = await saveFrames(
        ctx,
        undefined,
        reel,
        [{ fileCode, documentId: v.document ?? null, frameFrom: whole(v.from, 'from'), frameTo: whole(v.to, 'to') }],
        { append: true },
      );
      out.result({ frames, findings });
      warn(out, findings);
      out.say(`Cuộn ${reel}: ${frames.length} khoảng khung hình.`, `Reel ${reel}: ${frames.length} frame ranges.`);
      return 0;
    }
    if (sub === 'duplicate') {
      const reel = need(positionals[0], 'Thiếu số cuộn: duphong microfilm duplicate SỐ-CUỘN SỐ-BẢN --location KHO', 'Missing reel number');
      const copy = await saveDuplicate(ctx, undefined, reel, {
        code: need(positionals[1], 'Thiếu số hiệu bản phim', 'Missing copy number'),
        generation: (v.generation ?? 'duplicate-negative') as FilmGeneration,
        location: need(v.location, 'Thiếu --location NƠI-BẢO-QUẢN (kho, site)', 'Missing --location STORE (store, site)'),
        medium: v.medium,
        createdDate: v.date ?? null,
        condition: (v.condition ?? '01') as FilmCondition,
        notes: v.note,
      });
      out.result(copy);
      out.say(
        `Đã ghi bản phim ${copy.code} của cuộn ${reel}, bảo quản tại ${copy.location} (${condition(copy.condition, 'vi')}).`,
        `Recorded copy ${copy.code} of reel ${reel}, kept at ${copy.location} (${condition(copy.condition, 'en')}).`,
      );
      return 0;
    }
    if (sub === 'inspect') {
      const view = await reelView(
        ctx,
        undefined,
        need(positionals[0], 'Thiếu số cuộn: duphong microfilm inspect SỐ-CUỘN SỐ-BẢN …', 'Missing reel number'),
      );
      const code = need(positionals[1], 'Thiếu số hiệu bản phim', 'Missing copy number');
      const copy = view.duplicates.find((d) => d.code === code);
      if (!copy)
        throw requestError(
          'DP-FILM-DUPLICATE-UNKNOWN',
          `Cuộn ${view.code} không có bản phim "${code}".`,
          `Reel ${view.code} has no copy "${code}".`,
        );
      const { inspection, findings } = await inspectDuplicate(ctx, undefined, copy.id, {
        date: need(v.date, 'Thiếu --date DD/MM/YYYY (ngày kiểm tra)', 'Missing --date DD/MM/YYYY'),
        inspector: v.by ?? process.env.DUPHONG_USER ?? '',
        signs: (v.signs ?? '')
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
        readable: !v.unreadable,
        condition: need(v.condition, 'Thiếu --condition 01|02|03 (tình trạng tìm thấy)', 'Missing --condition 01|02|03') as FilmCondition,
        notes: v.note,
      });
      out.result({ inspection, findings });
      warn(out, findings);
      out.say(
        `Đã ghi lần kiểm tra ngày ${day(inspection.date)} của bản ${code}: ${signWords(inspection.signs, 'vi')}; ${condition(inspection.condition, 'vi')}.`,
        `Recorded the inspection of ${day(inspection.date)} of copy ${code}: ${signWords(inspection.signs, 'en')}; ${condition(inspection.condition, 'en')}.`,
      );
      return 0;
    }
    if (sub === 'copies') {
      const copies = await analogueCopiesOf(ctx, undefined, need(positionals[0], 'Thiếu mã hồ sơ', 'Missing file code'));
      out.result({ copies });
      const head =
        lang === 'en'
          ? ['reel', 'copy', 'frames', 'kept at', 'condition', 'inspected']
          : ['cuộn', 'bản phim', 'khung', 'nơi bảo quản', 'tình trạng', 'kiểm tra'];
      const rows = copies.map((c) => [
        c.reelCode,
        c.duplicateCode,
        c.frames.map((f) => `${f.frameFrom}–${f.frameTo}`).join(' '),
        c.location,
        condition(c.condition, lang),
        day(c.lastInspection?.date ?? null),
      ]);
      out.say(
        copies.length ? table([head, ...rows]) : 'Hồ sơ chưa có bản sao vi phim.',
        copies.length ? table([head, ...rows]) : 'The file has no microfilm copy.',
      );
      return 0;
    }
    if (sub === 'figures') {
      const figures = await microfilmFigures(ctx, undefined, { year: whole(v.year, 'year'), unitId: v.unit });
      out.result(figures);
      const head =
        lang === 'en'
          ? ['unit', 'reels', 'frames', 'files', 'copies', '01/02/03']
          : ['đơn vị', 'cuộn', 'khung', 'hồ sơ', 'bản phim', '01/02/03'];
      const rows = [...figures.units, { ...figures.total, unitId: lang === 'en' ? 'total' : 'tổng' }].map((u) => [
        u.unitId ?? '—',
        String(u.reels),
        String(u.frames),
        String(u.filesCovered),
        String(u.duplicates),
        `${u.duplicatesByCondition['01']}/${u.duplicatesByCondition['02']}/${u.duplicatesByCondition['03']}`,
      ]);
      out.say(table([head, ...rows]), table([head, ...rows]));
      return 0;
    }
    const reels = await listReelViews(ctx, undefined, { fileCode: v.file });
    out.result({ reels });
    const head =
      lang === 'en'
        ? ['reel', 'type', 'filmed', 'frames', 'files', 'copies', 'unit']
        : ['cuộn', 'khổ', 'ngày chụp', 'khung', 'hồ sơ', 'bản phim', 'đơn vị'];
    const rows = reels.map((r) => [
      r.code,
      r.filmType,
      day(r.filmedDate),
      String(r.frameCount),
      String(new Set(r.frames.map((f) => f.fileCode)).size),
      String(r.duplicates.length),
      r.unitId ?? '—',
    ]);
    out.say(
      reels.length ? table([head, ...rows]) : 'Chưa có cuộn vi phim nào. Đăng ký: duphong microfilm add SỐ-CUỘN …',
      reels.length ? table([head, ...rows]) : 'No microfilm reel yet. Register one: duphong microfilm add REEL …',
    );
    return 0;
  } finally {
    await ctx.close();
  }
}
