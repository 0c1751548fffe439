/**
 * Byte helpers for signature matching. Signatures are mostly ASCII, so the bytes are also viewed as
 * a Latin-1 string (one char per byte) and searched with indexOf: simple, and fast on 64 KiB.
 */

export function latin1(bytes: Uint8Array, start = 0, end = bytes.length): string {
  const parts: string[] = [];
  const CHUNK = 8192; // String.fromCharCode takes its arguments on the stack
  for (let i = start; i < end; i += CHUNK) {
    parts.push(String.fromCharCode.apply(null, bytes.subarray(i, Math.min(end, i + CHUNK)) as unknown as number[]));
  }
  return parts.join('');
}

export function startsWithBytes(bytes: Uint8Array, prefix: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + prefix.length) return false;
  return prefix.every((b, i) => bytes[offset + i] === b);
}

export function u16le(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8);
}

export function u32be(bytes: Uint8Array, at: number): number {
  return (((bytes[at] ?? 0) << 24) | ((bytes[at + 1] ?? 0) << 16) | ((bytes[at + 2] ?? 0) << 8) | (bytes[at + 3] ?? 0)) >>> 0;
}

/** A GUID as stored on disk (the first three fields little-endian), as the Latin-1 string to search for. */
export function guidBytes(guid: string): string {
  const hex = guid.replace(/-/g, '');
  const le = (s: string) => s.match(/../g)!.reverse().join('');
  const ordered = le(hex.slice(0, 8)) + le(hex.slice(8, 12)) + le(hex.slice(12, 16)) + hex.slice(16);
  return String.fromCharCode(...ordered.match(/../g)!.map((h) => parseInt(h, 16)));
}

/** UTF-16LE text as the Latin-1 string its bytes make (OLE2 directory entry names are stored so). */
export function utf16le(text: string): string {
  return [...text].map((c) => `${c}\u0000`).join('');
}

/**
 * True when `bytes` is plausibly text: no NUL, valid UTF-8 (a multi-byte sequence cut by the end of
 * the window is fine), and few control characters besides tab, CR, LF, FF.
 */
export function looksLikeText(bytes: Uint8Array, truncated: boolean): boolean {
  if (bytes.length === 0) return true;
  let controls = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b === 0) return false;
    if (b < 0x80) {
      if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) controls++;
      i++;
      continue;
    }
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b <= 0xdf ? 1 : -1;
    if (need < 0) return false;
    for (let k = 1; k <= need; k++) {
      if (i + k >= bytes.length) return truncated; // cut by the window, not invalid
      if ((bytes[i + k]! & 0xc0) !== 0x80) return false;
    }
    i += need + 1;
  }
  return controls <= bytes.length / 100;
}

/** Does `bytes` start with the Latin-1 string `text`? (No conversion of the whole window.) */
export function startsText(bytes: Uint8Array, text: string): boolean {
  if (bytes.length < text.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The bytes [start, end) as a Latin-1 string. */
export function textAt(bytes: Uint8Array, start: number, end?: number): string {
  return latin1(bytes, Math.min(start, bytes.length), Math.min(end ?? bytes.length, bytes.length));
}

/**
 * Where an ASCII needle first occurs in `bytes` (from `from`), or -1: a byte search, so finding a
 * marker in a 64 KiB window makes no 64 KiB string (measured: the string views of PDFs' windows
 * were most of the garbage of a 1,000-file ingest).
 */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  const first = needle.charCodeAt(0);
  const last = bytes.length - needle.length;
  outer: for (let i = bytes.indexOf(first, from); i !== -1 && i <= last; i = bytes.indexOf(first, i + 1)) {
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
