import { extensionOf } from '../formats/mime.js';

/*
 * TT05's naming of scans (Art. 8; DOMAIN.md §6): at least the file code + "." + the document's
 * sequence number; DuPhong reads the sequence as 7 digits (the docCode form) and, when each page
 * is its own file, a further "." + 4-digit page. A whole-file PDF is named by the file code.
 * File codes contain dots themselves, so a name is read from its end.
 */

export const SCAN_EXTENSIONS = ['tif', 'tiff', 'jpg', 'jpeg', 'png', 'pdf'] as const;
/** Digitised audio-visual files, kept unchanged. */
export const MEDIA_EXTENSIONS = ['mp4', 'mkv', 'mov', 'avi', 'mpg', 'mpeg', 'mxf', 'mp3', 'wav', 'wma', 'm4a', 'flac'] as const;

export type ScanName = { ordinal: number; page: number | null; ext: string } | { wholeFile: true; ext: string };

export const isScanExtension = (ext: string): boolean => (SCAN_EXTENSIONS as readonly string[]).includes(ext.toLowerCase());
export const isMediaExtension = (ext: string): boolean => (MEDIA_EXTENSIONS as readonly string[]).includes(ext.toLowerCase());

/** How `name` (a bare file name) numbers a scan of `fileCode`, or null when it does not follow the rule. */
export function parseScanName(name: string, fileCode: string): ScanName | null {
  const nfc = name.normalize('NFC');
  const code = fileCode.normalize('NFC');
  const ext = extensionOf(nfc);
  if (!(isScanExtension(ext) || isMediaExtension(ext))) return null;
  const stem = nfc.slice(0, nfc.length - ext.length - 1);
  if (stem === code) return ext === 'pdf' ? { wholeFile: true, ext } : null;
  if (!stem.startsWith(`${code}.`)) return null;
  const m = /^(\d{7})(?:\.(\d{4}))?$/.exec(stem.slice(code.length + 1));
  if (!m) return null;
  const ordinal = Number(m[1]);
  const page = m[2] === undefined ? null : Number(m[2]);
  if (ordinal < 1 || page === 0) return null;
  return { ordinal, page, ext };
}
