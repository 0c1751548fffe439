import { randomUUID } from 'node:crypto';
import {
  checkFrames,
  checkInspection,
  checkReel,
  isoVietnam,
  parseUnitDate,
  FILM_CONDITIONS,
  FILM_GENERATIONS,
  FILM_SIGNS,
  FILM_TYPES,
  type Catalogue,
  type Clock,
  type FilmCondition,
  type FilmDuplicate,
  type FilmFinding,
  type FilmGeneration,
  type FilmInspection,
  type FilmType,
  type FrameRange,
  type MicrofilmReel,
  type Principal,
} from '@duphong/core';
import { conflictError, requestError } from '../errors.js';
import { checkScope } from './record-edits.js';
import { actorName } from './selection-access.js';
import { reelInScope, unknownDuplicate, unknownReel, visibleFileUnit } from './microfilm-scope.js';

/*
 * MICROFILM AS A BACKUP COPY (vi phim, phase I of the insurance programme): register a reel, the
 * frame ranges that hold which files and documents, each physical copy of the reel (the master
 * negative and its duplicates) with where it is kept, and the inspections of each copy. Writes are
 * checked (DP-FILM-… findings, core `microfilm/checks.ts` plus what needs the catalogue) and
 * refused with every error finding; warnings are returned. The CLI passes no principal (the
 * operator on the server acts on everything); over HTTP a reel of another unit is unknown (404)
 * and nothing can be placed into another unit (403), as for descriptions (record-edits.ts).
 * Reads and counting are in microfilm-views.ts.
 */

export interface MicrofilmPorts {
  catalogue: Catalogue;
  clock: Clock;
}

export interface ReelInput {
  code: string;
  unitId: string | null;
  filmType: FilmType;
  generation?: FilmGeneration | undefined;
  /** DD/MM/YYYY or YYYY-MM-DD. */
  filmedDate: string;
  frameCount: number;
  reductionRatio?: string | undefined;
  standard?: string | undefined;
  notes?: string | undefined;
}

export type FrameInput = Omit<FrameRange, 'reelId' | 'documentId'> & { documentId?: string | null | undefined };

export interface DuplicateInput {
  code: string;
  generation?: FilmGeneration | undefined;
  location: string;
  medium?: string | undefined;
  createdDate?: string | null | undefined;
  condition?: FilmCondition | undefined;
  notes?: string | undefined;
}

export interface InspectionInput {
  date: string;
  inspector?: string | undefined;
  signs: readonly string[];
  readable: boolean;
  condition: FilmCondition;
  notes?: string | undefined;
}

const text = (s: string | undefined | null): string => (s ?? '').normalize('NFC').trim();
const now = (ports: MicrofilmPorts): string => isoVietnam(ports.clock.now());

function oneOf<T extends string>(value: string, allowed: readonly T[], field: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw requestError(
    'DP-FILM-VALUE',
    `${field}: "${value}" không hợp lệ (${allowed.join(', ')}).`,
    `${field}: "${value}" is not one of ${allowed.join(', ')}.`,
  );
}

function day(value: string, field: { vi: string; en: string }): string {
  const iso = parseUnitDate(value.trim());
  if (!iso)
    throw requestError(
      'DP-FILM-DATE',
      `${field.vi} "${value}" không hợp lệ (DD/MM/YYYY).`,
      `${field.en} "${value}" is not a valid date (DD/MM/YYYY).`,
    );
  return iso;
}

/** Refuse with every error finding; return the warnings. */
function settle(findings: FilmFinding[], vi: string, en: string): FilmFinding[] {
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw requestError('DP-FILM-INVALID', `${vi} ${errors.map((f) => f.vi).join(' ')}`, `${en} ${errors.map((f) => f.en).join(' ')}`, {
      findings: findings.map((f) => ({ code: f.code, severity: f.severity, message: f.vi, ...(f.path !== undefined && { path: f.path }) })),
    });
  return findings;
}

/** Register a reel (no `id`) or change one. */
export function saveReel(
  ports: MicrofilmPorts,
  principal: Principal | undefined,
  input: ReelInput,
  id?: string,
): Promise<{ reel: MicrofilmReel; findings: FilmFinding[] }> {
  return ports.catalogue.transaction(async (tx) => {
    const repo = tx.microfilm;
    const known = id === undefined ? undefined : await repo.getReel(id);
    if (id !== undefined && !known) throw unknownReel(id);
    checkScope(principal, known?.unitId, input.unitId, () => unknownReel(id ?? input.code));
    const at = now(ports);
    const reel: MicrofilmReel = {
      id: known?.id ?? randomUUID(),
      code: text(input.code),
      unitId: input.unitId,
      filmType: oneOf(input.filmType, FILM_TYPES, 'filmType'),
      generation: oneOf(input.generation ?? 'master', FILM_GENERATIONS, 'generation'),
      filmedDate: day(input.filmedDate, { vi: 'Ngày chụp', en: 'Filming date' }),
      frameCount: input.frameCount,
      reductionRatio: text(input.reductionRatio),
      standard: text(input.standard),
      notes: text(input.notes),
      createdAt: known?.createdAt ?? at,
      updatedAt: at,
    };
    const other = await repo.getReelByCode(reel.code);
    if (other && other.id !== reel.id)
      throw conflictError(
        'DP-FILM-CODE-TAKEN',
        `Số cuộn "${reel.code}" đã được đăng ký.`,
        `Reel number "${reel.code}" is already registered.`,
      );
    // A reel made shorter must still hold its frames.
    const frames = known ? await repo.listFrames(known.id) : [];
    const findings = settle(
      [...checkReel(reel), ...checkFrames(reel.frameCount, frames)],
      'Chưa ghi cuộn phim:',
      'The reel was not saved:',
    );
    await repo.putReel(reel);
    return { reel, findings };
  });
}

/** Replace a reel's frame ranges (`append`: add them to those it has). */
export function saveFrames(
  ports: MicrofilmPorts,
  principal: Principal | undefined,
  reelId: string,
  input: readonly FrameInput[],
  options: { append?: boolean } = {},
): Promise<{ frames: FrameRange[]; findings: FilmFinding[] }> {
  return ports.catalogue.transaction(async (tx) => {
    const reel = await reelInScope(tx, principal, reelId);
    const added = input.map((r) => ({
      reelId: reel.id,
      fileCode: text(r.fileCode),
      documentId: text(r.documentId) || null,
      frameFrom: r.frameFrom,
      frameTo: r.frameTo,
    }));
    const ranges = [...(options.append ? await tx.microfilm.listFrames(reel.id) : []), ...added];
    const findings: FilmFinding[] = checkFrames(reel.frameCount, ranges);
    for (const r of added) {
      const name = `${r.documentId ?? r.fileCode} [${r.frameFrom}–${r.frameTo}]`;
      const fileUnit = await visibleFileUnit(tx, principal, r.fileCode);
      if (fileUnit === undefined) {
        findings.push({
          code: 'DP-FILM-FILE-UNKNOWN',
          severity: 'error',
          vi: `Hồ sơ "${r.fileCode}" không có trong danh mục.`,
          en: `File "${r.fileCode}" is not in the catalogue.`,
          path: name,
        });
        continue;
      }
      if (fileUnit !== reel.unitId)
        findings.push({
          code: 'DP-FILM-FILE-OTHER-UNIT',
          severity: 'warning',
          vi: `Hồ sơ "${r.fileCode}" thuộc đơn vị khác với cuộn phim.`,
          en: `File "${r.fileCode}" belongs to another unit than the reel.`,
          path: name,
        });
      if (r.documentId !== null && (await tx.records.getDocument(r.documentId))?.fileCode !== r.fileCode)
        findings.push({
          code: 'DP-FILM-DOCUMENT-UNKNOWN',
          severity: 'error',
          vi: `Tài liệu "${r.documentId}" không có trong hồ sơ "${r.fileCode}".`,
          en: `Document "${r.documentId}" is not in file "${r.fileCode}".`,
          path: name,
        });
    }
    settle(findings, 'Chưa ghi khung hình:', 'The frames were not saved:');
    await tx.microfilm.putFrames(reel.id, ranges);
    return { frames: await tx.microfilm.listFrames(reel.id), findings };
  });
}

/** Register a physical copy of a reel (no `id`), or change one. */
export function saveDuplicate(
  ports: MicrofilmPorts,
  principal: Principal | undefined,
  reelId: string,
  input: DuplicateInput,
  id?: string,
): Promise<FilmDuplicate> {
  return ports.catalogue.transaction(async (tx) => {
    const reel = await reelInScope(tx, principal, reelId);
    const known = id === undefined ? undefined : await tx.microfilm.getDuplicate(id);
    if (id !== undefined && (!known || known.reelId !== reel.id)) throw unknownDuplicate(id);
    const at = now(ports);
    const duplicate: FilmDuplicate = {
      id: known?.id ?? randomUUID(),
      reelId: reel.id,
      code: text(input.code),
      generation: oneOf(input.generation ?? 'duplicate-negative', FILM_GENERATIONS, 'generation'),
      location: text(input.location),
      medium: text(input.medium),
      createdDate: input.createdDate ? day(input.createdDate, { vi: 'Ngày làm bản sao', en: 'Copy date' }) : null,
      condition: oneOf(input.condition ?? known?.condition ?? '01', FILM_CONDITIONS, 'condition'),
      notes: text(input.notes),
      createdAt: known?.createdAt ?? at,
      updatedAt: at,
    };
    if (duplicate.code === '' || duplicate.location === '')
      throw requestError(
        'DP-FILM-DUPLICATE-INCOMPLETE',
        'Bản phim cần số hiệu và nơi bảo quản (kho, site).',
        'A film copy needs a number and where it is kept (store, site).',
      );
    if ((await tx.microfilm.listDuplicates(reel.id)).some((d) => d.code === duplicate.code && d.id !== duplicate.id))
      throw conflictError(
        'DP-FILM-DUPLICATE-CODE-TAKEN',
        `Cuộn ${reel.code} đã có bản phim số "${duplicate.code}".`,
        `Reel ${reel.code} already has a copy "${duplicate.code}".`,
      );
    await tx.microfilm.putDuplicate(duplicate);
    return duplicate;
  });
}

/** Record an inspection of a copy; the condition found becomes the copy's condition. */
export function inspectDuplicate(
  ports: MicrofilmPorts,
  principal: Principal | undefined,
  duplicateId: string,
  input: InspectionInput,
): Promise<{ inspection: FilmInspection; duplicate: FilmDuplicate; findings: FilmFinding[] }> {
  return ports.catalogue.transaction(async (tx) => {
    const known = await tx.microfilm.getDuplicate(duplicateId);
    if (!known) throw unknownDuplicate(duplicateId);
    await reelInScope(tx, principal, known.reelId, () => unknownDuplicate(duplicateId));
    const at = now(ports);
    const signs = [...new Set(input.signs.map(text).filter((s) => s !== ''))];
    const inspection: FilmInspection = {
      id: randomUUID(),
      duplicateId: known.id,
      date: day(input.date, { vi: 'Ngày kiểm tra', en: 'Inspection date' }),
      inspector: text(input.inspector) || actorName(principal, undefined),
      signs,
      readable: input.readable,
      condition: oneOf(input.condition, FILM_CONDITIONS, 'condition'),
      notes: text(input.notes),
      createdAt: at,
    };
    const findings = checkInspection(inspection);
    for (const s of signs.filter((x) => !(FILM_SIGNS as readonly string[]).includes(x)))
      findings.push({
        code: 'DP-FILM-SIGN-UNKNOWN',
        severity: 'warning',
        vi: `Dấu hiệu "${s}" không có trong danh mục dấu hiệu của vi phim; vẫn được ghi như đã nhập.`,
        en: `Sign "${s}" is not in the film signs list; it is kept as written.`,
        path: s,
      });
    await tx.microfilm.addInspection(inspection);
    const duplicate = { ...known, condition: inspection.condition, updatedAt: at };
    await tx.microfilm.putDuplicate(duplicate);
    return { inspection, duplicate, findings };
  });
}

export * from './microfilm-views.js';
