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
const SLASH = 0x2f;
/** Characters that end a tag's name: space, tab, LF, CR, '/', '>'. */
const NAME_END = new Set([0x20, 0x09, 0x0a, 0x0d, SLASH, 0x3e]);

/**
 * The index after the tag starting at `i`, or -1 when the text ends inside it. Quoted attribute
 * values may hold '>'. A scan by hand: a regex with captures allocates for every tag, and a sheet
 * has a million of them.
 */
function tagEnd(text: string, i: number): number {
  let from = i + 1;
  for (;;) {
    const gt = text.indexOf('>', from);
    if (gt < 0) return -1;
    let quote = -1;
    for (let k = from; k < gt; k++) {
      const c = text.charCodeAt(k);
      if (c === 0x22 || c === 0x27) {
        quote = k;
        break;
      }
    }
    if (quote < 0) return gt + 1;
    const close = text.indexOf(text[quote]!, quote + 1);
    if (close < 0) return -1;
    from = close + 1;
  }
}

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
    // most chunks pass unchanged: only the pieces that change are copied, the rest sliced once
    const out: string[] = [];
    let from = 0;
    let nextAmp = text.indexOf('&'); // the next '&' at or after i (-1: none left), found moving forward only
    let i = 0;
    while (i < text.length) {
      if (!this.inMarkup) {
        const lt = text.indexOf('<', i);
        const end = lt < 0 ? text.length : lt;
        if (end > i) {
          if (nextAmp >= 0 && nextAmp < i) nextAmp = text.indexOf('&', i);
          const amp = nextAmp >= 0 && nextAmp < end ? nextAmp : -1;
          const replaced = this.keepText(text, i, end, amp);
          if (replaced !== undefined) {
            out.push(text.slice(from, i), replaced);
            from = end;
          }
        }
        if (lt < 0) break;
        i = lt;
        this.inMarkup = true;
      }
      const next = this.markup(text, i);
      if (next.end < 0) {
        this.carry = text.slice(i);
        if (this.carry.length > this.maxMarkup)
          throw new Error(`thẻ XML dài quá ${this.maxMarkup} ký tự (XML tag longer than ${this.maxMarkup} characters)`);
        out.push(text.slice(from, i));
        return out.join('');
      }
      if (next.replaced !== undefined) {
        out.push(text.slice(from, i), next.replaced);
        from = next.end;
      }
      i = next.end;
      this.inMarkup = false;
    }
    out.push(from === 0 ? text : text.slice(from));
    return out.join('');
  }

  /** What is left at the end of the part (an unfinished tag: the parser will report it). */
  end(): string {
    const rest = this.carry;
    this.carry = '';
    return rest;
  }

  /**
   * The markup starting at `i`: the index after it (-1 when the chunk ends inside it) and what
   * replaces it when it does not pass as it is (a comment: nothing; a CDATA section cut).
   */
  private markup(text: string, i: number): { end: number; replaced?: string } {
    if (text.length - i < 9) {
      // too short to tell a comment or CDATA from a tag unless a plain tag ends here
      if (text.startsWith('<!', i) || text.indexOf('>', i) < 0) return { end: -1 };
    }
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      return close < 0 ? { end: -1 } : { end: close + 3, replaced: '' };
    }
    if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      if (close < 0) return { end: -1 };
      const kept = this.keepText(text, i + 9, close, -1);
      return kept === undefined ? { end: close + 3 } : { end: close + 3, replaced: kept === '' ? '' : `<![CDATA[${kept}]]>` };
    }
    const end = tagEnd(text, i);
    if (end < 0) return { end: -1 };
    const closing = text.charCodeAt(i + 1) === SLASH;
    let nameEnd = closing ? i + 2 : i + 1;
    while (nameEnd < end && !NAME_END.has(text.charCodeAt(nameEnd))) nameEnd++;
    const qualified = text.slice(closing ? i + 2 : i + 1, nameEnd);
    const name = qualified.slice(qualified.indexOf(':') + 1);
    if (closing) {
      this.inString = false;
      if (name === 'row') this.inRow = false;
    } else {
      const selfClosing = text.charCodeAt(end - 2) === SLASH; // "/>"
      if (!INSIDE_CELL.has(name)) this.startCell();
      if (name === 'row' && !selfClosing) {
        this.inRow = true;
        this.rowKept = 0;
        this.rowCut = false;
      }
      this.inString = STRING_TEXT.has(name) && !selfClosing;
    }
    return { end };
  }

  private startCell(): void {
    this.cellKept = 0;
    this.cellCut = false;
    this.openEntity = false;
  }

  /**
   * The text node piece text[start, end) as the budgets allow: undefined when it passes whole,
   * else what replaces it (its beginning and a cut mark, or nothing past a mark). `amp` is the
   * first '&' in the piece, -1 if none (entities: -1 also for CDATA, which has none).
   */
  private keepText(text: string, start: number, end: number, amp: number): string | undefined {
    let s = start;
    if (this.openEntity) {
      // the end of an entity begun in the previous chunk (“…&am” + “p;…”) is always written
      const semi = text.indexOf(';', start);
      const closed = semi >= 0 && semi < end;
      s = closed ? semi + 1 : end;
      this.openEntity = !closed;
      this.charge(s - start);
    }
    const rowText = this.inRow && this.inString;
    const cellLeft = this.cellCut ? 0 : this.limits.maxCellChars - this.cellKept;
    const rowLeft = !rowText ? Infinity : this.rowCut ? 0 : this.limits.maxRowChars - this.rowKept;
    const byRow = rowLeft < cellLeft;
    const left = Math.max(0, Math.min(cellLeft, rowLeft));
    let cut = end;
    if (end - s > left) {
      if (byRow ? this.rowCut : this.cellCut) return text.slice(start, s); // cut and marked already: the rest is dropped
      cut = s + left;
      // never cut a surrogate pair or an entity (&amp;) in two: the parser would refuse the text
      if (cut > s && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
      const last = amp >= 0 && cut > s ? text.lastIndexOf('&', cut - 1) : -1;
      if (last >= s) {
        const semi = text.indexOf(';', last);
        if (semi < 0 || semi >= end) cut = end;
        else if (semi >= cut) cut = semi + 1;
      }
    }
    this.charge(cut - s);
    if (amp >= 0) this.trackEntity(text, Math.max(amp, s), cut);
    if (cut === end) return undefined;
    this.cellCut = true;
    if (byRow) this.rowCut = true;
    return text.slice(start, cut) + (byRow ? ROW_CUT : CELL_CUT);
  }

  private charge(n: number): void {
    this.cellKept += n;
    if (this.inRow && this.inString) this.rowKept += n;
  }

  /** Whether the kept text text[from, to) ends inside an entity (“…&am”); `from` is at or before its first '&'. */
  private trackEntity(text: string, from: number, to: number): void {
    if (from >= to) return;
    const last = text.lastIndexOf('&', to - 1);
    if (last < from) return;
    const semi = text.indexOf(';', last);
    this.openEntity = semi < 0 || semi >= to;
  }
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
