import { packageFinding, type PackageFinding } from './report.js';

const MAX_LISTED = 100;

/**
 * Files that no METS accounts for (no mdRef or FLocat points at them, and they are not a METS the
 * validator reads). Such a file has no checksum and no description, so nobody can tell a smuggled
 * or forgotten file from a real one. Inside the package's folders (metadata/, representations/,
 * schemas/, documentation/…) that is an error; directly at the package root (RODA's `aip.json`,
 * CSIPSTR14's "additional content") a warning. `files` and `referenced` are full entry paths
 * (`prefix` included); `referenced` is NFC-normalised.
 */
export function checkUnreferenced(files: readonly string[], referenced: ReadonlySet<string>, prefix: string): PackageFinding[] {
  const out: PackageFinding[] = [];
  let more = 0;
  for (const path of files) {
    const rel = path.slice(prefix.length);
    if (rel === 'METS.xml' || referenced.has(path.normalize('NFC'))) continue;
    if (out.length >= MAX_LISTED) {
      more++;
      continue;
    }
    const inFolder = rel.includes('/');
    out.push(
      packageFinding(
        'DP-PKG-FILE-UNREFERENCED',
        inFolder ? 'error' : 'warning',
        `Tệp không được METS nào tham chiếu (không có giá trị băm, không mô tả) / file not referenced by any METS: ${rel}`,
        path,
      ),
    );
  }
  if (more > 0)
    out.push(packageFinding('DP-PKG-FILE-UNREFERENCED', 'error', `… và ${more} tệp khác không được METS tham chiếu`, prefix || undefined));
  return out;
}
