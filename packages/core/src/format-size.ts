/**
 * Sizes for people: KB, MB, GB (powers of 1024, as file managers show them), one decimal with the
 * Vietnamese decimal comma ("1,5 MB") or the English point. Never a raw byte count to a person;
 * `--json` and the API keep the number.
 */
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'] as const;

export function formatBytes(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  // Bytes are whole; 100 and more need no decimal; otherwise one, dropped when it is zero.
  const decimals = unit === 0 || value >= 100 ? 0 : 1;
  const text = value.toFixed(decimals).replace(/\.0$/, '');
  return `${lang === 'vi' ? text.replace('.', ',') : text} ${UNITS[unit]}`;
}
