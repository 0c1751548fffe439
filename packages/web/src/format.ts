// Dates and sizes as Vietnamese readers expect them.

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** DD/MM/YYYY HH:mm in Vietnam time (UTC+7, no daylight saving), whatever the browser's time zone. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const s = new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString();
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

/** Sizes: one rule for the CLI, reports and the UI (KB = 1024 B, Vietnamese decimal comma). */
export { formatBytes } from '@duphong/core';

export function formatNumber(n: number, lang: 'vi' | 'en'): string {
  return n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
}

/** A calendar day (YYYY-MM-DD, or an ISO time) as DD/MM/YYYY; anything else as given. */
export function formatDay(day: string | null | undefined): string {
  if (!day) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}
