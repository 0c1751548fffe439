import { checkBagPath } from '@duphong/core';
import { requestError } from '../errors.js';

/*
 * The name an upload declares (tus `Upload-Metadata` filename / relativePath) becomes a path inside
 * a staging folder, so it gets the bag path rules (no `..`, not absolute, no NUL, no backslash,
 * no drive letter, no `~`) plus the Unicode tricks a browser lets through: direction overrides
 * that hide the real extension, invisible characters, and look-alike slashes and dots that turn
 * into `/` or `..` once some tool applies compatibility normalisation (NFKC).
 */

// Bidi embeddings/overrides/isolates, zero-width characters, the BOM and C0/C1 controls.
// eslint-disable-next-line no-control-regex -- control characters are exactly what this rejects
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/u;
const MAX_NAME_BYTES = 1024;
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\.[^/]*)?$/i;

/** Why a declared upload name is refused (Vietnamese, English), or undefined when it is fine. */
export function uploadNameProblem(raw: string): { vi: string; en: string } | undefined {
  if (raw === '') return { vi: 'tên tệp rỗng', en: 'empty file name' };
  const name = raw.normalize('NFC');
  if (Buffer.byteLength(name) > MAX_NAME_BYTES)
    return { vi: `tên dài quá ${MAX_NAME_BYTES} byte`, en: `name longer than ${MAX_NAME_BYTES} bytes` };
  if (HIDDEN.test(name))
    return {
      vi: 'tên có ký tự điều khiển, ký tự ẩn hoặc ký tự đảo chiều văn bản',
      en: 'name contains control, invisible or text-direction characters',
    };
  // Windows keeps device names (CON, NUL, COM1… with any extension) and drops a trailing dot or
  // space: such a name opens a device or becomes another file once the staged copy reaches Windows.
  for (const segment of name.split('/')) {
    if (WINDOWS_DEVICE.test(segment))
      return { vi: `"${segment}" là tên thiết bị dành riêng của Windows`, en: `"${segment}" is a reserved Windows device name` };
    if (/[. ]$/.test(segment) && segment !== '.' && segment !== '..')
      return { vi: 'tên kết thúc bằng dấu chấm hoặc khoảng trắng', en: 'name ends with a dot or a space' };
  }
  const check = checkBagPath(name);
  if (!check.ok) return { vi: `tên ${check.reason}`, en: `name ${check.reasonEn}` };
  // A full-width solidus or a one-dot leader is harmless here but becomes "/" or ".." elsewhere.
  const compat = name.normalize('NFKC');
  if (compat !== name) {
    const again = checkBagPath(compat);
    if (!again.ok || compat.split('/').length !== name.split('/').length)
      return {
        vi: 'tên có ký tự giả dạng dấu "/" hoặc "." (ví dụ ／ hoặc ․)',
        en: 'name contains characters that imitate "/" or "." (e.g. ／ or ․)',
      };
  }
  return undefined;
}

/** The checked NFC name, or a request error (exit 2, HTTP 400) naming the problem. */
export function checkedUploadName(raw: string, what: 'filename' | 'relativePath'): string {
  const problem = uploadNameProblem(raw);
  if (problem)
    throw requestError(
      'DP-UPLOAD-BAD-NAME',
      `Tên tệp tải lên không được chấp nhận (${JSON.stringify(raw.slice(0, 200))}): ${problem.vi}.`,
      `Upload ${what} refused (${JSON.stringify(raw.slice(0, 200))}): ${problem.en}.`,
    );
  return raw.normalize('NFC');
}

/** Sizes for people: KB, MB, GB with a Vietnamese decimal comma when asked. */
export function sizeText(bytes: number, lang: 'vi' | 'en' = 'vi'): string {
  const units = ['byte', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const text = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${lang === 'vi' ? text.replace('.', ',') : text} ${units[unit]}`;
}
