import type { FilmCondition, FrameRange, MicrofilmReel } from '../ports/microfilm.js';

/*
 * The pure checks of microfilm registration (codes DP-FILM-…, docs/microfilm.md): a reel's own
 * fields, its frame ranges against each other and against the reel's frame count, and an
 * inspection's signs against the condition it records. What needs the catalogue (a file code or
 * document that does not exist) is checked by the server's use case with the same finding shape.
 */

export interface FilmFinding {
  code: string;
  severity: 'error' | 'warning';
  vi: string;
  en: string;
  /** What the finding is about: a frame range `FILE frames A–B`, a field name. */
  path?: string;
}

export const MAX_FRAMES = 100_000;
const RATIO = /^1\s*:\s*\d{1,3}(?:[.,]\d+)?$/;

const rangeName = (r: Pick<FrameRange, 'fileCode' | 'documentId' | 'frameFrom' | 'frameTo'>): string =>
  `${r.documentId ?? r.fileCode} [${r.frameFrom}–${r.frameTo}]`;

/** A reel's own fields. */
export function checkReel(reel: Pick<MicrofilmReel, 'code' | 'frameCount' | 'reductionRatio'>): FilmFinding[] {
  const findings: FilmFinding[] = [];
  if (reel.code.trim() === '')
    findings.push({
      code: 'DP-FILM-CODE-EMPTY',
      severity: 'error',
      vi: 'Thiếu số cuộn phim.',
      en: 'The reel number is missing.',
      path: 'code',
    });
  if (!Number.isSafeInteger(reel.frameCount) || reel.frameCount < 1 || reel.frameCount > MAX_FRAMES)
    findings.push({
      code: 'DP-FILM-FRAME-COUNT',
      severity: 'error',
      vi: `Số khung hình của cuộn phải là số nguyên từ 1 đến ${MAX_FRAMES} (nhận ${reel.frameCount}).`,
      en: `A reel's frame count must be a whole number from 1 to ${MAX_FRAMES} (got ${reel.frameCount}).`,
      path: 'frameCount',
    });
  if (reel.reductionRatio.trim() !== '' && !RATIO.test(reel.reductionRatio.trim()))
    findings.push({
      code: 'DP-FILM-RATIO',
      severity: 'warning',
      vi: `Tỷ lệ thu nhỏ "${reel.reductionRatio}" không có dạng 1:N (ví dụ 1:14).`,
      en: `Reduction ratio "${reel.reductionRatio}" is not written 1:N (e.g. 1:14).`,
      path: 'reductionRatio',
    });
  return findings;
}

/** Frame ranges of one reel: each within 1…frameCount, from ≤ to, and no two sharing a frame. */
export function checkFrames(frameCount: number, ranges: readonly Omit<FrameRange, 'reelId'>[]): FilmFinding[] {
  const findings: FilmFinding[] = [];
  for (const r of ranges) {
    if (!Number.isSafeInteger(r.frameFrom) || !Number.isSafeInteger(r.frameTo) || r.frameFrom < 1 || r.frameFrom > r.frameTo)
      findings.push({
        code: 'DP-FILM-FRAMES-ORDER',
        severity: 'error',
        vi: `Khung hình ${rangeName(r)}: khung đầu phải từ 1 trở lên và không lớn hơn khung cuối.`,
        en: `Frames ${rangeName(r)}: the first frame must be 1 or more and not after the last.`,
        path: rangeName(r),
      });
    else if (r.frameTo > frameCount)
      findings.push({
        code: 'DP-FILM-FRAMES-BEYOND',
        severity: 'error',
        vi: `Khung hình ${rangeName(r)} vượt quá số khung của cuộn (${frameCount}).`,
        en: `Frames ${rangeName(r)} go beyond the reel's ${frameCount} frames.`,
        path: rangeName(r),
      });
  }
  const sorted = [...ranges].filter((r) => r.frameFrom <= r.frameTo).sort((a, b) => a.frameFrom - b.frameFrom || a.frameTo - b.frameTo);
  for (let i = 1; i < sorted.length; i++) {
    const [a, b] = [sorted[i - 1]!, sorted[i]!];
    if (b.frameFrom <= a.frameTo)
      findings.push({
        code: 'DP-FILM-FRAMES-OVERLAP',
        severity: 'error',
        vi: `Khung hình ${rangeName(b)} trùng với ${rangeName(a)}: mỗi khung chỉ thuộc một hồ sơ/tài liệu.`,
        en: `Frames ${rangeName(b)} overlap ${rangeName(a)}: a frame holds one file or document.`,
        path: rangeName(b),
      });
  }
  return findings;
}

/** An inspection's findings against the condition it records (warnings: a person judged it). */
export function checkInspection(input: { signs: readonly string[]; readable: boolean; condition: FilmCondition }): FilmFinding[] {
  const findings: FilmFinding[] = [];
  if (!input.readable && input.condition !== '03')
    findings.push({
      code: 'DP-FILM-UNREADABLE-NOT-DAMAGED',
      severity: 'warning',
      vi: 'Bản phim không còn đọc được nhưng tình trạng ghi không phải 03 (Hỏng).',
      en: 'The copy is no longer readable but its condition is not 03 (damaged).',
      path: 'condition',
    });
  if (input.signs.includes('hoi-chung-giam') && input.condition === '01')
    findings.push({
      code: 'DP-FILM-VINEGAR-GOOD',
      severity: 'warning',
      vi: 'Có hội chứng giấm nhưng tình trạng ghi 01 (Tốt): phim axetat bị giấm hóa cần tách riêng và nhân bản sớm.',
      en: 'Vinegar syndrome found but condition recorded as 01 (good): acetate film with vinegar syndrome should be isolated and duplicated soon.',
      path: 'condition',
    });
  return findings;
}

/**
 * Whether a film copy counts as a backup copy in the register beside the digital copies: not
 * damaged (condition 03) and, once inspected, still readable at its last inspection.
 */
export function filmCopyCounts(condition: FilmCondition, lastInspection: { readable: boolean } | null): boolean {
  return condition !== '03' && (lastInspection === null || lastInspection.readable);
}
