import { AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';

/*
 * What every administrative document DuPhong writes shares (Nghị định 30/2020 layout): the national
 * name and motto, Times New Roman, and in DOCX the borderless two-column block of the issuing body
 * beside the motto (or the two signatures). Used by the backup-list and the roll-up exports.
 */
export const NATION = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';
export const FONT = 'Times New Roman';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

/** One paragraph of one run, centred unless told (sizes in half-points: 26 = 13 pt). */
export const para = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; align?: 'center' | 'left' } = {}): Paragraph =>
  new Paragraph({
    alignment: o.align === 'left' ? AlignmentType.LEFT : AlignmentType.CENTER,
    children: [new TextRun({ text, font: FONT, bold: o.bold ?? false, italics: o.italics ?? false, size: o.size ?? 26 })],
  });

/** Two centred columns without borders: issuing body | national motto, and the signature block. */
export function pair(left: Paragraph[], right: Paragraph[]): Table {
  const cell = (children: Paragraph[]) => new TableCell({ children, width: { size: 50, type: WidthType.PERCENTAGE } });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [cell(left), cell(right)] })],
  });
}
