import type { Severity } from '../findings.js';
import { checkDescription } from '../tt05/profile/check.js';
import { TT05_CATALOGUE, type DescriptionKind } from '../tt05/profile/catalogue.js';
import { parseTt05Date, splitSequencedCode } from '../tt05/profile/values.js';
import { cellText, type SheetCell } from './cell-values.js';
import { checkFileCodePattern } from './code-pattern.js';
import { importFinding, type CellRef, type ImportFinding } from './finding-codes.js';
import { unescapeFormulaText } from './formula-guard.js';
import { oversizeFindings } from './oversize.js';
import type { ColumnMapping, ImportLayout, NumberedRow } from './layout.js';
import { columnsByField, isTt05Field, parseDateRangeCell, parseField, splitNumberNotation, type FieldResult } from './row-fields.js';
import type { ImportField } from './synonyms.js';

/** A row's description as it will be upserted. An empty string means "the sheet has the column, the cell is empty". */
export interface ImportedFile {
  code: string;
  fondsCode: string | null;
  title: string;
  fields: Record<string, string>;
  legacy: Record<string, string>;
  /** The “Hộp số” cell for the file's holding: undefined when the sheet has no box column, '' when the cell is empty. */
  box?: string;
}

export interface ImportedDocument {
  id: string;
  fileCode: string;
  ordinal: number | null;
  fields: Record<string, string>;
  legacy: Record<string, string>;
}

export type RowOutcome =
  | { kind: 'empty'; row: number }
  /** Refused before its cells were read: a cell or the row over the size limits (limits.ts). */
  | { kind: 'oversize'; row: number; findings: ImportFinding[]; valid: false }
  | { kind: 'file'; row: number; file: ImportedFile; findings: ImportFinding[]; valid: boolean }
  | { kind: 'document'; row: number; document: ImportedDocument; findings: ImportFinding[]; valid: boolean };

export interface RowCheckerOptions {
  sheet?: string;
  /** `--fonds`, else the title rows' fonds code: for rows without a "Mã phông" cell. */
  fondsCode?: string;
}

/** TT05 checks the import already makes itself, with the cell in hand, or reports per sheet. */
const COVERED = new Set([
  'DP-TT05-REQUIRED',
  'DP-TT05-FIELD-ABSENT',
  'DP-TT05-FIELD-COUNT',
  'DP-TT05-UNKNOWN-FIELD',
  'DP-TT05-TOO-LONG',
  'DP-TT05-BAD-DATE',
  'DP-TT05-DATE-ORDER',
  'DP-TT05-BAD-CODE',
  'DP-TT05-NOT-INTEGER',
  'DP-TT05-BAD-BOOLEAN',
]);
const HELPERS: ReadonlySet<ImportField> = new Set([
  'fileCode',
  'fileNotation',
  'fileOrdinal',
  'catalogueNumber',
  'box',
  'rowNumber',
  'fondsCode',
  'dateRange',
  'codeNumberNotation',
]);
/** Helpers whose cell is also kept verbatim in `legacy` under the column's header. */
const KEPT_AS_LEGACY: readonly ImportField[] = ['rowNumber', 'catalogueNumber', 'fileOrdinal', 'fileNotation'];

/** A cell as the export wrote it, with the quote the export added before a formula character removed (formula-guard.ts). */
const unescaped = (cell: SheetCell | undefined): SheetCell | undefined =>
  typeof cell?.value === 'string' && cell.formula === undefined && cell.value.startsWith("'")
    ? { ...cell, value: unescapeFormulaText(cell.value) }
    : cell;
const pad7 = (n: number) => String(n).padStart(7, '0');

type Add = (col: ColumnMapping | undefined, code: string, value: string, message: string, severity?: Severity) => void;

/**
 * Checks the data rows of one sheet, one at a time (constant memory apart from the set of codes
 * seen, needed for duplicates): parses every mapped cell, keeps unmapped ones as `legacy`, and
 * returns the record with its findings. Pure: the catalogue is the caller's business.
 */
export class RowChecker {
  private readonly kind: DescriptionKind;
  private readonly byField: Map<ImportField, ColumnMapping>;
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly layout: ImportLayout,
    private readonly options: RowCheckerOptions = {},
  ) {
    this.kind = layout.level === 'file' ? 'aip-hoso' : 'aip-doc';
    this.byField = columnsByField(layout.columns);
  }

  /** One warning per required TT05 field the sheet has no column for (row = the header row). */
  missingColumns(): ImportFinding[] {
    const present = new Set<string>(this.byField.keys());
    if (present.has('dateRange')) present.add('startDate').add('endDate');
    if (present.has('codeNumberNotation')) present.add('codeNumber').add('codeNotation');
    const skip = new Set(['arcFileCode', 'docCode', 'title', 'subject']);
    return TT05_CATALOGUE[this.kind].fields
      .filter((f) => f.presence === 'required' && !present.has(f.name) && !skip.has(f.name) && !f.shape)
      .map((f) =>
        importFinding(
          this.at(this.layout.headerFirst),
          'DP-IMPORT-COLUMN-MISSING',
          f.name,
          `Không có cột “${f.label}” (${f.name}) mà TT05 bắt buộc: các hồ sơ nhập vào sẽ thiếu trường này`,
        ),
      );
  }

  check(numbered: NumberedRow): RowOutcome {
    // before the empty test: a row of two million separators keeps no text but is not empty
    const oversize = oversizeFindings(numbered, this.layout.columns, (r, col) => this.at(r, col));
    if (oversize.length > 0) return { kind: 'oversize', row: numbered.number, findings: oversize, valid: false };
    if (numbered.cells.every((c) => cellText(c) === '')) return { kind: 'empty', row: numbered.number };
    const row = { number: numbered.number, cells: numbered.cells.map(unescaped) };
    const findings: ImportFinding[] = [];
    const fields: Record<string, string> = {};
    const legacy: Record<string, string> = {};
    const helpers: Partial<Record<ImportField, string>> = {};
    const add: Add = (col, code, value, message, severity) =>
      findings.push(importFinding(this.at(row.number, col), code, value, message, severity));
    const take = (col: ColumnMapping, field: ImportField, r: FieldResult) => {
      if ('code' in r) add(col, r.code, cellText(row.cells[col.index]), r.message);
      else if (HELPERS.has(field)) helpers[field] = r.value;
      else fields[field] = r.value;
    };

    for (const col of this.layout.columns) {
      const cell = row.cells[col.index];
      if (cell?.formula !== undefined) {
        const msg = `Ô ${col.letter}${row.number} chứa công thức =${cell.formula}: DuPhong không tính công thức và không dùng giá trị lưu sẵn “${cellText(cell)}”; hãy dán giá trị`;
        add(col, 'DP-IMPORT-FORMULA', `=${cell.formula}`, msg);
        continue;
      }
      if (!col.field) {
        legacy[col.header] = cellText(cell);
        continue;
      }
      if (this.byField.get(col.field) !== col) continue;
      if (cellText(cell) === '') {
        if (!HELPERS.has(col.field)) fields[col.field] = '';
        continue;
      }
      if (col.field === 'dateRange') {
        const { start, end } = parseDateRangeCell(cell);
        if (!this.byField.has('startDate')) take(col, 'startDate', start);
        if (!this.byField.has('endDate') && ('value' in end || 'value' in start)) take(col, 'endDate', end);
        continue;
      }
      if (col.field === 'codeNumberNotation') {
        const split = splitNumberNotation(cellText(cell));
        if (split.codeNumber !== undefined) take(col, 'codeNumber', parseField(this.kind, 'codeNumber', { value: split.codeNumber }));
        take(col, 'codeNotation', parseField(this.kind, 'codeNotation', { value: split.codeNotation }));
        continue;
      }
      take(col, col.field, parseField(this.kind, col.field, cell));
    }
    for (const field of KEPT_AS_LEGACY) {
      const col = this.byField.get(field);
      if (col) legacy[col.header] = cellText(row.cells[col.index]);
    }
    const boxCol = this.byField.get('box');
    // the box lives in the file's holding now: an older import's legacy text under this header is dropped
    if (boxCol) legacy[boxCol.header] = '';

    return this.layout.level === 'file'
      ? this.finishFile(row.number, fields, legacy, helpers, findings, add)
      : this.finishDocument(row.number, fields, legacy, helpers, findings, add);
  }

  private finishFile(
    rowNumber: number,
    fields: Record<string, string>,
    legacy: Record<string, string>,
    helpers: Partial<Record<ImportField, string>>,
    findings: ImportFinding[],
    add: Add,
  ): RowOutcome {
    const codeCol = this.byField.get('fileCode') ?? this.byField.get('arcFileCode');
    const fondsCode = helpers.fondsCode || this.options.fondsCode || null;
    let code = helpers.fileCode || fields.arcFileCode || '';
    // the notation (new form) makes the code; the old form has only the ordinal in the mục lục
    const numberField = helpers.fileNotation ? 'fileNotation' : 'fileOrdinal';
    const fileNumber = helpers[numberField];
    if (code === '' && fileNumber && fondsCode && /\d{4}$/.test(fields.startDate ?? '')) {
      code = `${fondsCode}.${fields.startDate!.slice(-4)}.${fileNumber}`;
      const what = numberField === 'fileNotation' ? 'số và ký hiệu hồ sơ' : 'hồ sơ số';
      add(
        this.byField.get(numberField),
        'DP-IMPORT-CODE-DERIVED',
        code,
        `Không có mã hồ sơ: ghép mã phông + năm bắt đầu + ${what} thành “${code}”`,
      );
    }
    if (code === '')
      add(
        codeCol,
        'DP-IMPORT-CODE-MISSING',
        '',
        'Thiếu mã hồ sơ (cột “Mã hồ sơ”, hoặc “Số, ký hiệu hồ sơ” cùng mã phông và thời gian bắt đầu)',
      );
    else {
      this.checkDuplicate(code, rowNumber, codeCol, add);
      for (const w of checkFileCodePattern(code, fondsCode, fields.startDate, fields.endDate)) add(codeCol, w.code, code, w.message);
    }
    const title = fields.title ?? '';
    if (title === '') add(this.byField.get('title'), 'DP-IMPORT-TITLE-MISSING', '', 'Thiếu tiêu đề hồ sơ');
    this.checkDateOrder(fields, 'startDate', 'endDate', add);
    this.addTt05Findings({ ...fields, arcFileCode: fields.arcFileCode || code }, {}, add);
    const valid = !findings.some((f) => f.severity === 'error');
    const file: ImportedFile = { code, fondsCode, title, fields, legacy };
    if (this.byField.has('box')) file.box = helpers.box ?? '';
    return { kind: 'file', row: rowNumber, file, findings, valid };
  }

  private finishDocument(
    rowNumber: number,
    fields: Record<string, string>,
    legacy: Record<string, string>,
    helpers: Partial<Record<ImportField, string>>,
    findings: ImportFinding[],
    add: Add,
  ): RowOutcome {
    const docCol = this.byField.get('docCode');
    const split = fields.docCode ? splitSequencedCode(fields.docCode) : undefined;
    const fileCode = helpers.fileCode || fields.arcFileCode || split?.prefix || '';
    const ordinal = fields.docOrdinal ? Number(fields.docOrdinal) : (split?.sequence ?? null);
    let id = fields.docCode ?? '';
    if (id === '' && fileCode !== '' && ordinal !== null) id = `${fileCode}.${pad7(ordinal)}`;
    if (fileCode === '') add(this.byField.get('fileCode'), 'DP-IMPORT-CODE-MISSING', '', 'Thiếu mã hồ sơ chứa tài liệu (cột “Mã hồ sơ”)');
    if (id === '') add(docCol, 'DP-IMPORT-CODE-MISSING', '', 'Thiếu mã tài liệu (cột “Mã tài liệu”, hoặc mã hồ sơ và số thứ tự văn bản)');
    else this.checkDuplicate(id, rowNumber, docCol, add);
    if ((fields.subject ?? '') === '') add(this.byField.get('subject'), 'DP-IMPORT-TITLE-MISSING', '', 'Thiếu trích yếu nội dung tài liệu');
    this.addTt05Findings({ ...fields, arcFileCode: fileCode, docCode: id }, { fileCode }, add);
    const valid = !findings.some((f) => f.severity === 'error');
    return { kind: 'document', row: rowNumber, document: { id, fileCode, ordinal, fields, legacy }, findings, valid };
  }

  private checkDuplicate(code: string, rowNumber: number, col: ColumnMapping | undefined, add: Add): void {
    const first = this.seen.get(code);
    if (first !== undefined) add(col, 'DP-IMPORT-DUPLICATE-CODE', code, `Mã “${code}” đã có ở dòng ${first}: mỗi mã chỉ một dòng`);
    else this.seen.set(code, rowNumber);
  }

  private checkDateOrder(fields: Record<string, string>, start: string, end: string, add: Add): void {
    const forms = ['DD/MM/YYYY', 'MM/YYYY', 'YYYY'] as const;
    const a = fields[start] ? parseTt05Date(fields[start], forms) : undefined;
    const b = fields[end] ? parseTt05Date(fields[end], forms) : undefined;
    if (a && b && a.first > b.last) {
      const col = this.byField.get('endDate') ?? this.byField.get('dateRange');
      add(col, 'DP-IMPORT-DATE-ORDER', fields[end]!, `Thời gian kết thúc “${fields[end]}” trước thời gian bắt đầu “${fields[start]}”`);
    }
  }

  /** The TT05 checks of the whole description, for what the cell checks cannot see (cross-field rules, doc codes). */
  private addTt05Findings(values: Record<string, string>, context: { fileCode?: string }, add: Add): void {
    const present: Record<string, string> = {};
    for (const [k, v] of Object.entries(values)) if (v !== '' && isTt05Field(this.kind, k as ImportField)) present[k] = v;
    for (const f of checkDescription(this.kind, present, context)) {
      if (COVERED.has(f.code)) continue;
      // the field a message names last is the one to fix ("riskRecovery = 1 … must give riskRecoveryStatus")
      const named = [...f.message.matchAll(/\((\w+)\)/g)].map((m) => m[1] as ImportField).reverse();
      const col = named.map((n) => this.byField.get(n)).find((c) => c !== undefined);
      add(col, f.code, col?.field ? (values[col.field] ?? '') : '', f.message, f.severity);
    }
  }

  private at(row: number, col?: ColumnMapping): CellRef {
    return {
      row,
      column: col?.letter ?? '',
      ...(this.options.sheet !== undefined && { sheet: this.options.sheet }),
      ...(col?.field && { field: col.field }),
    };
  }
}
