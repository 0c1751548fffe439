import { createRequire } from 'node:module';
import { StringDecoder } from 'node:string_decoder';
import { XmlTextCap } from './xml-text-cap.js';

/**
 * exceljs, loaded with its streaming XML tokenizer replaced. exceljs 4.4.0 (the latest) decodes each
 * zip chunk to text on its own (lib/utils/parse-sax.js), so a multi-byte UTF-8 character split
 * between two chunks becomes "��" — every few thousand rows of Vietnamese text (upstream issues
 * #2063, #2084, #2316; fixes #1665, #2081, #2894 unmerged). The replacement keeps one StringDecoder
 * per parse, which carries a partial character over to the next chunk. It also caps the text of
 * every cell and row before the XML parser gathers it (xml-text-cap.ts), so memory stays bounded
 * whatever a workbook holds. Import exceljs only from here: the fix must be in require's cache
 * before exceljs loads its readers.
 */
const require = createRequire(import.meta.url);
const parseSaxPath = require.resolve('exceljs/lib/utils/parse-sax.js');
const requireFromExceljs = createRequire(parseSaxPath);
const { SaxesParser } = requireFromExceljs('saxes') as {
  SaxesParser: new () => { on(event: string, fn: (value: unknown) => void): void; write(text: string): void; close(): void };
};

type SaxEvent = { eventType: 'opentag' | 'text' | 'closetag'; value: unknown };

async function* parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]> {
  const parser = new SaxesParser();
  const decoder = new StringDecoder('utf8');
  const cap = new XmlTextCap();
  let error: unknown;
  let events: SaxEvent[] = [];
  parser.on('error', (e) => (error = e));
  for (const eventType of ['opentag', 'text', 'closetag'] as const) parser.on(eventType, (value) => events.push({ eventType, value }));
  for await (const chunk of iterable) {
    parser.write(cap.write(typeof chunk === 'string' ? chunk : decoder.write(chunk)));
    if (error) throw error;
    yield events;
    events = [];
  }
  const rest = cap.write(decoder.end()) + cap.end();
  if (rest) {
    parser.write(rest);
    if (error) throw error;
    yield events;
  }
}

if (require.cache[require.resolve('exceljs')] && require.cache[parseSaxPath]?.exports !== parseSax) {
  throw new Error('exceljs was loaded before adapters/exceljs.ts: its UTF-8 fix would not apply');
}
const Module = require('node:module') as new (id: string) => NodeJS.Module;
const fixed = new Module(parseSaxPath);
fixed.filename = parseSaxPath;
fixed.loaded = true;
fixed.exports = parseSax;
require.cache[parseSaxPath] = fixed;

export const ExcelJS = require('exceljs') as typeof import('exceljs');
export type { CellValue, Font } from 'exceljs';
/** The fixed tokenizer, for its test. */
export const parseSaxFixed = require(parseSaxPath) as typeof parseSax;
