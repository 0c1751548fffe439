import { effectiveDocumentMode, effectiveFileMode, inScope, levelsOf, mayRead } from '@duphong/core';
import type { AccessMode, DocumentRecord, FileRecord, Fonds, Holding, Inspection, Principal, RecordPage } from '@duphong/core';
import { notFoundError } from '../errors.js';
import type { Context } from '../ports/context.js';
import { recordAccess, type Requester } from './access-log.js';

/*
 * Reading the archival description under the reader's access levels — the policy search applies
 * (core's effectiveFileMode / effectiveDocumentMode / mayRead): a record above the reader's
 * levels does not exist for them. Reading it answers "unknown" exactly like a code that is not in
 * the catalogue (HTTP 404, not 403), and lists and counts leave it out, so its existence is not
 * leaked either. The same holds for a record outside the reader's units (decision 0014): fonds
 * carry the unit, files belong to fonds, documents to files. Every view of a fonds, file or
 * document is written to the access log (`recordAccess`), allowed or denied.
 */

export type RecordReadPorts = Context;

/** What a reader may see: the access levels of search (`allowedModes`). */
export type ReaderLevels = readonly AccessMode[];

const unknownFile = (code: string) => notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`);
const unknownFonds = (code: string) => notFoundError('DP-FONDS-UNKNOWN', `Không có phông "${code}".`, `No fonds "${code}".`);
const unknownDocument = (id: string) => notFoundError('DP-DOCUMENT-UNKNOWN', `Không có tài liệu "${id}".`, `No document "${id}".`);

const fileVisible = (levels: ReaderLevels, file: FileRecord): boolean => mayRead(levels, effectiveFileMode(file.fields.mode));
const documentVisible = (levels: ReaderLevels, doc: DocumentRecord, file: FileRecord | undefined): boolean =>
  mayRead(levels, effectiveDocumentMode(doc.fields.mode, file?.fields.mode));

/** The unit a fonds belongs to (null: none, or no such fonds). */
async function unitOfFonds(ports: RecordReadPorts, fondsCode: string | null): Promise<string | null> {
  if (fondsCode === null) return null;
  return (await ports.catalogue.records.getFonds(fondsCode))?.unitId ?? null;
}

const scoped = (p: Principal | undefined, unitId: string | null): boolean => p !== undefined && inScope(p, unitId);

async function logged(
  ports: RecordReadPorts,
  who: Requester,
  kind: string,
  code: string,
  unitId: string | null,
  allowed: boolean,
): Promise<void> {
  await recordAccess(ports, {
    ...who,
    action: 'view',
    recordKind: kind,
    recordCode: code,
    unitId,
    outcome: allowed ? 'allowed' : 'denied',
  });
}

/** A file the reader may see (level and units), or DP-FILE-UNKNOWN. */
async function visibleFile(ports: RecordReadPorts, code: string, who: Requester): Promise<{ file: FileRecord; unitId: string | null }> {
  const file = await ports.catalogue.records.getFile(code);
  const unitId = file ? await unitOfFonds(ports, file.fondsCode) : null;
  if (!file || !fileVisible(levelsOf(who.principal), file) || !scoped(who.principal, unitId)) {
    if (file) await logged(ports, who, 'file', code, unitId, false);
    throw unknownFile(code);
  }
  return { file, unitId };
}

/** Holdings of a fonds, without those tied to a file the reader may not see. */
async function visibleHoldings(ports: RecordReadPorts, fondsCode: string, levels: ReaderLevels): Promise<Holding[]> {
  const holdings = await ports.catalogue.records.listHoldings(fondsCode);
  const shown: Holding[] = [];
  for (const h of holdings) {
    const file = h.fileCode === null ? undefined : await ports.catalogue.records.getFile(h.fileCode);
    if (h.fileCode === null || (file !== undefined && fileVisible(levels, file))) shown.push(h);
  }
  return shown;
}

/** A fonds of the reader's units, its holdings and the number of files the reader may see. */
export async function readFonds(
  ports: RecordReadPorts,
  code: string,
  who: Requester,
): Promise<{ fonds: Fonds; holdings: Holding[]; files: number }> {
  const records = ports.catalogue.records;
  const levels = levelsOf(who.principal);
  const fonds = await records.getFonds(code);
  if (!fonds || !scoped(who.principal, fonds.unitId)) {
    if (fonds) await logged(ports, who, 'fonds', code, fonds.unitId, false);
    throw unknownFonds(code);
  }
  await logged(ports, who, 'fonds', code, fonds.unitId, true);
  return {
    fonds,
    holdings: await visibleHoldings(ports, fonds.code, levels),
    files: await records.countFiles({ fondsCode: fonds.code, modes: levels }),
  };
}

/** The fonds of the reader's units (of one unit when `unitId` is given). */
export async function listVisibleFonds(
  ports: RecordReadPorts,
  unitId: string | undefined,
  principal: Principal | undefined,
): Promise<Fonds[]> {
  const fonds = await ports.catalogue.records.listFonds(unitId !== undefined ? { unitId } : {});
  return fonds.filter((f) => scoped(principal, f.unitId));
}

/** The fonds whose files the reader may list: one named, or all of their units. */
async function fondsInScope(
  ports: RecordReadPorts,
  principal: Principal | undefined,
  fondsCode: string | undefined,
): Promise<string[] | 'all'> {
  if (principal?.units === 'all' && fondsCode === undefined) return 'all';
  const candidates =
    fondsCode !== undefined ? [await ports.catalogue.records.getFonds(fondsCode)] : await ports.catalogue.records.listFonds();
  return candidates.filter((f): f is Fonds => f !== undefined && scoped(principal, f.unitId)).map((f) => f.code);
}

/**
 * One page of the files the reader may see, and how many there are. A reader scoped to units
 * gets the files of their fonds, fonds by fonds.
 */
export async function listVisibleFiles(
  ports: RecordReadPorts,
  filter: { fondsCode?: string } & RecordPage,
  who: Requester,
): Promise<{ total: number; files: FileRecord[] }> {
  const records = ports.catalogue.records;
  const modes = levelsOf(who.principal);
  const fonds = await fondsInScope(ports, who.principal, filter.fondsCode);
  if (fonds === 'all') {
    const paging = {
      ...(filter.limit !== undefined && { limit: filter.limit }),
      ...(filter.offset !== undefined && { offset: filter.offset }),
    };
    return { total: await records.countFiles({ modes }), files: await records.listFiles({ modes, ...paging }) };
  }
  let total = 0;
  let skip = filter.offset ?? 0;
  let room = filter.limit ?? Number.MAX_SAFE_INTEGER;
  const files: FileRecord[] = [];
  for (const fondsCode of fonds) {
    const count = await records.countFiles({ fondsCode, modes });
    total += count;
    if (room > 0 && skip < count) {
      const page = await records.listFiles({ fondsCode, modes, offset: skip, limit: Math.min(room, count - skip) });
      files.push(...page);
      room -= page.length;
    }
    skip = Math.max(0, skip - count);
  }
  return { total, files };
}

/** A file with the documents and inspections the reader may see; DP-FILE-UNKNOWN when hidden. */
export async function readFile(
  ports: RecordReadPorts,
  code: string,
  who: Requester,
): Promise<{ file: FileRecord; documents: DocumentRecord[]; inspections: Inspection[] }> {
  const records = ports.catalogue.records;
  const levels = levelsOf(who.principal);
  const { file, unitId } = await visibleFile(ports, code, who);
  await logged(ports, who, 'file', code, unitId, true);
  const documents = (await records.listDocuments(file.code)).filter((d) => documentVisible(levels, d, file));
  return { file, documents, inspections: await records.listInspections('file', file.code) };
}

/** A document the reader may see (never more open than its file, in their units), or DP-DOCUMENT-UNKNOWN. */
export async function readDocument(ports: RecordReadPorts, id: string, who: Requester, log = true): Promise<DocumentRecord> {
  const records = ports.catalogue.records;
  const doc = await records.getDocument(id);
  const file = doc && (await records.getFile(doc.fileCode));
  const unitId = file ? await unitOfFonds(ports, file.fondsCode) : null;
  const allowed = doc !== undefined && documentVisible(levelsOf(who.principal), doc, file) && scoped(who.principal, unitId);
  if (doc && log) await logged(ports, who, 'document', id, unitId, allowed);
  if (!doc || !allowed) throw unknownDocument(id);
  return doc;
}

/**
 * Inspections of a record the reader may see. A file's or document's level decides; a holding
 * tied to a file takes the file's; a fonds has none. Units as for every read. Unknown or
 * hidden: DP-…-UNKNOWN.
 */
export async function readInspections(
  ports: RecordReadPorts,
  kind: Inspection['recordKind'],
  code: string,
  who: Requester,
): Promise<Inspection[]> {
  const records = ports.catalogue.records;
  if (kind === 'file') await visibleFile(ports, code, who);
  if (kind === 'document') await readDocument(ports, code, who, false);
  if (kind === 'fonds') {
    const fonds = await records.getFonds(code);
    if (fonds && !scoped(who.principal, fonds.unitId)) throw unknownFonds(code);
  }
  if (kind === 'holding') {
    const holding = await records.getHolding(code);
    const file = holding?.fileCode ? await records.getFile(holding.fileCode) : undefined;
    const hidden =
      holding !== undefined &&
      ((holding.fileCode !== null && (!file || !fileVisible(levelsOf(who.principal), file))) ||
        !scoped(who.principal, await unitOfFonds(ports, holding.fondsCode)));
    if (hidden) throw notFoundError('DP-HOLDING-UNKNOWN', `Không có nơi bảo quản "${code}".`, `No holding "${code}".`);
  }
  return records.listInspections(kind, code);
}

/**
 * Whether the reader may see the backup object of catalogue file `fileCode` (its fonds' unit in
 * their scope, its level within theirs); the view is logged. Hidden objects answer as unknown.
 */
export async function checkObjectVisible(ports: RecordReadPorts, fileCode: string, who: Requester, unknown: () => Error): Promise<void> {
  const file = await ports.catalogue.records.getFile(fileCode);
  const unitId = file ? await unitOfFonds(ports, file.fondsCode) : null;
  const allowed = scoped(who.principal, unitId) && (!file || fileVisible(levelsOf(who.principal), file));
  await logged(ports, who, 'object', fileCode, unitId, allowed);
  if (!allowed) throw unknown();
}
