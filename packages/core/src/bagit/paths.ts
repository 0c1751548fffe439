/**
 * Path rules for every path a bag names (manifests, tag manifests, fetch.txt): it must stay
 * inside the bag on every operating system, because bags move between Linux, Windows and macOS.
 */

export type PathCheck = { ok: true; path: string; leadingDotSlash: boolean } | { ok: false; reason: string; reasonEn: string };

/**
 * Percent-decoding of RFC 8493 §2.1.3: only %0A, %0D and %25 are encoded in manifest and fetch
 * paths; any other `%xx` is literal (older bags hold names such as `%7Etest1.txt` on disk).
 */
export function decodeBagPath(raw: string): string {
  return raw.replace(/%(0A|0D|25)/gi, (m) => String.fromCharCode(parseInt(m.slice(1), 16)));
}

/** The inverse, for writing manifests and fetch files. */
export function encodeBagPath(path: string): string {
  return path.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

/** Checks a decoded path and returns it without a leading `./`. */
export function checkBagPath(path: string): PathCheck {
  const refuse = (reason: string, reasonEn: string): PathCheck => ({ ok: false, reason, reasonEn });
  if (path === '') return refuse('đường dẫn rỗng', 'empty path');
  if (path.includes('\0')) return refuse('có ký tự NUL', 'contains NUL');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:\/\//.test(path)) return refuse('là một URL (file://…)', 'is a URL (file://…)');
  if (path.includes('\\')) return refuse('có dấu gạch chéo ngược "\\" (đường dẫn Windows)', 'contains a backslash (Windows path)');
  if (/^[A-Za-z]:/.test(path)) return refuse('bắt đầu bằng ổ đĩa Windows', 'starts with a Windows drive letter');
  if (path.startsWith('/')) return refuse('là đường dẫn tuyệt đối', 'is absolute');
  if (path.startsWith('~')) return refuse('bắt đầu bằng "~" (thư mục nhà)', 'starts with "~" (home directory)');
  if (/%[A-Za-z_][A-Za-z0-9_]*%/.test(path)) return refuse('có biến môi trường %…%', 'contains a %VARIABLE%');
  let rest = path;
  let leadingDotSlash = false;
  while (rest.startsWith('./')) {
    rest = rest.slice(2);
    leadingDotSlash = true;
  }
  const segments = rest.split('/');
  if (segments.includes('..')) return refuse('có ".." (ra ngoài túi)', 'contains ".." (escapes the bag)');
  if (segments.some((s) => s === '' || s === '.')) return refuse('có đoạn rỗng hoặc "."', 'has an empty or "." segment');
  return { ok: true, path: rest, leadingDotSlash };
}

/** The key two names share when they differ only in Unicode normalisation. */
export const nfcKey = (path: string): string => path.normalize('NFC');

/** The key two names share on a case-insensitive file system (Windows, macOS by default). */
export const caseKey = (path: string): string => path.normalize('NFC').toLowerCase();

/** Operating-system clutter that should not be in a payload. */
export function isOsSpecificFile(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1);
  return /^(thumbs\.db|ehthumbs\.db|desktop\.ini|\.ds_store|\.spotlight-v100|\.trashes|\.fseventsd)$/i.test(name) || name.startsWith('._');
}
