import { effectiveDocumentMode, effectiveFileMode, mayRead } from '@duphong/core';
import type { AccessMode, Catalogue, DocumentRecord, FileRecord, Fonds, Holding, Inspection, RecordPage } from '@duphong/core';
import { notFoundError } from '../errors.js';

/*
 * Reading the archival description under the reader's access levels — the policy search applies
 * (core's effectiveFileMode / effectiveDocumentMode / mayRead): a record above the reader's
 * levels does not exist for them. Reading it answers "unknown" exactly like a code that is not in
 * the catalogue (HTTP 404, not 403), and lists and counts leave it out, so its existence is not
 * leaked either.
 */

export interface RecordReadPorts {
  catalogue: Catalogue;
}

/** What a reader may see: the access levels of search (`allowedModes`). */
export type ReaderLevels = readonly AccessMode[];

const unknownFile = (code: string) => notFoundError('DP-FILE-UNKNOWN', `Không có hồ sơ "${code}".`, `No file "${code}".`);
const unknownFonds = (code: string) => notFoundError('DP-FONDS-UNKNOWN', `Không có phông "${code}".`, `No fonds "${code}".`);
const unknownDocument = (id: string) => notFoundError('DP-DOCUMENT-UNKNOWN', `Không có tài liệu "${id}".`, `No document "${id}".`);

const fileVisible = (levels: ReaderLevels, file: FileRecord): boolean => mayRead(levels, effectiveFileMode(file.fields.mode));
const documentVisible = (levels: ReaderLevels, doc: DocumentRecord, file: FileRecord | undefined): boolean =>
  mayRead(levels, effectiveDocumentMode(doc.fields.mode, file?.fields.mode));

/** A file the reader may see, or DP-FILE-UNKNOWN. */
async function visibleFile(ports: RecordReadPorts, code: string, levels: ReaderLevels): Promise<FileRecord> {
  const file = await ports.catalogue.records.getFile(code);
  if (!file || !fileVisible(levels, file)) throw unknownFile(code);
  return file;
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

/** A fonds (fonds carry no access level), its holdings and the number of files the reader may see. */
export async function readFonds(
  ports: RecordReadPorts,
  code: string,
  levels: ReaderLevels,
): Promise<{ fonds: Fonds; holdings: Holding[]; files: number }> {
  const records = ports.catalogue.records;
  const fonds = await records.getFonds(code);
  if (!fonds) throw unknownFonds(code);
  return {
    fonds,
    holdings: await visibleHoldings(ports, fonds.code, levels),
    files: await records.countFiles({ fondsCode: fonds.code, modes: levels }),
  };
}

/** One page of the files the reader may see, and how many there are. */
export async function listVisibleFiles(
  ports: RecordReadPorts,
  filter: { fondsCode?: string } & RecordPage,
  levels: ReaderLevels,
): Promise<{ total: number; files: FileRecord[] }> {
  const records = ports.catalogue.records;
  const where = { ...(filter.fondsCode !== undefined && { fondsCode: filter.fondsCode }), modes: levels };
  const paging = {
    ...(filter.limit !== undefined && { limit: filter.limit }),
    ...(filter.offset !== undefined && { offset: filter.offset }),
  };
  return { total: await records.countFiles(where), files: await records.listFiles({ ...where, ...paging }) };
}

/** A file with the documents and inspections the reader may see; DP-FILE-UNKNOWN when above their levels. */
export async function readFile(
  ports: RecordReadPorts,
  code: string,
  levels: ReaderLevels,
): Promise<{ file: FileRecord; documents: DocumentRecord[]; inspections: Inspection[] }> {
  const records = ports.catalogue.records;
  const file = await visibleFile(ports, code, levels);
  const documents = (await records.listDocuments(file.code)).filter((d) => documentVisible(levels, d, file));
  return { file, documents, inspections: await records.listInspections('file', file.code) };
}

/** A document the reader may see (never more open than its file), or DP-DOCUMENT-UNKNOWN. */
export async function readDocument(ports: RecordReadPorts, id: string, levels: ReaderLevels): Promise<DocumentRecord> {
  const records = ports.catalogue.records;
  const doc = await records.getDocument(id);
  const file = doc && (await records.getFile(doc.fileCode));
  if (!doc || !documentVisible(levels, doc, file)) throw unknownDocument(id);
  return doc;
}

/**
 * Inspections of a record the reader may see. A file's or document's level decides; a holding
 * tied to a file takes the file's; a fonds has none. Unknown or hidden: DP-…-UNKNOWN.
 */
export async function readInspections(
  ports: RecordReadPorts,
  kind: Inspection['recordKind'],
  code: string,
  levels: ReaderLevels,
): Promise<Inspection[]> {
  if (kind === 'file') await visibleFile(ports, code, levels);
  if (kind === 'document') await readDocument(ports, code, levels);
  if (kind === 'holding') {
    const holding = await ports.catalogue.records.getHolding(code);
    const file = holding?.fileCode ? await ports.catalogue.records.getFile(holding.fileCode) : undefined;
    if (holding?.fileCode && (!file || !fileVisible(levels, file)))
      throw notFoundError('DP-HOLDING-UNKNOWN', `Không có nơi bảo quản "${code}".`, `No holding "${code}".`);
  }
  return ports.catalogue.records.listInspections(kind, code);
}
