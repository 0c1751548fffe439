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
 * The columns DuPhong writes, in the order importers expect: legacy "Số TT" first, then the TT05
 * fields with Vietnamese headers, then every other legacy column. Import reads these back to
 * the same record (round trip: export → import → nothing changes).
 */
export function exportColumns(level: 'file' | 'document', legacyKeys: Iterable<string>): ExportColumn[] {
  const legacy = [...new Set(legacyKeys)];
  const isRowNumber = (k: string) => fieldOfHeader(foldVietnamese(k)) === 'rowNumber';
  const fields = (level === 'file' ? FILE_FIELDS : DOCUMENT_FIELDS).map((field) => ({ header: EXPORT_HEADERS[field]!, field }));
  return [
    ...legacy.filter(isRowNumber).map((legacyKey) => ({ header: legacyKey, legacyKey })),
    ...fields,
    ...legacy.filter((k) => !isRowNumber(k)).map((legacyKey) => ({ header: legacyKey, legacyKey })),
  ];
}
