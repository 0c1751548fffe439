/** Timestamps in packages and the catalogue: ISO 8601 in Vietnam time (+07:00), with milliseconds. */
const OFFSET_MS = 7 * 3600 * 1000;

export function isoVietnam(date: Date): string {
  const shifted = new Date(date.getTime() + OFFSET_MS);
  return shifted.toISOString().replace('Z', '+07:00');
}

/** DD/MM/YYYY for people (UI and human CLI output). */
export function displayDate(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const s = new Date(d.getTime() + OFFSET_MS).toISOString();
  return `${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)} ${s.slice(11, 16)}`;
}

export interface Clock {
  now(): Date;
}
