import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import { once } from 'node:events';
import { exportColumns, type Catalogue, type DocumentRecord, type ExportColumn, type FileRecord, type Fonds } from '@duphong/core';
import { ExcelJS } from '../adapters/exceljs.js';
import { requestError } from '../errors.js';

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

function fileCell(col: ExportColumn, f: FileRecord): string {
  if (col.legacyKey !== undefined) return f.legacy[col.legacyKey] ?? '';
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
  const fileColumns = exportColumns('file', fileLegacy);
  const result: ExportResult = { fonds: fondsCode, files: 0, documents: 0, out };

  if (ext === '.csv') {
    const stream = createWriteStream(out);
    const write = async (cells: string[]) => {
      if (!stream.write(`${cells.map(csvQuote).join(',')}\r\n`)) await once(stream, 'drain');
    };
    stream.write('\ufeff');
    for (const t of titleRows(fonds, 'MỤC LỤC HỒ SƠ')) await write([t]);
    await write(fileColumns.map((c) => c.header));
    for await (const f of filesOf(cat, fondsCode)) {
      await write(fileColumns.map((c) => fileCell(c, f)));
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
    const header = ws.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    return ws;
  };
  const filesSheet = sheet('Mục lục hồ sơ', titleRows(fonds, 'MỤC LỤC HỒ SƠ'), fileColumns);
  for await (const f of filesOf(cat, fondsCode)) {
    filesSheet.addRow(fileColumns.map((c) => fileCell(c, f))).commit();
    result.files++;
  }
  filesSheet.commit();
  if (withDocuments) {
    const docColumns = exportColumns('document', docLegacy);
    const docsSheet = sheet('Mục lục văn bản', titleRows(fonds, 'MỤC LỤC VĂN BẢN'), docColumns);
    for await (const f of filesOf(cat, fondsCode)) {
      for (const d of await cat.records.listDocuments(f.code)) {
        docsSheet.addRow(docColumns.map((c) => documentCell(c, d))).commit();
        result.documents++;
      }
    }
    docsSheet.commit();
  }
  await workbook.commit();
  return result;
}
