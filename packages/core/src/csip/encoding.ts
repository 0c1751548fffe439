import { packageFinding, type PackageFinding } from './report.js';

/**
 * METS files must be UTF-8 (TT05 and CSIP packages are; DuPhong's parser reads UTF-8 only).
 * Decoding leniently would turn Latin-1 or UTF-16 bytes into U+FFFD and let a damaged METS
 * through, so anything else is refused with DP-XML-ENCODING naming the first bad byte.
 */
export function decodeXmlUtf8(bytes: Uint8Array, path?: string): { text: string } | { finding: PackageFinding } {
  const fail = (why: string) => ({
    finding: packageFinding('DP-XML-ENCODING', 'error', `XML phải mã hoá UTF-8 / XML must be UTF-8: ${why}`, path),
  });
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xfe && b1 === 0xff) || (b0 === 0xff && b1 === 0xfe) || (b0 === 0 && b1 === 0x3c) || (b0 === 0x3c && b1 === 0))
    return fail('tệp là UTF-16 / the file is UTF-16');
  let start = 0;
  if (b0 === 0xef && b1 === 0xbb && bytes[2] === 0xbf) start = 3; // UTF-8 byte-order mark
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start));
  } catch {
    // Only now walk the bytes by hand, to say where the damage is.
    const bad = firstInvalidUtf8(bytes, start) ?? start;
    const line = 1 + bytes.subarray(0, bad).filter((c) => c === 0x0a).length;
    const hex = bytes[bad]!.toString(16).toUpperCase().padStart(2, '0');
    return fail(`byte 0x${hex} không hợp lệ ở vị trí ${bad} (dòng ${line}) / invalid byte 0x${hex} at offset ${bad} (line ${line})`);
  }
  const declared = /^<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']/.exec(text)?.[1];
  if (declared !== undefined && !/^(utf-?8|us-ascii|ascii)$/i.test(declared))
    return fail(`khai báo encoding="${declared}" / declares encoding="${declared}"`);
  return { text };
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence (RFC 3629), or undefined. */
function firstInvalidUtf8(bytes: Uint8Array, from: number): number | undefined {
  let i = from;
  while (i < bytes.length) {
    const c = bytes[i]!;
    let n: number;
    let min: number;
    if (c < 0x80) {
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) [n, min] = [1, 0x80];
    else if (c >= 0xe0 && c <= 0xef) [n, min] = [2, 0x800];
    else if (c >= 0xf0 && c <= 0xf4) [n, min] = [3, 0x10000];
    else return i;
    let cp = c & (0x3f >> n);
    for (let k = 1; k <= n; k++) {
      const cc = bytes[i + k];
      if (cc === undefined || (cc & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (cc & 0x3f);
    }
    // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return i;
    i += n + 1;
  }
  return undefined;
}
