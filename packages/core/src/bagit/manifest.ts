import type { Finding } from '../findings.js';
import { BAG_CODES as C, bagError, bagWarning } from './codes.js';
import { checkBagPath, decodeBagPath, encodeBagPath } from './paths.js';
import { splitLines } from './text.js';

/** Algorithms we verify (node:crypto names), with their hex digest lengths. */
export const BAG_ALGORITHMS = { md5: 32, sha1: 40, sha224: 56, sha256: 64, sha384: 96, sha512: 128 } as const;
export type BagAlgorithm = keyof typeof BAG_ALGORITHMS;
export const WEAK_ALGORITHMS: readonly BagAlgorithm[] = ['md5', 'sha1'];

export function isBagAlgorithm(name: string): name is BagAlgorithm {
  return Object.prototype.hasOwnProperty.call(BAG_ALGORITHMS, name);
}

export interface ManifestName {
  kind: 'payload' | 'tag';
  /** As written in the file name. */
  algorithmName: string;
  /** The supported algorithm it names (case-insensitive), if any. */
  algorithm?: BagAlgorithm;
}

/** `manifest-<alg>.txt` / `tagmanifest-<alg>.txt` at the bag root. */
export function parseManifestName(fileName: string): ManifestName | undefined {
  const m = /^(tag)?manifest-(.+)\.txt$/.exec(fileName);
  if (!m) return undefined;
  const lower = m[2]!.toLowerCase();
  const algorithm = isBagAlgorithm(lower) ? lower : undefined;
  return algorithm
    ? { kind: m[1] ? 'tag' : 'payload', algorithmName: m[2]!, algorithm }
    : { kind: m[1] ? 'tag' : 'payload', algorithmName: m[2]! };
}

export interface ManifestEntry {
  /** Lower-case hex. */
  digest: string;
  /** Decoded, checked, without a leading `./`. */
  path: string;
  line: number;
}

export interface ParsedManifest {
  entries: ManifestEntry[];
  findings: Finding[];
}

/**
 * One manifest: `digest<one or more spaces or tabs>path` per line (RFC 8493 §2.1.3). The md5sum
 * binary marker (`digest *path`) is accepted with a warning; unsafe paths are refused.
 */
export function parseManifest(text: string, fileName: string, algorithm?: BagAlgorithm): ParsedManifest {
  const entries: ManifestEntry[] = [];
  const findings: Finding[] = [];
  let dotSlash = 0;
  let marker = 0;
  for (const [i, line] of splitLines(text).entries()) {
    if (line.trim() === '') continue;
    const m = /^([0-9A-Za-z]+)[ \t]+(.*)$/.exec(line);
    if (!m || m[2] === '') {
      findings.push(
        bagError(
          C.manifestSyntax,
          `${fileName} dòng ${i + 1} sai cú pháp: ${JSON.stringify(line)}`,
          `line ${i + 1} is malformed`,
          fileName,
        ),
      );
      continue;
    }
    const digest = m[1]!.toLowerCase();
    const expectedLength = algorithm ? BAG_ALGORITHMS[algorithm] : undefined;
    if (!/^[0-9a-f]+$/.test(digest) || (expectedLength !== undefined && digest.length !== expectedLength)) {
      findings.push(
        bagError(
          C.manifestSyntax,
          `${fileName} dòng ${i + 1}: giá trị băm không hợp lệ ${JSON.stringify(m[1])}`,
          `line ${i + 1}: invalid digest ${JSON.stringify(m[1])}`,
          fileName,
        ),
      );
      continue;
    }
    let raw = m[2]!;
    if (raw.startsWith('*')) {
      raw = raw.slice(1);
      marker++;
    }
    const checked = checkBagPath(decodeBagPath(raw));
    if (!checked.ok) {
      findings.push(
        bagError(
          C.unsafePath,
          `${fileName} dòng ${i + 1}: đường dẫn bị từ chối, ${checked.reason}: ${JSON.stringify(raw)}`,
          `line ${i + 1}: path refused, ${checked.reasonEn}: ${JSON.stringify(raw)}`,
          fileName,
        ),
      );
      continue;
    }
    if (checked.leadingDotSlash) dotSlash++;
    entries.push({ digest, path: checked.path, line: i + 1 });
  }
  if (dotSlash > 0)
    findings.push(
      bagWarning(C.leadingDotSlash, `${fileName}: ${dotSlash} đường dẫn bắt đầu bằng "./"`, `${dotSlash} paths start with "./"`, fileName),
    );
  if (marker > 0)
    findings.push(
      bagWarning(
        C.md5sumMarker,
        `${fileName}: ${marker} dòng có dấu "*" của md5sum (chế độ nhị phân)`,
        `${marker} lines carry the md5sum binary-mode "*" marker`,
        fileName,
      ),
    );
  return { entries, findings };
}

/** Writes a manifest: sorted by path, two spaces, paths percent-encoded. */
export function formatManifest(entries: ReadonlyArray<{ path: string; digest: string }>): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.digest}  ${encodeBagPath(e.path)}\n`)
    .join('');
}
