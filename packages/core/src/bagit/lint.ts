import type { Finding } from '../findings.js';
import { parseOxum } from './bag-info.js';
import { BAG_CODES as C, bagError, bagWarning } from './codes.js';
import type { BagEntry } from './disk-index.js';
import { WEAK_ALGORITHMS, type BagAlgorithm, type ManifestEntry } from './manifest.js';
import { isOsSpecificFile, nfcKey } from './paths.js';

/** Payload-Oxum (`octets.streams`) against the payload files on disk: the cheap "quick verify". */
export function checkPayloadOxum(payload: readonly BagEntry[], values: readonly string[], infoFile: string): Finding[] {
  if (values.length === 0)
    return [bagWarning(C.oxumMissing, 'Thiếu Payload-Oxum trong bag-info.txt', 'bag-info.txt has no Payload-Oxum', infoFile)];
  const octets = payload.reduce((sum, f) => sum + f.size, 0);
  const streams = payload.length;
  const findings: Finding[] = [];
  for (const value of values) {
    const oxum = parseOxum(value);
    if (!oxum)
      findings.push(
        bagError(
          C.oxumSyntax,
          `Payload-Oxum sai dạng "số-byte.số-tệp": ${JSON.stringify(value)}`,
          `malformed Payload-Oxum: ${JSON.stringify(value)}`,
          infoFile,
        ),
      );
    else if (oxum.octets !== octets || oxum.streams !== streams)
      findings.push(
        bagError(
          C.oxum,
          `Payload-Oxum ${value} khác với thư mục data/: ${octets} byte, ${streams} tệp`,
          `Payload-Oxum ${value} differs from data/: ${octets} octets, ${streams} files`,
          infoFile,
        ),
      );
  }
  return findings;
}

interface LintManifest {
  kind: 'payload' | 'tag';
  file: string;
  algorithm?: BagAlgorithm;
  entries: ManifestEntry[];
}

/** Lint-level warnings: the bag is usable, but something will bite later. */
export function lintBag(manifests: readonly LintManifest[], payload: readonly BagEntry[]): Finding[] {
  const findings: Finding[] = [];
  const osFiles = new Set<string>();
  for (const f of payload) if (isOsSpecificFile(f.path)) osFiles.add(f.path);
  for (const m of manifests) for (const e of m.entries) if (e.path.startsWith('data/') && isOsSpecificFile(e.path)) osFiles.add(e.path);
  for (const p of [...osFiles].sort())
    findings.push(
      bagWarning(
        C.osFile,
        'Tệp rác của hệ điều hành trong phần tải (Thumbs.db, .DS_Store…)',
        'operating-system clutter in the payload (Thumbs.db, .DS_Store…)',
        p,
      ),
    );
  const nested = new Set(payload.filter((f) => f.path.endsWith('/bagit.txt')).map((f) => f.path.slice(0, -'/bagit.txt'.length)));
  for (const dir of [...nested].sort())
    findings.push(bagWarning(C.bagInBag, 'Phần tải chứa một túi BagIt khác', 'the payload holds another BagIt bag', dir));
  if (!manifests.some((m) => m.kind === 'tag'))
    findings.push(
      bagWarning(C.noTagManifest, 'Không có tệp kê khai thẻ (tagmanifest-<thuật toán>.txt)', 'no tag manifest (tagmanifest-<alg>.txt)'),
    );
  const payloadAlgs = manifests.filter((m) => m.kind === 'payload' && m.algorithm).map((m) => m.algorithm!);
  if (payloadAlgs.length > 0 && payloadAlgs.every((a) => WEAK_ALGORITHMS.includes(a)))
    findings.push(
      bagWarning(
        C.weakAlgorithm,
        `Chỉ dùng thuật toán băm yếu (${payloadAlgs.join(', ')}); nên dùng sha256 hoặc sha512`,
        `only weak digest algorithms (${payloadAlgs.join(', ')}); use sha256 or sha512`,
      ),
    );
  for (const kind of ['payload', 'tag'] as const) {
    // Only manifests we can read count: an unsupported one is reported on its own.
    const sets = manifests
      .filter((m) => m.kind === kind && m.algorithm)
      .map((m) => ({ file: m.file, paths: new Set(m.entries.map((e) => nfcKey(e.path))) }));
    const first = sets[0];
    for (const other of sets.slice(1))
      if (other.paths.size !== first!.paths.size || [...other.paths].some((p) => !first!.paths.has(p)))
        findings.push(
          bagWarning(
            C.manifestSetsDiffer,
            `${other.file} liệt kê tập tệp khác với ${first!.file}`,
            `${other.file} lists a different set of files than ${first!.file}`,
            other.file,
          ),
        );
  }
  return findings;
}
