import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { Document, Packer, PageOrientation, Table, TableCell, TableRow, WidthType } from 'docx';
import { FONT, MOTTO, NATION, pair, para } from '../forms/official.js';
import { COLUMNS, SIGNERS, cells, decisionLine, summaryLine, title, type BackupListForm } from './form.js';

function listTable(form: BackupListForm): Table {
  const total = COLUMNS.reduce((s, c) => s + c.width, 0);
  const row = (texts: string[], o: { bold?: boolean; header?: boolean }) =>
    new TableRow({
      tableHeader: o.header ?? false,
      cantSplit: true,
      children: texts.map(
        (t, i) =>
          new TableCell({
            width: { size: Math.round((COLUMNS[i]!.width / total) * 100), type: WidthType.PERCENTAGE },
            children: [para(t, { bold: o.bold ?? false, size: 24, align: o.header || i === 0 ? 'center' : 'left' })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      row(
        COLUMNS.map((c) => c.header),
        { bold: true, header: true },
      ),
      row(
        COLUMNS.map((_, i) => `(${i + 1})`),
        { header: true },
      ),
      ...form.rows.map((r) => row(cells(r), {})),
    ],
  });
}

/**
 * The list as a DOCX (A4 landscape, Times New Roman) written to `out`. docx builds the whole
 * zip in memory (its `toStream` only emits that buffer and drops errors), so the buffer is
 * written here, where a failure reaches the caller.
 */
export async function writeBackupListDocx(form: BackupListForm, out: Writable): Promise<void> {
  const document = new Document({
    creator: 'DuPhong',
    title: title(form),
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } } },
        children: [
          pair([para(form.unitName.toUpperCase(), { bold: true })], [para(NATION, { bold: true }), para(MOTTO, { bold: true })]),
          para(''),
          para(title(form), { bold: true, size: 28 }),
          para(decisionLine(form), { italics: true }),
          para(''),
          listTable(form),
          para(''),
          para(summaryLine(form), { italics: true, align: 'left' }),
          para(''),
          pair(
            [para(SIGNERS[0].role, { bold: true }), para(SIGNERS[0].hint, { italics: true })],
            [para(SIGNERS[1].role, { bold: true }), para(SIGNERS[1].hint, { italics: true })],
          ),
        ],
      },
    ],
  });
  const bytes = await Packer.toBuffer(document);
  out.end(bytes);
  await finished(out);
}
