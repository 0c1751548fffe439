import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { RollupResult } from '@duphong/core';
import { Document, Packer, PageOrientation, Table, TableCell, TableLayoutType, TableRow, VerticalMergeType, WidthType } from 'docx';
import { FONT, MOTTO, NATION, pair, para } from '../forms/official.js';
import { ISSUER, countsRow, rollupRows, rollupTitle, summaryLines, type RollupWithFigures } from './form.js';

function header(r: RollupResult): Table {
  return pair(
    [para(ISSUER, { bold: true })],
    [
      para(NATION, { bold: true }),
      para(MOTTO, { bold: true }),
      para(`Phụ lục kèm theo báo cáo tổng hợp năm ${r.years.at(-1)}`, { italics: true, size: 24 }),
    ],
  );
}

function appendix(r: RollupResult): Table {
  const yearCols = r.years.length * 2;
  const pct = (n: number) => ({ size: n, type: WidthType.PERCENTAGE });
  const each = Math.floor(72 / yearCols);
  const cell = (
    text: string,
    o: { bold?: boolean; italics?: boolean; span?: number; merge?: 'restart' | 'continue'; width?: number; left?: boolean } = {},
  ) =>
    new TableCell({
      children: [para(text, { bold: o.bold ?? false, italics: o.italics ?? false, size: 22, align: o.left ? 'left' : 'center' })],
      ...(o.span && { columnSpan: o.span }),
      ...(o.merge && { verticalMerge: o.merge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE }),
      ...(o.width !== undefined && { width: pct(o.width) }),
    });
  const headerRows = [
    new TableRow({
      tableHeader: true,
      children: [
        cell('STT', { bold: true, merge: 'restart', width: 6 }),
        cell('Tên bộ, ngành, địa phương', { bold: true, merge: 'restart', width: 22 }),
        ...r.years.map((y) => cell(`Năm ${y}`, { bold: true, span: 2 })),
      ],
    }),
    new TableRow({
      tableHeader: true,
      children: [
        cell('', { merge: 'continue' }),
        cell('', { merge: 'continue' }),
        ...r.years.flatMap(() => [cell('Kế hoạch', { bold: true, width: each }), cell('Báo cáo kết quả', { bold: true, width: each })]),
      ],
    }),
  ];
  const body = rollupRows(r).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell(row.stt, { bold: row.group }),
          cell(row.name, { bold: row.group, left: true }),
          ...row.cells.map((c) => cell(c, { left: true })),
        ],
      }),
  );
  const total = new TableRow({
    children: [cell(''), cell('Tổng số', { bold: true, left: true }), ...countsRow(r).map((c) => cell(c, { bold: true }))],
  });
  // Fixed column widths (twips; A4 landscape less the margins ≈ 13,900): a narrow STT, a wide name.
  const rest = Math.floor((13_900 - 700 - 3_000) / yearCols);
  return new Table({
    width: pct(100),
    layout: TableLayoutType.FIXED,
    columnWidths: [700, 3_000, ...Array.from({ length: yearCols }, () => rest)],
    rows: [...headerRows, ...body, total],
  });
}

/** The roll-up as a DOCX in the official appendix layout (A4 landscape, Times New Roman). */
export async function writeRollupDocx(r: RollupWithFigures, out: Writable): Promise<void> {
  const document = new Document({
    creator: 'DuPhong',
    title: rollupTitle(r),
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } },
        children: [
          header(r),
          para(''),
          para(rollupTitle(r), { bold: true, size: 28 }),
          para(''),
          appendix(r),
          para(''),
          ...summaryLines(r).map((line) => para(line, { align: 'left', size: 24 })),
        ],
      },
    ],
  });
  // docx builds the zip in memory; written here so a failure reaches the caller.
  out.end(await Packer.toBuffer(document));
  await finished(out);
}
