// Import of mục lục hồ sơ spreadsheets: pure layout detection, cell parsing and row checks.
export {
  IMPORT_FINDING_CODES,
  columnLetter,
  importFinding,
  type CellRef,
  type ImportFinding,
  type ImportFindingCode,
} from './finding-codes.js';
export {
  COLUMN_SYNONYMS,
  DOCUMENT_ONLY_FIELDS,
  EXPORT_HEADERS,
  fieldOfHeader,
  importFieldNamed,
  isImportField,
  type ImportField,
} from './synonyms.js';
export { escapeFormulaText, unescapeFormulaText } from './formula-guard.js';
export { DEFAULT_IMPORT_LIMITS, previewOf, type ImportLimits } from './limits.js';
export {
  cellText,
  dateToText,
  excelSerialToText,
  parseCodeCell,
  parseDateCell,
  splitDateRange,
  type Parsed,
  type SheetCell,
  type SheetRow,
} from './cell-values.js';
export {
  HEADER_SCAN_ROWS,
  detectLayout,
  readTitleRows,
  type ColumnMapping,
  type ImportLayout,
  type LayoutOptions,
  type NumberedRow,
  type TitleInfo,
} from './layout.js';
export { RowChecker, type ImportedDocument, type ImportedFile, type RowCheckerOptions, type RowOutcome } from './row-checker.js';
export { checkFileCodePattern } from './code-pattern.js';
export { parseMapOption } from './map-option.js';
export { exportColumns, type ExportColumn } from './export-layout.js';
export { groupImportFindings, type ImportFindingGroup } from './group-findings.js';
