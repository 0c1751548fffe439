import { readFileSync } from 'node:fs';
import { COMMON_HELP, HELP } from './help-text.js';

// What `duphong --help`, `duphong <command> --help` and `--version` print, and the "did you
// mean" of a mistyped command or option. No @duphong/core here: help must start fast.

type Lang = 'vi' | 'en';

/** Edit distance (insert, delete, substitute), for "did you mean". */
export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `typed`, when near enough to be a typo (or `typed` is its prefix). */
export function closest(typed: string, candidates: readonly string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = name.startsWith(typed) && typed.length >= 2 ? 0.5 : levenshtein(typed, name);
    if (!best || distance < best.distance) best = { name, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(typed.length / 3)) ? best.name : undefined;
}

export const didYouMean = (suggestion: string | undefined, lang: Lang): string =>
  suggestion === undefined ? '' : lang === 'en' ? ` Did you mean "${suggestion}"?` : ` Có phải ý bạn là "${suggestion}"?`;

export function overviewHelp(lang: Lang): string {
  const width = Math.max(...Object.keys(HELP).map((name) => name.length)) + 2;
  const lines = Object.entries(HELP).map(([name, h]) => `  ${name.padEnd(width)}${h.summary[lang]}`);
  return lang === 'en'
    ? [
        'DuPhong — backup archiving',
        '',
        'Usage: duphong <command> [options]     ("duphong <command> --help" explains one command)',
        '',
        ...lines,
        '',
        COMMON_HELP.en,
        'duphong --version prints the version.',
        'Exit codes: 0 done · 1 internal error · 2 bad request · 3 integrity problem · 4 not possible now (retry)',
        '',
      ].join('\n')
    : [
        'DuPhong — lưu trữ dự phòng',
        '',
        'Cách dùng: duphong <lệnh> [tùy chọn]     ("duphong <lệnh> --help" giải thích một lệnh)',
        '',
        ...lines,
        '',
        COMMON_HELP.vi,
        'duphong --version in phiên bản.',
        'Mã thoát: 0 xong · 1 lỗi nội bộ · 2 yêu cầu sai · 3 phát hiện hư hỏng · 4 tạm thời không thể (thử lại sau)',
        '',
      ].join('\n');
}

/** `duphong <command> --help`; undefined for a command without help text. */
export function commandHelp(name: string, lang: Lang): string | undefined {
  const h = HELP[name];
  if (!h) return undefined;
  const title = lang === 'en' ? `duphong ${name} — ${h.summary.en}` : `duphong ${name} — ${h.summary.vi}`;
  return `${title}\n\n${lang === 'en' ? 'Usage' : 'Cách dùng'}:\n${h.usage[lang]}\n\n${COMMON_HELP[lang]}\n`;
}

export const commandNames = (): string[] => Object.keys(HELP);
export const subcommandsOf = (name: string): readonly string[] | undefined => HELP[name]?.subcommands;

/** The installed package's version (package.json next to dist/ or src/). */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return manifest.version;
}
