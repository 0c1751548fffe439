import { foldVietnamese } from '../records/fold.js';
import { EXPORT_HEADERS, fieldOfHeader, type ImportField } from './synonyms.js';

/** One column of an exported mục lục: a TT05 field, or a legacy column kept under its header. */
export interface ExportColumn {
  header: string;
  field?: ImportField;
  legacyKey?: string;
}

const FILE_FIELDS: readonly ImportField[] = [
  'fileCode',
  'title',
  'startDate',
  'endDate',
  'maintenance',
  'mode',
  'language',
  'keyword',
  'totalDoc',
  'numberOfPaper',
  'numberOfPage',
  'format',
  'inforSign',
  'confidenceLevel',
  'paperFileCode',
  'riskRecovery',
  'riskRecoveryStatus',
  'description',
];

const DOCUMENT_FIELDS: readonly ImportField[] = [
  'fileCode',
  'docCode',
  'docOrdinal',
  'typeName',
  'codeNumber',
  'codeNotation',
  'issuedDate',
  'organName',
  'subject',
  'language',
  'numberOfPage',
  'mode',
  'keyword',
  'format',
  'inforSign',
  'confidenceLevel',
  'autograph',
  'riskRecovery',
  'riskRecoveryStatus',
  'process',
  'description',
];

/**
 * The columns DuPhong writes, in the order importers expect: legacy "Số TT" first, the files'
 * “Hộp số” (from their holdings) when `withBox`, then the TT05 fields with Vietnamese headers,
 * then every other legacy column. Import reads these back to the same record (round trip:
 * export → import → nothing changes). A legacy column that names the box (kept by imports made
 * before the box went to the holding) is not written twice: the box column takes its place.
 */
export function exportColumns(level: 'file' | 'document', legacyKeys: Iterable<string>, withBox = false): ExportColumn[] {
  const legacy = [...new Set(legacyKeys)];
  const fieldOf = (k: string) => fieldOfHeader(foldVietnamese(k));
  const isRowNumber = (k: string) => fieldOf(k) === 'rowNumber';
  const isBox = (k: string) => level === 'file' && fieldOf(k) === 'box';
  const box = level === 'file' && (withBox || legacy.some(isBox)) ? [{ header: EXPORT_HEADERS.box!, field: 'box' as const }] : [];
  const fields = (level === 'file' ? FILE_FIELDS : DOCUMENT_FIELDS).map((field) => ({ header: EXPORT_HEADERS[field]!, field }));
  return [
    ...legacy.filter(isRowNumber).map((legacyKey) => ({ header: legacyKey, legacyKey })),
    ...box,
    ...fields,
    ...legacy.filter((k) => !isRowNumber(k) && !isBox(k)).map((legacyKey) => ({ header: legacyKey, legacyKey })),
  ];
}
