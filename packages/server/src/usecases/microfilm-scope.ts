import { effectiveFileMode, inScope, levelsOf, mayRead, type Catalogue, type MicrofilmReel, type Principal } from '@duphong/core';
import { notFoundError } from '../errors.js';

/*
 * Unit scope of microfilm records: a reel belongs to its unit; its frames, copies and inspections
 * follow it. A reel outside the principal's units answers like one that does not exist. No
 * principal (the CLI on the server) sees everything.
 */

export const unknownReel = (id: string) =>
  notFoundError('DP-FILM-REEL-UNKNOWN', `Không có cuộn vi phim "${id}".`, `No microfilm reel "${id}".`);
export const unknownDuplicate = (id: string) =>
  notFoundError('DP-FILM-DUPLICATE-UNKNOWN', `Không có bản phim "${id}".`, `No film copy "${id}".`);

export const seesReel = (principal: Principal | undefined, reel: Pick<MicrofilmReel, 'unitId'>): boolean =>
  principal === undefined || inScope(principal, reel.unitId);

/** The reel named by id or by its number, when the principal may see it. */
export async function reelInScope(
  c: Catalogue,
  principal: Principal | undefined,
  idOrCode: string,
  unknown: () => Error = () => unknownReel(idOrCode),
): Promise<MicrofilmReel> {
  const reel = (await c.microfilm.getReel(idOrCode)) ?? (await c.microfilm.getReelByCode(idOrCode));
  if (!reel || !seesReel(principal, reel)) throw unknown();
  return reel;
}

/**
 * The unit of a file the principal may see (null: a file of no unit); undefined when the file is
 * unknown or not visible to them (above their levels or outside their units): the same answer.
 */
export async function visibleFileUnit(
  c: Catalogue,
  principal: Principal | undefined,
  fileCode: string,
): Promise<string | null | undefined> {
  const file = await c.records.getFile(fileCode);
  if (!file) return undefined;
  const unitId = file.fondsCode === null ? null : ((await c.records.getFonds(file.fondsCode))?.unitId ?? null);
  if (principal === undefined) return unitId;
  if (!mayRead(levelsOf(principal), effectiveFileMode(file.fields.mode)) || !inScope(principal, unitId)) return undefined;
  return unitId;
}
