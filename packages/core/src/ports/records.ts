import type { AccessMode } from '../search/model.js';
import type { DocumentRecord, FileRecord, Fonds, Holding, Inspection } from '../records/model.js';

export interface RecordPage {
  limit?: number;
  offset?: number;
}

export interface FileFilter {
  fondsCode?: string;
  modes?: readonly AccessMode[];
}

/**
 * The archival description: fonds, files with their TT05 fields, documents, holdings and
 * inspections. Writes are upserts by code (re-importing a sheet updates, never duplicates).
 * Reached as `catalogue.records`, so it joins the catalogue's transactions.
 */
export interface RecordRepository {
  putFonds(fonds: Fonds): Promise<void>;
  getFonds(code: string): Promise<Fonds | undefined>;
  listFonds(filter?: { unitId?: string }): Promise<Fonds[]>;

  /** Upsert a file's description; `title` and every TT05 field it carries replace what was there. */
  putFile(file: FileRecord): Promise<void>;
  getFile(code: string): Promise<FileRecord | undefined>;
  /** `modes`: only files of these effective access levels (`effectiveFileMode`), as search counts them. */
  listFiles(filter?: FileFilter & RecordPage): Promise<FileRecord[]>;
  countFiles(filter?: FileFilter): Promise<number>;

  putDocument(document: DocumentRecord): Promise<void>;
  getDocument(id: string): Promise<DocumentRecord | undefined>;
  /** A file's documents in ordinal order. */
  listDocuments(fileCode: string): Promise<DocumentRecord[]>;
  countDocuments(filter?: { fileCode?: string }): Promise<number>;

  putHolding(holding: Holding): Promise<void>;
  getHolding(id: string): Promise<Holding | undefined>;
  listHoldings(fondsCode: string): Promise<Holding[]>;

  addInspection(inspection: Inspection): Promise<void>;
  /** Newest first. */
  listInspections(recordKind: Inspection['recordKind'], recordCode: string): Promise<Inspection[]>;
}
