import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { once } from 'node:events';
import {
  escapeFormulaText,
  exportColumns,
  fieldOfHeader,
  foldVietnamese,
  type Catalogue,
  type DocumentRecord,
  type ExportColumn,
  type FileRecord,
  type Fonds,
} from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import { requestError } from '../errors.js';
import { fileHoldingId } from './holding-merge.js';

export interface ExportResult {
  fonds: string;
  files: number;
  documents: number;
  out: string;
}

const PAGE = 1000;

async function* filesOf(cat: Catalogue, fondsCode: string): AsyncGenerator<FileRecord> {
  for (let offset = 0; ; offset += PAGE) {
    const page = await cat.records.listFiles({ fondsCode, limit: PAGE, offset });
    yield* page;
    if (page.length < PAGE) return;
  }
}

/** Each file's box: from the holding the import writes for it, else any holding of that file with a box. */
async function boxesOf(cat: Catalogue, fondsCode: string): Promise<Map<string, string>> {
  const boxes = new Map<string, string>();
  for (const h of await cat.records.listHoldings(fondsCode)) {
    if (h.fileCode === null || h.box === null) continue;
    if (h.id === fileHoldingId(h.fileCode) || !boxes.has(h.fileCode)) boxes.set(h.fileCode, h.box);
  }
  return boxes;
}

/** A box an import made before boxes went to holdings kept as legacy text. */
const legacyBox = (f: FileRecord) => Object.entries(f.legacy).find(([k]) => fieldOfHeader(foldVietnamese(k)) === 'box')?.[1];

function fileCell(col: ExportColumn, f: FileRecord, boxes: ReadonlyMap<string, string>): string {
  if (col.legacyKey !== undefined) return f.legacy[col.legacyKey] ?? '';
  if (col.field === 'box') return boxes.get(f.code) ?? legacyBox(f) ?? '';
  if (col.field === 'fileCode') return f.code;
  if (col.field === 'title') return f.title;
  return f.fields[col.field!] ?? '';
}

function documentCell(col: ExportColumn, d: DocumentRecord): string {
  if (col.legacyKey !== undefined) return d.legacy[col.legacyKey] ?? '';
  if (col.field === 'fileCode') return d.fileCode;
  if (col.field === 'docCode') return d.id;
  return d.fields[col.field!] ?? '';
}

/** The title rows DuPhong writes and `catalog import` reads back (fonds name, code, catalogue number). */
function titleRows(fonds: Fonds, what: string): string[] {
  const catalogue = fonds.legacy['Mục lục số'];
  return [`PHÔNG: ${fonds.name} (Mã phông: ${fonds.code})`, catalogue ? `${what} SỐ ${catalogue}` : what, ''];
}

const csvQuote = (v: string) => (/[",;\r\n]|^\s|\s$/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
/** Every cell DuPhong writes, CSV or XLSX: a value a spreadsheet would run as a formula gets a leading quote (formula-guard.ts). */
const cellsOf = (cells: string[]) => cells.map(escapeFormulaText);

/**
 * `duphong catalog export --fonds CODE --out FILE.xlsx|.csv`: the fonds' mục lục in the layout
 * import reads (title rows, Vietnamese headers, values as stored, codes as codes), streamed.
 * XLSX gets a second sheet with the documents; CSV (UTF-8 with BOM, for Excel) the files only.
 */
export async function exportCatalog(cat: Catalogue, fondsCode: string, out: string): Promise<ExportResult> {
  const fonds = await cat.records.getFonds(fondsCode);
  if (!fonds)
    throw requestError('DP-FONDS-UNKNOWN', `Không có phông “${fondsCode}” trong danh mục`, `No fonds "${fondsCode}" in the catalogue`);
  const ext = extname(out).toLowerCase();
  if (ext !== '.xlsx' && ext !== '.csv')
    throw requestError('DP-USAGE', 'Tệp xuất phải là .xlsx hoặc .csv', 'The output must be .xlsx or .csv');

  // first pass: the legacy columns every file (and document) may carry
  const fileLegacy = new Set<string>();
  const docLegacy = new Set<string>();
  let withDocuments = false;
  for await (const f of filesOf(cat, fondsCode)) {
    for (const k of Object.keys(f.legacy)) fileLegacy.add(k);
    if (ext === '.xlsx') {
      for (const d of await cat.records.listDocuments(f.code)) {
        withDocuments = true;
        for (const k of Object.keys(d.legacy)) docLegacy.add(k);
      }
    }
  }
  const boxes = await boxesOf(cat, fondsCode);
  const fileColumns = exportColumns('file', fileLegacy, boxes.size > 0);
  const result: ExportResult = { fonds: fondsCode, files: 0, documents: 0, out };

  if (ext === '.csv') {
    const stream = createWriteStream(out);
    const write = async (cells: string[]) => {
      if (!stream.write(`${cellsOf(cells).map(csvQuote).join(',')}\r\n`)) await once(stream, 'drain');
    };
    stream.write('\ufeff');
    for (const t of titleRows(fonds, 'MỤC LỤC HỒ SƠ')) await write([t]);
    await write(fileColumns.map((c) => c.header));
    for await (const f of filesOf(cat, fondsCode)) {
      await write(fileColumns.map((c) => fileCell(c, f, boxes)));
      result.files++;
    }
    stream.end();
    await once(stream, 'finish');
    return result;
  }

  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: out, useSharedStrings: false, useStyles: true });
  const sheet = (name: string, title: string[], columns: ExportColumn[]) => {
    const ws = workbook.addWorksheet(name);
    title.forEach((t, i) => {
      const row = ws.addRow([t]);
      if (i === 0) row.font = { bold: true };
      row.commit();
    });
    const header = ws.addRow(cellsOf(columns.map((c) => c.header)));
    header.font = { bold: true };
    header.commit();
    return ws;
  };
  const filesSheet = sheet('Mục lục hồ sơ', titleRows(fonds, 'MỤC LỤC HỒ SƠ'), fileColumns);
  for await (const f of filesOf(cat, fondsCode)) {
    filesSheet.addRow(cellsOf(fileColumns.map((c) => fileCell(c, f, boxes)))).commit();
    result.files++;
  }
  filesSheet.commit();
  if (withDocuments) {
    const docColumns = exportColumns('document', docLegacy);
    const docsSheet = sheet('Mục lục văn bản', titleRows(fonds, 'MỤC LỤC VĂN BẢN'), docColumns);
    for await (const f of filesOf(cat, fondsCode)) {
      for (const d of await cat.records.listDocuments(f.code)) {
        docsSheet.addRow(cellsOf(docColumns.map((c) => documentCell(c, d)))).commit();
        result.documents++;
      }
    }
    docsSheet.commit();
  }
  await workbook.commit();
  return result;
}
