import { looksLikeText, startsText } from './bytes.js';
import type { Detection, Probe } from './probe.js';

/**
 * RTF versions by the control words PRONOM's signatures look for (simplified): 1.9 and 1.8 by
 * their style-sheet and latent-style words, 1.5–1.6 by \ansicpg, else 1.0–1.4. 1.7 has no rule here.
 */
function detectRtf(p: Probe): Detection | undefined {
  if (!startsText(p.head, '{\\rtf')) return undefined;
  const text = p.headText;
  const styles = text.includes('\\stshfdbch') && text.includes('\\stshfbi');
  if (styles && /\\\*\\colorschememapping|\\afelev|\\\*\\datastore|\\\*\\defchp/.test(text)) return { puid: 'fmt/355', basis: 'signature' };
  if (styles && text.includes('\\lsdstimax')) return { puid: 'fmt/53', basis: 'signature' };
  if (/^\{\\rtf1?.?\\(?:ansi|mac|pca?)\\ansicpg/.test(text)) return { puid: 'fmt/50', basis: 'signature' };
  return { puid: 'fmt/45', basis: 'signature' };
}

// Public identifiers of the DOCTYPEs, most specific first.
const DOCTYPES: Array<[marker: string, puid: string]> = [
  ['-//w3c//dtd xhtml 1.1', 'fmt/103'],
  ['-//w3c//dtd xhtml 1.0', 'fmt/102'],
  ['-//w3c//dtd html 4.01', 'fmt/100'],
  ['-//w3c//dtd html 4.0', 'fmt/99'],
  ['-//w3c//dtd html 3.2', 'fmt/98'],
  ['-//ietf//dtd html 2.0', 'fmt/97'],
  ['-//ietf//dtd html//', 'fmt/97'],
];

function detectMarkup(p: Probe): Detection | undefined {
  // Skip a UTF-8 BOM (as Latin-1) and leading space; look at the first kilobyte, case-folded.
  const start = p.headText
    .replace(/^\u00ef\u00bb\u00bf/, '')
    .trimStart()
    .slice(0, 1024)
    .toLowerCase();
  if (!start.startsWith('<')) return undefined;
  const doctype = /<!doctype\s+html([^>]*)>/.exec(start);
  if (doctype) {
    const match = DOCTYPES.find(([marker]) => doctype[1]!.includes(marker));
    if (match) return { puid: match[1], basis: 'signature' };
    // <!DOCTYPE html> and the legacy-compat form are HTML5's.
    if (doctype[1]!.trim() === '' || doctype[1]!.includes('about:legacy-compat')) return { puid: 'fmt/471', basis: 'signature' };
    return { puid: 'fmt/96', basis: 'signature' };
  }
  if (/<html[\s>]|<head[\s>]|<body[\s>]|<title[\s>]/.test(start)) return { puid: 'fmt/96', basis: 'signature' };
  if (start.startsWith('<?xml')) return { puid: p.ext === 'xsd' ? 'x-fmt/280' : 'fmt/101', basis: 'signature' };
  return undefined;
}

/** The tail may start inside a UTF-8 sequence: skip its continuation bytes. */
function alignToCharacter(bytes: Uint8Array): Uint8Array {
  let i = 0;
  while (i < 3 && i < bytes.length && (bytes[i]! & 0xc0) === 0x80) i++;
  return bytes.subarray(i);
}

/** Plain text: valid UTF-8/ASCII with no NULs; the extension decides CSV against TXT (no signature can). */
function detectPlainText(p: Probe): Detection | undefined {
  if (p.size === 0 || !looksLikeText(p.head, p.head.length < p.size)) return undefined;
  if (p.tailStart > p.head.length && !looksLikeText(alignToCharacter(p.tail), true)) return undefined;
  return { puid: p.ext === 'csv' ? 'x-fmt/18' : 'x-fmt/111', basis: p.ext === 'csv' ? 'extension' : 'signature' };
}

export function detectText(p: Probe): Detection | undefined {
  return detectRtf(p) ?? detectMarkup(p) ?? detectPlainText(p);
}
