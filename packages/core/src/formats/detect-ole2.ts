import { startsWithBytes, utf16le } from './bytes.js';
import type { Detection, Probe } from './probe.js';

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

// Directory entry names (UTF-16LE) of the main stream of each application's documents.
const STREAMS: Array<[stream: string, puid: string]> = [
  ['WordDocument', 'fmt/40'],
  ['Workbook', 'fmt/61'], // Excel 97 onwards
  ['PowerPoint Document', 'fmt/126'],
];
const EXCEL_95_STREAM = `${utf16le('Book')}\u0000\u0000`; // Excel 5/95 names its stream "Book"
const BY_EXTENSION: Record<string, string> = { doc: 'fmt/40', xls: 'fmt/61', ppt: 'fmt/126' };

/**
 * OLE2 compound files (DOC, XLS, PPT): refined by the stream names in the directory when the
 * directory sector lies in the head or the tail, else by the extension (basis says which).
 */
export function detectOle2(p: Probe): Detection | undefined {
  if (!startsWithBytes(p.head, OLE2)) return undefined;
  const text = p.headText + p.tailText;
  for (const [stream, puid] of STREAMS) if (text.includes(utf16le(stream))) return { puid, basis: 'container' };
  if (text.includes(EXCEL_95_STREAM)) return { puid: 'fmt/59', basis: 'container' };
  const byExtension = BY_EXTENSION[p.ext];
  return byExtension ? { puid: byExtension, basis: 'extension' } : { puid: 'fmt/111', basis: 'signature' };
}
