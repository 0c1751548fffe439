import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { DEFAULT_IMPORT_LIMITS, importFinding, type ImportLimits, type NumberedRow, type SheetCell } from '@duphong/core';
import iconv from 'iconv-lite';
import type { SheetSource } from './sheet-source.js';

/**
 * Whether the whole file is valid UTF-8 (streamed; a multi-byte sequence may cross chunks).
 * Vietnamese CSVs saved by older Excel are Windows-1258 and fail here on their first accent.
 */
async function isUtf8File(path: string): Promise<boolean> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of createReadStream(path)) decoder.decode(chunk as Buffer, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

/** Text chunks of the file in its encoding, without a BOM, NFC per chunk boundary-safe later. */
async function* decodedChunks(path: string, encoding: 'utf8' | 'windows-1258'): AsyncGenerator<string> {
  const decoder = encoding === 'utf8' ? new TextDecoder('utf-8') : undefined;
  const legacy = encoding === 'windows-1258' ? iconv.getDecoder('windows-1258') : undefined;
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    let text = decoder ? decoder.decode(chunk as Buffer, { stream: true }) : legacy!.write(chunk as Buffer);
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    first = false;
    yield text;
  }
  const rest = decoder ? decoder.decode() : (legacy!.end() ?? '');
  if (rest) yield rest;
}

/**
 * The separator of a CSV: the one of `,` `;` tab used most in the first lines (Excel follows the
 * locale; title rows above the header have none, so one line is not enough).
 */
function guessDelimiter(head: string): string {
  const count = (d: string) => head.split(d).length;
  return [',', ';', '\t'].reduce((best, d) => (count(d) > count(best) ? d : best), ',');
}

/**
 * RFC 4180 rows (quotes, doubled quotes, CR LF, newlines inside quotes) from streamed text. A cell
 * keeps at most `maxCellChars` characters and a row `maxRowChars` (counting separators and
 * quotes): past them the text is still parsed — so the next row starts where it should — but not
 * kept, and the cell or row is marked `tooLong` (limits.ts). Memory is bounded by the limits, not
 * by the file.
 */
async function* csvRows(chunks: AsyncIterable<string>, limits: ImportLimits): AsyncGenerator<NumberedRow> {
  let delimiter: string | undefined;
  let head = '';
  let field = '';
  let fieldChars = 0; // characters of the field parsed, kept or not
  let fieldTooLong = false;
  let row: SheetCell[] = [];
  let rowChars = 0;
  let rowTooLong = false;
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted field: either the end or the first of a doubled ""
  let afterCr = false;
  let number = 0;
  const append = (ch: string) => {
    fieldChars++;
    if (rowTooLong) return;
    if (field.length >= limits.maxCellChars) fieldTooLong = true;
    else field += ch;
  };
  // Windows-1258 decodes to base letters + combining tone marks: NFC makes them one letter again
  const endField = () => {
    if (!rowTooLong) row.push(fieldTooLong ? { value: field.normalize('NFC'), tooLong: true } : { value: field.normalize('NFC') });
    field = '';
    fieldChars = 0;
    fieldTooLong = false;
  };
  const finish = (): NumberedRow => {
    endField();
    const out: NumberedRow = rowTooLong ? { number: ++number, cells: row, tooLong: true } : { number: ++number, cells: row };
    row = [];
    rowChars = 0;
    rowTooLong = false;
    return out;
  };
  function* feed(text: string): Generator<NumberedRow> {
    for (let i = 0; i < text.length; i++) {
      const ch = text[i]!;
      if (afterCr && ch === '\n') {
        afterCr = false;
        continue;
      }
      afterCr = false;
      if (++rowChars > limits.maxRowChars && !rowTooLong) {
        // the cells before the limit are kept for the findings, and the one being read when it is
        // over the cell limit already (a single huge cell is reported as such); nothing after
        if (fieldTooLong) row.push({ value: field.normalize('NFC'), tooLong: true });
        rowTooLong = true;
        field = '';
      }
      if (quoteSeen) {
        quoteSeen = false;
        if (ch === '"') {
          append('"');
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (ch === '"') quoteSeen = true;
        else append(ch);
      } else if (ch === '"' && fieldChars === 0) quoted = true;
      else if (ch === delimiter) endField();
      else if (ch === '\n' || ch === '\r') {
        afterCr = ch === '\r';
        yield finish();
      } else append(ch);
    }
  }
  for await (const chunk of chunks) {
    if (delimiter === undefined) {
      head += chunk;
      const lines = head.split('\n');
      if (lines.length < 20 && head.length < 64 * 1024) continue;
      delimiter = guessDelimiter(lines.slice(0, 20).join('\n'));
      const text = head;
      head = '';
      yield* feed(text);
    } else yield* feed(chunk);
  }
  if (delimiter === undefined) {
    delimiter = guessDelimiter(head);
    yield* feed(head);
  }
  if (fieldChars > 0 || row.length > 0 || rowTooLong) yield finish();
}

/** A CSV in UTF-8 (with or without BOM) or, when it is not valid UTF-8, Windows-1258. */
export async function readCsv(path: string, limits: ImportLimits = DEFAULT_IMPORT_LIMITS): Promise<SheetSource> {
  const utf8 = await isUtf8File(path);
  const findings = utf8
    ? []
    : [
        importFinding(
          { row: 0, column: '' },
          'DP-IMPORT-ENCODING',
          'windows-1258',
          'Tệp CSV không phải UTF-8: đã đọc theo Windows-1258 (bảng mã tiếng Việt của Windows, không phải TCVN3) và chuẩn hóa NFC',
        ),
      ];
  const rows = csvRows(decodedChunks(path, utf8 ? 'utf8' : 'windows-1258'), limits);
  async function* sheets() {
    yield { hidden: false, rows };
  }
  return { sheets: sheets(), findings };
}
