import {
  filmCopyCounts,
  inScope,
  type Catalogue,
  type FilmCondition,
  type FilmDuplicate,
  type FilmGeneration,
  type FilmInspection,
  type FilmType,
  type FrameRange,
  type MicrofilmReel,
  type MicrofilmUnitFigures,
  type Principal,
} from '@duphong/core';
import { requestError } from '../errors.js';
import { reelInScope, seesReel } from './microfilm-scope.js';

/*
 * Reading microfilm records and COUNTING them as backup copies: a file's analogue copies (what
 * the record page and the copies views show beside the digital copies per site) and the yearly
 * figures per unit (reels filmed, frames, files covered, copies by condition).
 */

export type DuplicateView = FilmDuplicate & { inspections: FilmInspection[] };
export type ReelView = MicrofilmReel & { frames: FrameRange[]; duplicates: DuplicateView[] };

/** One physical film copy holding (part of) a file. */
export interface AnalogueCopy {
  reelId: string;
  reelCode: string;
  filmType: FilmType;
  filmedDate: string;
  /** The frames of this reel that hold the file (or some of its documents). */
  frames: Array<{ frameFrom: number; frameTo: number; documentId: string | null }>;
  duplicateId: string;
  duplicateCode: string;
  generation: FilmGeneration;
  location: string;
  medium: string;
  condition: FilmCondition;
  lastInspection: { date: string; inspector: string; signs: string[]; readable: boolean } | null;
  /** Whether it counts as a backup copy (core `filmCopyCounts`: not damaged, readable when last inspected). */
  counts: boolean;
}

async function viewOf(c: Catalogue, reel: MicrofilmReel): Promise<ReelView> {
  const duplicates = await c.microfilm.listDuplicates(reel.id);
  return {
    ...reel,
    frames: await c.microfilm.listFrames(reel.id),
    duplicates: await Promise.all(duplicates.map(async (d) => ({ ...d, inspections: await c.microfilm.listInspections(d.id) }))),
  };
}

/** One reel (by id or number) with its frames, copies and their inspections. */
export async function reelView(ports: { catalogue: Catalogue }, principal: Principal | undefined, idOrCode: string): Promise<ReelView> {
  return viewOf(ports.catalogue, await reelInScope(ports.catalogue, principal, idOrCode.normalize('NFC').trim()));
}

/** The reels the principal may see (of one file, with `fileCode`), by number. */
export async function listReelViews(
  ports: { catalogue: Catalogue },
  principal: Principal | undefined,
  filter: { fileCode?: string | undefined } = {},
): Promise<ReelView[]> {
  const reels = await ports.catalogue.microfilm.listReels({
    ...(filter.fileCode !== undefined && { fileCode: filter.fileCode.normalize('NFC').trim() }),
    ...(principal !== undefined && principal.units !== 'all' && { unitIds: [...principal.units] }),
  });
  return Promise.all(reels.map((r) => viewOf(ports.catalogue, r)));
}

/**
 * The analogue backup copies of a file: every copy (master or duplicate) of every reel whose
 * frames hold it, with where it is kept, its condition and its last inspection. The caller has
 * decided the principal may see the file; reels of units outside their scope are left out.
 */
export async function analogueCopiesOf(
  ports: { catalogue: Catalogue },
  principal: Principal | undefined,
  fileCode: string,
): Promise<AnalogueCopy[]> {
  const c = ports.catalogue;
  const byReel = new Map<string, FrameRange[]>();
  for (const r of await c.microfilm.framesOfFile(fileCode.normalize('NFC').trim()))
    byReel.set(r.reelId, [...(byReel.get(r.reelId) ?? []), r]);
  const copies: AnalogueCopy[] = [];
  for (const [reelId, ranges] of byReel) {
    const reel = await c.microfilm.getReel(reelId);
    if (!reel || !seesReel(principal, reel)) continue;
    for (const d of await c.microfilm.listDuplicates(reel.id)) {
      const last = (await c.microfilm.listInspections(d.id)).at(-1);
      copies.push({
        reelId: reel.id,
        reelCode: reel.code,
        filmType: reel.filmType,
        filmedDate: reel.filmedDate,
        frames: ranges.map((r) => ({ frameFrom: r.frameFrom, frameTo: r.frameTo, documentId: r.documentId })),
        duplicateId: d.id,
        duplicateCode: d.code,
        generation: d.generation,
        location: d.location,
        medium: d.medium,
        condition: d.condition,
        lastInspection: last ? { date: last.date, inspector: last.inspector, signs: last.signs, readable: last.readable } : null,
        counts: filmCopyCounts(d.condition, last ?? null),
      });
    }
  }
  return copies.sort((a, b) => a.reelCode.localeCompare(b.reelCode) || a.duplicateCode.localeCompare(b.duplicateCode));
}

export interface MicrofilmYearFigures {
  year: number;
  units: MicrofilmUnitFigures[];
  total: Omit<MicrofilmUnitFigures, 'unitId'>;
}

/**
 * Figures for the yearly report: reels filmed in `year` of the principal's units (or of `unitId`,
 * which must be one of them), per unit and in total. A reel counts in the year it was filmed; its
 * copies count with their condition now. Files covered in the total add the units' counts (a file
 * belongs to one unit).
 */
export async function microfilmFigures(
  ports: { catalogue: Catalogue },
  principal: Principal | undefined,
  query: { year: number; unitId?: string | undefined },
): Promise<MicrofilmYearFigures> {
  if (!Number.isSafeInteger(query.year) || query.year < 1900 || query.year > 9999)
    throw requestError('DP-FILM-YEAR', `Năm "${query.year}" không hợp lệ.`, `Year "${query.year}" is not valid.`);
  const scope = principal === undefined || principal.units === 'all' ? undefined : [...principal.units];
  const unitIds = query.unitId === undefined ? scope : principal === undefined || inScope(principal, query.unitId) ? [query.unitId] : [];
  const units = await ports.catalogue.microfilm.figures({
    ...(unitIds !== undefined && { unitIds }),
    from: `${query.year}-01-01`,
    to: `${query.year}-12-31`,
  });
  const total = { reels: 0, frames: 0, filesCovered: 0, duplicates: 0, duplicatesByCondition: { '01': 0, '02': 0, '03': 0 } };
  for (const u of units) {
    total.reels += u.reels;
    total.frames += u.frames;
    total.filesCovered += u.filesCovered;
    total.duplicates += u.duplicates;
    for (const k of ['01', '02', '03'] as const) total.duplicatesByCondition[k] += u.duplicatesByCondition[k];
  }
  return { year: query.year, units, total };
}
