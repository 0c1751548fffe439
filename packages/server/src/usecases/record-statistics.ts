import { assessRiskRecovery, copiesAt, dayBefore, endOfDay, startOfDay, type Copy, type Fonds } from '@duphong/core';
import type { Context } from '../ports/context.js';

/*
 * Counting what a unit holds and has backed up, per fonds, as it stood on a day (issue 11: the
 * statistics list handed over with the database, and the computed figures of the yearly report).
 * Records count from the day they were described; copies are read from the PREMIS events, the
 * witness of what was written and checked when (plans/copy-history.ts), never from today's table.
 * Files with no fonds belong to no unit and are not counted.
 */

/** What is counted per fonds (and summed for a total). */
export interface StatisticsCounts {
  files: number;
  documents: number;
  /** Σ numberOfPage of the files. */
  pages: number;
  digitisedDocuments: number;
  digitisedPages: number;
  /** Files with at least one backup copy. */
  filesBackedUp: number;
  copies: number;
  copiesVerified: number;
  copiesFailed: number;
  /** Files whose copies met the replication policy that day, all verified. */
  filesPolicyMet: number;
}

export interface FondsStatistics extends StatisticsCounts {
  unitId: string;
  fondsCode: string;
  fondsName: string;
  kind: Fonds['kind'];
}

export const zeroCounts = (): StatisticsCounts => ({
  files: 0,
  documents: 0,
  pages: 0,
  digitisedDocuments: 0,
  digitisedPages: 0,
  filesBackedUp: 0,
  copies: 0,
  copiesVerified: 0,
  copiesFailed: 0,
  filesPolicyMet: 0,
});

/** What happened during a period (the year of a report), beside the state at its end. */
export interface PeriodActivity {
  copiesMade: number;
  checks: number;
  incidents: number;
}

/** TT05 `numberOfPage` of a file or document; 0 when blank or not a number. */
export const pagesOf = (fields: Record<string, string>): number => {
  const n = Number((fields.numberOfPage ?? '').trim());
  return Number.isFinite(n) && n > 0 ? n : 0;
};

export async function collectStatistics(
  ctx: Context,
  unitIds: readonly string[],
  at: string,
  period?: { from: string },
): Promise<{ rows: FondsStatistics[]; activity: PeriodActivity }> {
  const c = ctx.catalogue;
  const end = endOfDay(at);
  const start = period ? startOfDay(period.from) : undefined;
  const before = period ? endOfDay(dayBefore(period.from)) : undefined;
  const activity: PeriodActivity = { copiesMade: 0, checks: 0, incidents: 0 };
  const sites = (await c.listSites()).map((s) => ({ name: s.name, region: s.region, medium: s.medium, online: true }));
  const objects = new Map((await c.listObjects()).map((o) => [o.fileCode, o]));
  const digitised = await digitisedByFile(ctx, unitIds, end);
  // Incidents raised in the period, counted per object once (not filtered again for every object).
  const incidents = new Map<string, number>();
  if (start !== undefined)
    for (const i of await c.listIncidents())
      if (i.createdAt >= start && i.createdAt <= end) incidents.set(i.objectId, (incidents.get(i.objectId) ?? 0) + 1);
  const rows: FondsStatistics[] = [];
  for (const unitId of unitIds)
    for (const fonds of await c.records.listFonds({ unitId })) {
      const row: FondsStatistics = { unitId, fondsCode: fonds.code, fondsName: fonds.name, kind: fonds.kind, ...zeroCounts() };
      for (const file of await c.records.listFiles({ fondsCode: fonds.code })) {
        if (file.createdAt > end) continue;
        row.files++;
        row.pages += pagesOf(file.fields);
        row.documents += (await c.records.listDocuments(file.code)).filter((d) => d.createdAt <= end).length;
        const d = digitised.get(file.code);
        if (d) {
          row.digitisedDocuments += d.documents;
          row.digitisedPages += d.pages;
        }
        const object = objects.get(file.code);
        if (!object) continue;
        const events = await c.listEvents({ objectId: object.id });
        const state = copiesAt(events, end, start);
        if (state.made.length === 0) continue;
        row.filesBackedUp++;
        row.copies += state.made.length;
        row.copiesVerified += state.verified.length;
        row.copiesFailed += state.failed.length;
        const copies: Copy[] = state.verified.map((site) => ({
          objectId: object.id,
          site,
          version: object.head,
          status: 'ok',
          verifiedAt: end,
          detail: null,
        }));
        if (assessRiskRecovery(object, copies, sites, ctx.config.policy).status === '01') row.filesPolicyMet++;
        if (start !== undefined && before !== undefined) {
          activity.copiesMade += state.made.length - copiesAt(events, before).made.length;
          activity.checks += state.checks;
          activity.incidents += incidents.get(object.id) ?? 0;
        }
      }
      rows.push(row);
    }
  return { rows, activity };
}

/** Documents and pages digitised and stored by `end`, per file, from the units' batches. */
export async function digitisedByFile(
  ctx: Context,
  unitIds: readonly string[],
  end: string,
): Promise<Map<string, { documents: number; pages: number }>> {
  const out = new Map<string, { documents: number; pages: number }>();
  for (const batch of await ctx.catalogue.digitisation.listBatches({ unitIds }))
    for (const d of await ctx.catalogue.digitisation.listDocuments(batch.id, { state: 'stored' })) {
      if (d.updatedAt > end) continue;
      const seen = out.get(d.fileCode) ?? { documents: 0, pages: 0 };
      out.set(d.fileCode, { documents: seen.documents + 1, pages: seen.pages + d.pages });
    }
  return out;
}
