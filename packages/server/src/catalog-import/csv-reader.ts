import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';
import { importFinding, type NumberedRow } from '@duphong/core';
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

/** RFC 4180 rows (quotes, doubled quotes, CR LF, newlines inside quotes) from streamed text. */
async function* csvRows(chunks: AsyncIterable<string>): AsyncGenerator<NumberedRow> {
  let delimiter: string | undefined;
  let head = '';
  let field = '';
  let row: string[] = [];
  let quoted = false;
  let quoteSeen = false; // a quote inside a quoted field: either the end or the first of a doubled ""
  let afterCr = false;
  let number = 0;
  // Windows-1258 decodes to base letters + combining tone marks: NFC makes them one letter again
  const finish = (): NumberedRow => {
    row.push(field);
    const out = { number: ++number, cells: row.map((v) => ({ value: v.normalize('NFC') })) };
    row = [];
    field = '';
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
      if (quoteSeen) {
        quoteSeen = false;
        if (ch === '"') {
          field += '"';
          continue;
        }
        quoted = false;
      }
      if (quoted) {
        if (ch === '"') quoteSeen = true;
        else field += ch;
      } else if (ch === '"' && field === '') quoted = true;
      else if (ch === delimiter) {
        row.push(field);
        field = '';
      } else if (ch === '\n' || ch === '\r') {
        afterCr = ch === '\r';
        yield finish();
      } else field += ch;
    }
  }
  for await (const chunk of chunks) {
    if (delimiter === undefined) {
      head += chunk;
      const lines = head.split('\n');
      if (lines.length < 20 && head.length < 64 * 1024) continue;
      delimiter = guessDelimiter(lines.slice(0, 20).join('\n'));
      yield* feed(head);
    } else yield* feed(chunk);
  }
  if (delimiter === undefined) {
    delimiter = guessDelimiter(head);
    yield* feed(head);
  }
  if (field !== '' || row.length > 0) yield finish();
}

/** A CSV in UTF-8 (with or without BOM) or, when it is not valid UTF-8, Windows-1258. */
export async function readCsv(path: string): Promise<SheetSource> {
  const utf8 = await isUtf8File(path);
  const findings = utf8
    ? []
    : [
        importFinding(
          { row: 0, column: '' },
          'DP-IMPORT-ENCODING',
          'windows-1258',
          'Tệp CSV không phải UTF-8: đã đọc theo bảng mã Windows-1258 (TCVN của Windows) và chuẩn hóa NFC',
        ),
      ];
  const rows = csvRows(decodedChunks(path, utf8 ? 'utf8' : 'windows-1258'));
  async function* sheets() {
    yield { hidden: false, rows };
  }
  return { sheets: sheets(), findings };
}
