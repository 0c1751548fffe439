import type { PremisEvent } from '../model/catalogue.js';

/*
 * What the copies of one backup object were on a given day, read from its PREMIS events (the
 * witness), not from today's copy table: a copy exists on a site from its first successful write
 * (a "fixity check" read back after writing, or a "replication"); it is verified on that day when
 * its latest check up to then succeeded. So statistics can be asked "as of 31/12/2024".
 */

export interface CopiesAt {
  /** Sites holding a copy written and read back by then. */
  made: string[];
  /** Of those, sites whose latest check by then succeeded. */
  verified: string[];
  /** Sites whose latest check by then failed. */
  failed: string[];
  /** Checks during [from, at], whatever their outcome: the audits done in a period. */
  checks: number;
}

/** `at`, `from`: instants comparable with the events' ISO dates (all written +07:00). */
export function copiesAt(events: readonly PremisEvent[], at: string, from?: string): CopiesAt {
  const made = new Set<string>();
  const latest = new Map<string, { time: number; outcome: PremisEvent['outcome'] }>();
  let checks = 0;
  // Compared as instants: events carried in from other packages may be written in another offset ("Z").
  const end = Date.parse(at);
  const start = from === undefined ? undefined : Date.parse(from);
  for (const e of events) {
    const time = Date.parse(e.dateTime);
    if (e.site === null || Number.isNaN(time) || time > end) continue;
    if (e.type !== 'fixity check' && e.type !== 'replication') continue;
    if (e.outcome === 'success') made.add(e.site);
    if (e.type === 'fixity check') {
      const seen = latest.get(e.site);
      if (!seen || time >= seen.time) latest.set(e.site, { time, outcome: e.outcome });
      if (start !== undefined && time >= start) checks++;
    }
  }
  const verified: string[] = [];
  const failed: string[] = [];
  for (const [site, e] of latest) (e.outcome === 'success' ? verified : failed).push(site);
  return { made: [...made].sort(), verified: verified.filter((s) => made.has(s)).sort(), failed: failed.sort(), checks };
}

/** The end of a day in Vietnam, comparable with event dates. */
export const endOfDay = (date: string): string => `${date}T23:59:59.999+07:00`;
export const startOfDay = (date: string): string => `${date}T00:00:00+07:00`;
