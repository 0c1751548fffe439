import type { Finding } from '../findings.js';
import { ocflFinding } from './codes.js';
import { isComputable, normalizeDigest } from './digests.js';
import type { Inventory } from './inventory.js';
import type { DigestRecord } from './object-versions.js';
import { recordDigests } from './object-versions.js';
import { joinPath } from './sidecar.js';
import type { OcflTree } from './storage.js';

/** Collects files under `dir`; reports empty directories (E024) and links/devices (E090). */
async function walk(tree: OcflTree, dir: string, files: string[], findings: Finding[]): Promise<void> {
  for (const entry of (await tree.readDir(dir)) ?? []) {
    const path = joinPath(dir, entry.name);
    if (entry.kind === 'file') files.push(path);
    else if (entry.kind === 'other')
      findings.push(ocflFinding('E090', 'Liên kết hoặc tệp đặc biệt không được phép trong đối tượng OCFL', path));
    else {
      const children = (await tree.readDir(path)) ?? [];
      if (children.length === 0) findings.push(ocflFinding('E024', 'Thư mục rỗng trong thư mục nội dung', path));
      else await walk(tree, path, files, findings);
    }
  }
}

/**
 * Checks each version directory's children (E015 stray files, W002 extra dirs, W003 empty content
 * directory, E024, E090) and returns the content files found.
 */
export async function checkVersionDirs(
  tree: OcflTree,
  contentDir: string,
  versionDirs: string[],
  sidecars: ReadonlyMap<string, string>,
): Promise<{ findings: Finding[]; files: Set<string> }> {
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const dir of versionDirs) {
    for (const entry of (await tree.readDir(dir)) ?? []) {
      const path = joinPath(dir, entry.name);
      if (entry.kind === 'file' && (entry.name === 'inventory.json' || entry.name === sidecars.get(dir))) continue;
      if (entry.kind === 'other')
        findings.push(ocflFinding('E090', 'Liên kết hoặc tệp đặc biệt không được phép trong đối tượng OCFL', path));
      else if (entry.kind === 'file') findings.push(ocflFinding('E015', 'Tệp không được phép nằm trực tiếp trong thư mục phiên bản', path));
      else if (entry.name !== contentDir)
        findings.push(ocflFinding('W002', 'Thư mục phiên bản có thư mục khác ngoài thư mục nội dung', path));
      else {
        const files: string[] = [];
        await walk(tree, path, files, findings);
        if (files.length === 0) findings.push(ocflFinding('W003', 'Thư mục nội dung của phiên bản không có tệp nào', path));
        for (const f of files) seen.add(f);
      }
    }
  }
  return { findings, files: seen };
}

/**
 * Compares content files with the manifest both ways (E023, E092), then the digests of every file
 * with the root manifest, the root fixity block and earlier inventories (E092, E093), hashing each
 * file once per algorithm.
 */
export async function checkContent(
  tree: OcflTree,
  inv: Inventory,
  files: ReadonlySet<string>,
  prior: { manifest: DigestRecord; fixity: DigestRecord },
  digestContent: boolean,
): Promise<Finding[]> {
  const findings: Finding[] = [];
  const seen = new Set(files);
  const rootManifest: DigestRecord = new Map();
  recordDigests(rootManifest, inv.digestAlgorithm, inv.manifest);
  const rootFixity: DigestRecord = new Map();
  for (const [alg, block] of Object.entries(inv.fixity ?? {})) recordDigests(rootFixity, alg, block);
  // Manifest digests (of any inventory) that disagree with the file → E092; fixity values → E093.
  const sources: Array<[DigestRecord, string]> = [
    [rootManifest, 'E092'],
    [rootFixity, 'E093'],
    [prior.manifest, 'E092'],
    [prior.fixity, 'E093'],
  ];
  const fixityPaths = new Set(Object.values(inv.fixity ?? {}).flatMap((b) => Object.values(b).flat()));
  for (const path of Object.values(inv.manifest).flat()) {
    if (!seen.has(path)) {
      findings.push(ocflFinding('E092', 'Tệp có trong manifest nhưng không tồn tại', path));
      if (fixityPaths.has(path)) findings.push(ocflFinding('E093', 'Tệp có trong khối fixity nhưng không tồn tại', path));
      continue;
    }
    seen.delete(path);
    if (digestContent) findings.push(...(await checkDigests(tree, path, sources)));
  }
  for (const path of [...seen].sort()) findings.push(ocflFinding('E023', 'Tệp nội dung không có trong manifest', path));
  return findings;
}

async function checkDigests(tree: OcflTree, path: string, sources: Array<[DigestRecord, string]>): Promise<Finding[]> {
  const out: Finding[] = [];
  const computed = new Map<string, string>();
  for (const [record, code] of sources) {
    for (const [alg, digests] of record.get(path) ?? []) {
      if (!isComputable(alg)) continue; // unsupported optional fixity algorithms are ignored (E028)
      let value = computed.get(alg);
      if (value === undefined) {
        value = normalizeDigest(await tree.digest(path, alg));
        computed.set(alg, value);
      }
      for (const digest of digests) {
        if (digest !== value) out.push(ocflFinding(code, `Giá trị băm ${alg} của tệp không khớp`, path, `${digest} ≠ ${value}`));
      }
    }
  }
  return out;
}
