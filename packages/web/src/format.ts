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

/** DD/MM/YYYY (what people type) → YYYY-MM-DD (what the API takes); undefined when empty, null when invalid. */
export function isoDay(text: string): string | undefined | null {
  const t = text.trim();
  if (!t) return undefined;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCDate() !== d || date.getUTCMonth() !== mo - 1) return null;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
