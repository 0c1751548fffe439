import type { Finding } from '../findings.js';
import type { Hasher } from '../ports/bytes.js';
import { ocflFinding } from './codes.js';
import { normalizeDigest } from './digests.js';
import { parseInventory, type Inventory, type OcflSpecVersion, type ParsedInventory } from './inventory.js';
import { checkSidecar, isFile, joinPath } from './sidecar.js';
import type { OcflTree } from './storage.js';

/** content path → algorithm → digests recorded for it (normalised), from any inventory. */
export type DigestRecord = Map<string, Map<string, Set<string>>>;

export function recordDigests(record: DigestRecord, algorithm: string, block: Record<string, string[]>): void {
  for (const [digest, paths] of Object.entries(block)) {
    for (const path of paths) {
      const byAlg = record.get(path) ?? new Map<string, Set<string>>();
      record.set(path, byAlg);
      const set = byAlg.get(algorithm) ?? new Set<string>();
      byAlg.set(algorithm, set);
      set.add(normalizeDigest(digest));
    }
  }
}

export interface VersionInventoriesResult {
  findings: Finding[];
  /** version dir → the sidecar file name expected there */
  sidecars: Map<string, string>;
  /** digests stated by earlier inventories' manifests and fixity blocks */
  prior: { manifest: DigestRecord; fixity: DigestRecord };
}

/**
 * Checks the inventory in every version directory (spec 3.5.5): W010 when absent, E064 for the head
 * copy, and for earlier ones: own validity, sidecar, id (E037), content directory (E019/E020),
 * spec version order (E103), manifests kept (E023) and same history as the root (E066/W011).
 */
export async function checkVersionInventories(
  tree: OcflTree,
  hasher: Hasher,
  root: ParsedInventory & { inventory: Inventory },
  rootSpec: OcflSpecVersion,
  versionDirs: string[],
): Promise<VersionInventoriesResult> {
  const findings: Finding[] = [];
  const sidecars = new Map<string, string>();
  const prior = { manifest: new Map() as DigestRecord, fixity: new Map() as DigestRecord };
  const head = root.inventory.head;
  let previousSpec: OcflSpecVersion = '1.0';
  let previousPaths = new Set<string>();
  for (const dir of versionDirs) {
    const path = joinPath(dir, 'inventory.json');
    if (!(await isFile(tree, dir, 'inventory.json'))) {
      findings.push(ocflFinding('W010', 'Thư mục phiên bản không có inventory riêng', dir));
      continue;
    }
    const bytes = await tree.readFile(path);
    if (dir === head) {
      // The head copy must be byte-identical to the root inventory; it is then already validated.
      const rootBytes = await tree.readFile('inventory.json');
      if (!sameBytes(bytes, rootBytes)) {
        findings.push(ocflFinding('E064', 'Inventory của phiên bản mới nhất khác inventory ở gốc đối tượng', path));
      }
      const sidecar = await checkSidecar(tree, dir, root.inventory.digestAlgorithm, bytes, hasher);
      findings.push(...sidecar.findings);
      sidecars.set(dir, sidecar.name);
      if (previousSpec > rootSpec) findings.push(ocflFinding('E103', 'Phiên bản dùng đặc tả OCFL cũ hơn phiên bản trước', dir));
      continue;
    }
    const parsed = parseInventory(bytes, { versionDir: dir, path });
    findings.push(...parsed.findings);
    if (!parsed.inventory) continue;
    const inv = parsed.inventory;
    const sidecar = await checkSidecar(tree, dir, inv.digestAlgorithm, bytes, hasher);
    findings.push(...sidecar.findings);
    sidecars.set(dir, sidecar.name);
    if (parsed.specVersion < previousSpec || parsed.specVersion > rootSpec) {
      findings.push(ocflFinding('E103', 'Phiên bản dùng đặc tả OCFL cũ hơn phiên bản trước', path, parsed.specVersion));
    }
    previousSpec = parsed.specVersion;
    if (inv.id !== '' && root.inventory.id !== '' && inv.id !== root.inventory.id) {
      findings.push(ocflFinding('E037', 'Định danh đối tượng thay đổi giữa các phiên bản', path, `${inv.id} ≠ ${root.inventory.id}`));
    }
    findings.push(...compareContentDirectory(inv, root.inventory, dir, versionDirs[0] === dir, rootSpec));
    const paths = new Set(Object.values(inv.manifest).flat());
    const lost = [...previousPaths].filter((p) => !paths.has(p));
    if (lost.length > 0)
      findings.push(ocflFinding('E023', 'Manifest của phiên bản sau thiếu tệp nội dung đã có trước đó', path, lost.join(', ')));
    previousPaths = paths;
    findings.push(...compareWithRoot(inv, root.inventory, path));
    recordDigests(prior.manifest, inv.digestAlgorithm, inv.manifest);
    for (const [alg, block] of Object.entries(inv.fixity ?? {})) recordDigests(prior.fixity, alg, block);
  }
  return { findings, sidecars, prior };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((x, i) => x === b[i]);
}

function compareContentDirectory(inv: Inventory, root: Inventory, dir: string, first: boolean, spec: OcflSpecVersion): Finding[] {
  const out: Finding[] = [];
  const path = joinPath(dir, 'inventory.json');
  const here = inv.contentDirectory ?? 'content';
  const there = root.contentDirectory ?? 'content';
  if (first && here !== there)
    out.push(ocflFinding('E019', 'Thư mục nội dung phải được đặt từ phiên bản đầu tiên', path, `${here} ≠ ${there}`));
  if (inv.contentDirectory !== undefined && here !== there) {
    out.push(ocflFinding(spec === '1.0' ? 'E019' : 'E020', 'Thư mục nội dung thay đổi giữa các phiên bản', path, `${here} ≠ ${there}`));
  }
  return out;
}

/** logical path → content paths, for one version of an inventory. */
function logicalMap(inv: Inventory, version: string): Map<string, { digest: string; files: Set<string> }> {
  const map = new Map<string, { digest: string; files: Set<string> }>();
  for (const [digest, paths] of Object.entries(inv.versions[version]?.state ?? {})) {
    const files = new Set(inv.manifest[digest] ?? []);
    for (const p of paths) map.set(p, { digest: normalizeDigest(digest), files });
  }
  return map;
}

/**
 * An earlier inventory must describe the same history as the root for the versions it holds (E066).
 * Where both use one digest algorithm digests must agree; otherwise logical paths are compared through
 * the content paths they point to.
 */
function compareWithRoot(prior: Inventory, root: Inventory, path: string): Finding[] {
  const out: Finding[] = [];
  const sameAlgorithm = prior.digestAlgorithm === root.digestAlgorithm;
  for (const [name, version] of Object.entries(prior.versions)) {
    const current = root.versions[name];
    if (!current) {
      out.push(ocflFinding('E066', 'Inventory cũ có phiên bản không có trong inventory gốc', path, name));
      continue;
    }
    const before = logicalMap(prior, name);
    const now = logicalMap(root, name);
    const differing: string[] = [];
    for (const key of new Set([...before.keys(), ...now.keys()])) {
      const a = before.get(key);
      const b = now.get(key);
      const same = a && b && (sameAlgorithm ? a.digest === b.digest : [...a.files].every((f) => b.files.has(f)));
      if (!same) differing.push(key);
    }
    if (differing.length > 0) {
      out.push(ocflFinding('E066', `Trạng thái phiên bản ${name} khác với inventory gốc`, path, differing.join(', ')));
    }
    const same =
      version.created === current.created &&
      version.message === current.message &&
      version.user?.name === current.user?.name &&
      version.user?.address === current.user?.address;
    if (!same) out.push(ocflFinding('W011', `Thông tin created/message/user của phiên bản ${name} khác inventory gốc`, path));
  }
  return out;
}
