/**
 * The name of an exported zip, from the file code a person knows (`H49.64.33.2001.160.zip`), not
 * the package's `urn:uuid:…`. NFC (macOS and Windows agree on Vietnamese letters); characters no
 * file system takes (`/ \ : * ? " < > |`, controls) become `_`; no trailing dot or space
 * (Windows); no `..` path step; at most 120 characters (long paths on Windows).
 */
export function exportFileStem(code: string): string {
  const cleaned = code
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '_')
    .replace(/^\.+/, '_')
    .replace(/[. ]+$/, '')
    .trim();
  const stem = [...cleaned].slice(0, 120).join('');
  return stem === '' ? 'ho-so' : stem;
}
