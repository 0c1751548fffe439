/**
 * Tag-file text: decoding by the bag's Tag-File-Character-Encoding and splitting into lines.
 * BagIt allows LF, CR or CRLF line endings (RFC 8493 §2.1).
 */

export type TagEncoding = 'utf-8' | 'utf-16' | 'iso-8859-1' | { other: string };

/** Maps a declared encoding name to one we can decode; undefined when unknown. */
export function normaliseEncoding(declared: string): TagEncoding | undefined {
  const name = declared.trim().toLowerCase();
  if (name === 'utf-8' || name === 'utf8') return 'utf-8';
  if (name === 'utf-16' || name === 'utf16') return 'utf-16';
  if (name === 'iso-8859-1' || name === 'iso8859-1' || name === 'latin1' || name === 'latin-1') return 'iso-8859-1';
  try {
    new TextDecoder(name);
    return { other: name };
  } catch {
    return undefined;
  }
}

export const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

export function startsWithUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === UTF8_BOM[0] && bytes[1] === UTF8_BOM[1] && bytes[2] === UTF8_BOM[2];
}

/**
 * Decodes a tag file; throws on bytes invalid in the encoding. ISO-8859-1 is decoded byte for byte
 * (the WHATWG label maps to windows-1252); UTF-16 follows its BOM and defaults to big-endian (RFC 2781).
 */
export function decodeTagText(bytes: Uint8Array, encoding: TagEncoding): string {
  if (encoding === 'iso-8859-1') {
    let s = '';
    for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
    return s;
  }
  if (encoding === 'utf-16') {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-16be', { fatal: true }).decode(bytes);
  }
  const label = encoding === 'utf-8' ? 'utf-8' : encoding.other;
  return new TextDecoder(label, { fatal: true }).decode(bytes);
}

/** Lines without their terminators; a final terminator does not make an extra empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
