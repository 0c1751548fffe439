import { entryKey, type BackupListEntry, type Figures } from '@duphong/core';
import type { Context } from '../ports/context.js';
import { collectStatistics, pagesOf } from './record-statistics.js';

/*
 * The figures of a yearly results report that the catalogue knows (core plans/figures.ts):
 * selection from the lists approved for that year, digitisation and films of that year, and the
 * backup copies as they stood on 31/12 (made and checked during the year from the PREMIS events).
 */

export async function computeYearFigures(ctx: Context, unitIds: readonly string[], year: number): Promise<Figures> {
  const selection = await selectionFigures(ctx, unitIds, year);
  const digitised = await ctx.catalogue.digitisation.figures({ unitIds, from: `${year}-01-01`, to: `${year + 1}-01-01` });
  const reels = (await ctx.catalogue.microfilm.listReels({ unitIds })).filter((r) => r.filmedDate.startsWith(`${year}-`));
  const { rows, activity } = await collectStatistics(ctx, unitIds, `${year}-12-31`, { from: `${year}-01-01` });
  const sum = (key: 'filesBackedUp' | 'copiesVerified' | 'filesPolicyMet') => rows.reduce((n, r) => n + r[key], 0);
  return {
    ...selection,
    pagesDigitised: digitised.pagesStored,
    documentsDigitised: digitised.documentsStored,
    filmsMade: reels.length,
    filmFrames: reels.reduce((n, r) => n + r.frameCount, 0),
    objectsBackedUp: sum('filesBackedUp'),
    copiesMade: activity.copiesMade,
    copiesVerified: sum('copiesVerified'),
    objectsPolicyMet: sum('filesPolicyMet'),
    auditsDone: activity.checks,
    incidents: activity.incidents,
  };
}

/**
 * Fonds, shelf-metres, files and pages on the lists approved for `year`. A record on two lists
 * counts once; a listed fonds brings all its holdings' shelf-metres, a listed file its own
 * holdings'; a listed document counts its pages and its file (not the file's other pages).
 */
async function selectionFigures(ctx: Context, unitIds: readonly string[], year: number): Promise<Figures> {
  const records = ctx.catalogue.records;
  const entries = new Map<string, BackupListEntry>();
  for (const unitId of unitIds)
    for (const summary of await ctx.catalogue.selection.listLists({ unitId, year, status: 'approved' })) {
      const list = await ctx.catalogue.selection.getList(summary.id);
      for (const e of list?.entries ?? []) entries.set(entryKey(e), e);
    }
  const fonds = new Set<string>();
  const files = new Set<string>();
  let pages = 0;
  const listedFiles = [...entries.values()].filter((e) => e.recordKind === 'file').map((e) => e.recordCode);
  for (const e of entries.values()) {
    if (e.recordKind === 'fonds') fonds.add(e.recordCode);
    else if (e.recordKind === 'file') {
      const file = await records.getFile(e.recordCode);
      if (!file) continue;
      files.add(file.code);
      pages += pagesOf(file.fields);
      if (file.fondsCode) fonds.add(file.fondsCode);
    } else {
      const doc = await records.getDocument(e.recordCode);
      if (!doc) continue;
      if (!listedFiles.includes(doc.fileCode)) pages += pagesOf(doc.fields);
      files.add(doc.fileCode);
      const file = await records.getFile(doc.fileCode);
      if (file?.fondsCode) fonds.add(file.fondsCode);
    }
  }
  let metres = 0;
  const wholeFonds = new Set([...entries.values()].filter((e) => e.recordKind === 'fonds').map((e) => e.recordCode));
  for (const code of fonds)
    for (const h of await records.listHoldings(code))
      if (wholeFonds.has(code) || (h.fileCode !== null && files.has(h.fileCode))) metres += h.shelfMetres ?? 0;
  return {
    fondsSelected: fonds.size,
    shelfMetresSelected: Math.round(metres * 1000) / 1000,
    filesListed: files.size,
    pagesListed: pages,
  };
}
