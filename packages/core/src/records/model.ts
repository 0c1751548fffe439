/**
 * The archival description DuPhong keeps (DOMAIN.md §5): fonds / works / collections, files
 * (hồ sơ) and documents with the TT05 fields, physical holdings and dated condition inspections.
 * TT05 field values are kept as given (strings keyed by the TT05 element name, see
 * tt05/profile/catalogue.ts); a few are lifted into typed columns for filters and facets.
 */
export type FondsKind = 'fonds' | 'work' | 'collection';
export type FondsStatus = 'open' | 'closed';

export interface Fonds {
  code: string;
  name: string;
  kind: FondsKind;
  status: FondsStatus;
  /** The unit that created / keeps it (units repository id), if known. */
  unitId: string | null;
  /** History of the creating body, date range, counts, language, backup regime, notes. */
  fields: Record<string, string>;
  /** Fields of older data (TT 02/2019 and local spreadsheets) kept verbatim. */
  legacy: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** A file (hồ sơ) with its TT05 AIP_hoso fields (`arcFileCode`, `title`, `maintenance`, …). */
export interface FileRecord {
  code: string;
  fondsCode: string | null;
  title: string;
  fields: Record<string, string>;
  legacy: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

export type DocumentKind = 'doc' | 'pic' | 'media';

/** A document of a file (EAD_doc / EAD_pic / EAD_media fields). `id` is the docCode when known. */
export interface DocumentRecord {
  id: string;
  fileCode: string;
  ordinal: number | null;
  kind: DocumentKind;
  fields: Record<string, string>;
  legacy: Record<string, string>;
  createdAt: string;
  updatedAt: string;
}

/** Where and on what a fonds (or one file) physically is. */
export interface Holding {
  id: string;
  fondsCode: string;
  fileCode: string | null;
  /** paper · film · photo · tape-disc · woodblock · digital (code list `medium`). */
  medium: string;
  shelfMetres: number | null;
  store: string | null;
  shelf: string | null;
  box: string | null;
  /** Physical condition 01 good · 02 normal · 03 damaged. */
  condition: string | null;
  createdAt: string;
  updatedAt: string;
}

/** A dated condition inspection (DOMAIN.md §4 signs; electronic risk signs too). */
export interface Inspection {
  id: string;
  recordKind: 'fonds' | 'file' | 'document' | 'holding';
  recordCode: string;
  date: string;
  inspector: string;
  /** Codes of the damage signs seen (code list `damageSign` / `electronicRisk`). */
  signs: string[];
  /** Still readable? null when not judged (electronic records). */
  readable: boolean | null;
  notes: string;
}

/** The year a file or document belongs to (for facets): from its dates, else its code. */
export function recordYear(fields: Record<string, string>): number | null {
  for (const key of ['startDate', 'issuedDate', 'endDate']) {
    const m = /(\d{4})\s*$/.exec(fields[key] ?? '');
    if (m) return Number(m[1]);
  }
  return null;
}

/** The text a record is searched by: titles, subjects, descriptions, keywords (and OCR text when present). */
export function searchableText(title: string, fields: Record<string, string>): string {
  return [title, fields.subject, fields.description, fields.keyword, fields.organName, fields.autograph, fields.ocrText]
    .filter((s): s is string => typeof s === 'string' && s.trim() !== '')
    .join(' \n ');
}
