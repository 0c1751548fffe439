import { DEFAULT_IMPORT_LIMITS, type ImportLimits } from '@duphong/core';

/**
 * Marks left in the text where the cap cut it: Unicode noncharacters, reserved for a program's
 * internal use and never in a real spreadsheet, yet valid XML characters (the parser keeps them).
 * The XLSX reader turns them into `tooLong` cells and rows.
 */
export const CELL_CUT = '\uFDD0';
export const ROW_CUT = '\uFDD1';

/** Elements inside one cell (`<c>`) or one shared string (`<si>`): their text shares one budget. */
const INSIDE_CELL = new Set(
  'is r t rPr rPh phoneticPr b i u strike sz color rFont family scheme vertAlign charset outline shadow condense extend f v'.split(' '),
);
/** Elements whose text exceljs keeps as a string (inline strings, formulas): these fill a row's budget. */
const STRING_TEXT = new Set(['t', 'f']);
/** One tag: quoted attribute values may hold '>' (linear: the alternatives start with different characters). */
const TAG = /<(\/?)([^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>/y;

/**
 * A filter on the XML text of a workbook part, before the XML parser sees it, so that no text
 * node grows past the limits whatever the file holds: the parser (saxes) gathers a whole text node
 * in one string, and a 30 MB cell would be 30 MB of it, then again in exceljs. Past the cell limit
 * the rest of the cell's text is dropped and CELL_CUT left in its place; past the row limit a
 * row's later strings become ROW_CUT. Tags pass through untouched (a tag or CDATA section longer
 * than the row limit is an error: no spreadsheet program writes one); comments are dropped.
 * Characters are counted as written in the XML (an entity as its characters); an entity or a
 * surrogate pair across the limit is kept whole, so the text stays well-formed and the parsed cell
 * is never longer than the limit plus the mark.
 */
export class XmlTextCap {
  private carry = '';
  private inMarkup = false;
  private cellKept = 0;
  private cellCut = false;
  private openEntity = false;
  private inRow = false;
  private rowKept = 0;
  private rowCut = false;
  private inString = false;
  private readonly maxMarkup: number;

  constructor(private readonly limits: ImportLimits = DEFAULT_IMPORT_LIMITS) {
    this.maxMarkup = limits.maxRowChars + 64 * 1024;
  }

  /** The filtered text of the next decoded chunk (a tag cut by the chunk's end waits for the next one). */
  write(chunk: string): string {
    const text = this.carry + chunk;
    this.carry = '';
    const out: string[] = [];
    let i = 0;
    while (i < text.length) {
      if (!this.inMarkup) {
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? text.length : lt;
        if (end > i) out.push(this.keepText(text.slice(i, end)));
        if (lt < 0) break;
        i = lt;
        this.inMarkup = true;
      }
      const next = this.markup(text, i, out);
      if (next < 0) {
        this.carry = text.slice(i);
        if (this.carry.length > this.maxMarkup)
          throw new Error(`thẻ XML dài quá ${this.maxMarkup} ký tự (XML tag longer than ${this.maxMarkup} characters)`);
        break;
      }
      i = next;
      this.inMarkup = false;
    }
    return out.join('');
  }

  /** What is left at the end of the part (an unfinished tag: the parser will report it). */
  end(): string {
    const rest = this.carry;
    this.carry = '';
    return rest;
  }

  /** Copies the markup starting at `i` to `out`; the index after it, or -1 when the chunk ends inside it. */
  private markup(text: string, i: number, out: string[]): number {
    if (text.length - i < 9) {
      // too short to tell a comment or CDATA from a tag unless a plain tag ends here
      if (text.startsWith('<!', i) || text.indexOf('>', i) < 0) return -1;
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      return close < 0 ? -1 : close + 3;
    }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) return -1;
      const kept = this.keepText(text.slice(i + 9, close), false);
      if (kept !== '') out.push(`<![CDATA[${kept}]]>`);
      return close + 3;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(text);
    if (!m) return -1;
    const closing = m[1] === '/';
    const selfClosing = m[0].endsWith('/>');
    const name = m[2]!.slice(m[2]!.indexOf(':') + 1);
    if (closing) {
      this.inString = false;
      if (name === 'row') this.inRow = false;
    } else {
      if (!INSIDE_CELL.has(name)) this.startCell();
      if (name === 'row' && !selfClosing) {
        this.inRow = true;
        this.rowKept = 0;
        this.rowCut = false;
      }
      this.inString = STRING_TEXT.has(name) && !selfClosing;
    }
    out.push(m[0]);
    return TAG.lastIndex;
  }

  private startCell(): void {
    this.cellKept = 0;
    this.cellCut = false;
    this.openEntity = false;
  }

  /** The part of a text node the budgets allow, with a cut mark where one ran out. */
  private keepText(seg: string, entities = true): string {
    let head = '';
    if (this.openEntity) {
      // the end of an entity begun in the previous chunk (“…&am” + “p;…”) is always written
      const semi = seg.indexOf(';');
      head = semi < 0 ? seg : seg.slice(0, semi + 1);
      this.openEntity = semi < 0;
      this.charge(head.length);
      seg = seg.slice(head.length);
    }
    const rowText = this.inRow && this.inString;
    const cellLeft = this.cellCut ? 0 : this.limits.maxCellChars - this.cellKept;
    const rowLeft = !rowText ? Infinity : this.rowCut ? 0 : this.limits.maxRowChars - this.rowKept;
    const byRow = rowLeft < cellLeft;
    let end = Math.max(0, Math.min(cellLeft, rowLeft));
    if (end < seg.length) {
      if (byRow ? this.rowCut : this.cellCut) return head; // cut and marked already: the rest is dropped
      // never cut a surrogate pair or an entity (&amp;) in two: the parser would refuse the text
      if (end > 0 && isHighSurrogate(seg.charCodeAt(end - 1))) end--;
      const amp = entities && end > 0 ? seg.lastIndexOf('&', end - 1) : -1;
      const semi = amp < 0 ? -1 : seg.indexOf(';', amp);
      if (amp >= 0 && (semi < 0 || semi >= end)) end = semi < 0 ? seg.length : semi + 1;
    }
    const kept = end < seg.length ? seg.slice(0, end) : seg;
    this.charge(kept.length);
    if (entities) this.trackEntity(kept);
    if (kept === seg) return head + seg;
    this.cellCut = true;
    if (byRow) this.rowCut = true;
    return head + kept + (byRow ? ROW_CUT : CELL_CUT);
  }

  private charge(n: number): void {
    this.cellKept += n;
    if (this.inRow && this.inString) this.rowKept += n;
  }

  private trackEntity(seg: string): void {
    const amp = seg.lastIndexOf('&');
    if (amp >= 0) this.openEntity = seg.indexOf(';', amp) < 0;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
