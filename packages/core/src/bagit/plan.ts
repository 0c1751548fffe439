import type { Finding } from '../findings.js';
import { bagInfoValues, parseBagInfo, type BagInfoEntry } from './bag-info.js';
import { parseBagitTxt, versionAtLeast, type BagDeclaration } from './bagit-txt.js';
import { BAG_CODES as C, bagError, bagWarning } from './codes.js';
import { DiskIndex, type BagEntry } from './disk-index.js';
import { parseFetch, type FetchEntry } from './fetch.js';
import { lintBag, checkPayloadOxum } from './lint.js';
import { parseManifest, parseManifestName, type BagAlgorithm, type ManifestEntry, type ManifestName } from './manifest.js';
import { caseKey, nfcKey } from './paths.js';
import { decodeTagText, type TagEncoding } from './text.js';

/** What the I/O side hands over: the walk, and the bytes of the root tag files it was asked for. */
export interface BagSnapshot {
  entries: readonly BagEntry[];
  tagFiles: ReadonlyMap<string, Uint8Array>;
}

/** The root files whose bytes the validator needs (small text files; payload is only hashed). */
export function isRootTagFileToRead(name: string): boolean {
  return ['bagit.txt', 'bag-info.txt', 'package-info.txt', 'fetch.txt'].includes(name) || parseManifestName(name) !== undefined;
}

export interface ParsedManifestFile extends ManifestName {
  file: string;
  entries: ManifestEntry[];
  /** NFC keys of the disk files its entries resolved to. */
  covered: Set<string>;
}

export interface DigestCheck {
  manifest: string;
  algorithm: BagAlgorithm;
  diskPath: string;
  expected: string;
}

export interface BagPlan {
  declaration?: BagDeclaration;
  info: BagInfoEntry[];
  manifests: ParsedManifestFile[];
  fetch: FetchEntry[];
  hasFetch: boolean;
  rootFiles: string[];
  findings: Finding[];
  checks: DigestCheck[];
  /** Disk path → the algorithms to compute over it, so each file is read once. */
  hashes: Map<string, Set<BagAlgorithm>>;
}

/** Everything that can be decided before reading payload bytes; `judgeDigests` finishes the job. */
export function planBagValidation(snapshot: BagSnapshot): BagPlan {
  const disk = new DiskIndex(snapshot.entries);
  const rootFiles = disk.files.filter((f) => !f.path.includes('/')).map((f) => f.path);
  const plan: BagPlan = {
    info: [],
    manifests: [],
    fetch: [],
    hasFetch: false,
    rootFiles,
    findings: [...disk.findings],
    checks: [],
    hashes: new Map(),
  };
  const bagitBytes = snapshot.tagFiles.get('bagit.txt');
  if (!bagitBytes) {
    plan.findings.push(bagError(C.noBagitTxt, 'Không có bagit.txt: đây không phải một túi BagIt', 'no bagit.txt: not a BagIt bag'));
    return plan;
  }
  const declaration = parseBagitTxt(bagitBytes);
  plan.declaration = declaration;
  plan.findings.push(...declaration.findings);
  if (!disk.dirs.has('data'))
    plan.findings.push(bagError(C.noDataDir, 'Thiếu thư mục tải data/', 'the payload directory data/ is missing'));
  const encoding: TagEncoding = declaration.encoding ?? 'utf-8';
  const text = (name: string): string | undefined => {
    const bytes = snapshot.tagFiles.get(name);
    if (!bytes) return undefined;
    try {
      return decodeTagText(bytes, encoding);
    } catch {
      plan.findings.push(
        bagError(
          C.tagDecode,
          `Không giải mã được theo bảng mã ${declaration.encodingName ?? 'UTF-8'}`,
          'cannot be decoded in the declared encoding',
          name,
        ),
      );
      return undefined;
    }
  };
  const infoName = snapshot.tagFiles.has('bag-info.txt')
    ? 'bag-info.txt'
    : snapshot.tagFiles.has('package-info.txt')
      ? 'package-info.txt'
      : undefined;
  const infoText = infoName ? text(infoName) : undefined;
  if (infoName && infoText !== undefined) {
    const info = parseBagInfo(infoText, infoName);
    plan.info = info.entries;
    plan.findings.push(...info.findings);
  }
  readManifests(plan, snapshot, disk, text, versionAtLeast(declaration.versionNumber, 1, 0));
  const fetchText = text('fetch.txt');
  plan.hasFetch = snapshot.tagFiles.has('fetch.txt');
  if (fetchText !== undefined) checkFetch(plan, fetchText, disk);
  checkCompleteness(plan, disk);
  plan.findings.push(...checkPayloadOxum(disk.payloadFiles, bagInfoValues(plan.info, 'Payload-Oxum'), infoName ?? 'bag-info.txt'));
  plan.findings.push(...lintBag(plan.manifests, disk.payloadFiles));
  return plan;
}

function readManifests(plan: BagPlan, snapshot: BagSnapshot, disk: DiskIndex, text: (n: string) => string | undefined, v1: boolean): void {
  const names = [...snapshot.tagFiles.keys()].filter((n) => parseManifestName(n)).sort();
  for (const file of names) {
    const name = parseManifestName(file)!;
    if (name.algorithm === undefined)
      plan.findings.push(
        bagError(
          C.algorithmUnsupported,
          `Thuật toán băm không hỗ trợ: ${name.algorithmName}`,
          `unsupported digest algorithm: ${name.algorithmName}`,
          file,
        ),
      );
    if (name.algorithm !== name.algorithmName)
      plan.findings.push(
        bagWarning(
          C.algorithmNonStandard,
          `Tên thuật toán không chuẩn: ${name.algorithmName}`,
          `non-standard algorithm name: ${name.algorithmName}`,
          file,
        ),
      );
    const body = text(file);
    if (body === undefined) continue;
    const parsed = parseManifest(body, file, name.algorithm);
    plan.findings.push(...parsed.findings);
    const entries = dedupe(parsed.entries, file, v1, plan.findings);
    const listed = new Set(entries.map((e) => nfcKey(e.path)));
    warnCaseVariants(entries, file, plan.findings);
    const manifest: ParsedManifestFile = { ...name, file, entries, covered: new Set() };
    plan.manifests.push(manifest);
    const normalisedSeen = new Set<string>();
    for (const e of entries) {
      if (name.kind === 'payload' && !e.path.startsWith('data/'))
        plan.findings.push(
          bagWarning(
            C.payloadManifestTagFile,
            `Tệp kê khai tải liệt kê tệp ngoài data/: ${e.path}`,
            `payload manifest lists a file outside data/: ${e.path}`,
            file,
          ),
        );
      const hit = disk.resolve(e.path, listed);
      if (!hit) {
        const kind = name.kind === 'payload' ? 'tệp tải' : 'tệp thẻ';
        plan.findings.push(bagError(C.missingFile, `Thiếu ${kind} có trong ${file}`, `file listed in ${file} is missing`, e.path));
        continue;
      }
      if (hit.via === 'nfc' && !normalisedSeen.has(e.path)) {
        normalisedSeen.add(e.path);
        plan.findings.push(
          bagWarning(
            C.normalization,
            `${file} ghi tên ở dạng chuẩn hoá Unicode khác với tên trên đĩa ${JSON.stringify(hit.file.path)}`,
            `${file} spells the name in another Unicode normalisation than the disk (${JSON.stringify(hit.file.path)})`,
            e.path,
          ),
        );
      }
      manifest.covered.add(nfcKey(hit.file.path));
      if (!name.algorithm) continue;
      plan.checks.push({ manifest: file, algorithm: name.algorithm, diskPath: hit.file.path, expected: e.digest });
      plan.hashes.set(hit.file.path, (plan.hashes.get(hit.file.path) ?? new Set()).add(name.algorithm));
    }
  }
  if (!plan.manifests.some((m) => m.kind === 'payload') && !names.some((n) => parseManifestName(n)!.kind === 'payload'))
    plan.findings.push(
      bagError(C.noManifest, 'Không có tệp kê khai tải (manifest-<thuật toán>.txt)', 'no payload manifest (manifest-<alg>.txt)'),
    );
}

/** The same path listed twice: a conflict is always an error; a repeat is an error from BagIt 1.0 on. */
function dedupe(entries: ManifestEntry[], file: string, v1: boolean, findings: Finding[]): ManifestEntry[] {
  const byKey = new Map<string, ManifestEntry[]>();
  for (const e of entries) byKey.set(nfcKey(e.path), [...(byKey.get(nfcKey(e.path)) ?? []), e]);
  const kept: ManifestEntry[] = [];
  for (const group of byKey.values()) {
    const digests = new Set(group.map((e) => e.digest));
    if (group.length > 1 && digests.size > 1)
      findings.push(
        bagError(
          C.duplicateConflict,
          `${file} liệt kê tệp ${group.length} lần với giá trị băm khác nhau`,
          `${file} lists the file ${group.length} times with different digests`,
          group[0]!.path,
        ),
      );
    else if (group.length > 1) {
      const vi = `${file} liệt kê tệp ${group.length} lần (dòng ${group.map((e) => e.line).join(', ')})`;
      const en = `${file} lists the file ${group.length} times (lines ${group.map((e) => e.line).join(', ')})`;
      findings.push(v1 ? bagError(C.duplicateEntry, vi, en, group[0]!.path) : bagWarning(C.duplicateEntry, vi, en, group[0]!.path));
    }
    const seen = new Set<string>();
    for (const e of group) {
      if (seen.has(e.digest)) continue;
      seen.add(e.digest);
      kept.push(e);
    }
  }
  return kept;
}

function warnCaseVariants(entries: ManifestEntry[], file: string, findings: Finding[]): void {
  const byCase = new Map<string, Set<string>>();
  for (const e of entries) byCase.set(caseKey(e.path), (byCase.get(caseKey(e.path)) ?? new Set()).add(nfcKey(e.path)));
  for (const names of byCase.values())
    if (names.size > 1)
      findings.push(
        bagWarning(
          C.caseCollision,
          `${file} có các tên chỉ khác chữ hoa/thường: ${[...names].join(', ')} (trùng nhau trên Windows/macOS)`,
          `${file} lists names that differ only in case: ${[...names].join(', ')} (one file on Windows/macOS)`,
          [...names][0],
        ),
      );
}

function checkFetch(plan: BagPlan, text: string, disk: DiskIndex): void {
  const parsed = parseFetch(text);
  plan.fetch = parsed.entries;
  plan.findings.push(...parsed.findings);
  const payload = plan.manifests.filter((m) => m.kind === 'payload');
  for (const f of parsed.entries) {
    if (!disk.resolve(f.path))
      plan.findings.push(
        bagError(
          C.fetchUnresolved,
          'Tệp trong fetch.txt chưa có trong túi (DuPhong không tải về)',
          'file listed in fetch.txt is not in the bag (DuPhong never fetches)',
          f.path,
        ),
      );
    for (const m of payload)
      if (!m.entries.some((e) => nfcKey(e.path) === nfcKey(f.path)))
        plan.findings.push(
          bagError(
            C.fetchNotInManifest,
            `Tệp trong fetch.txt không có trong ${m.file}`,
            `file listed in fetch.txt is not in ${m.file}`,
            f.path,
          ),
        );
  }
}

/** Every payload file must be listed in every payload manifest. */
function checkCompleteness(plan: BagPlan, disk: DiskIndex): void {
  const payload = plan.manifests.filter((m) => m.kind === 'payload');
  if (payload.length === 0) return;
  for (const f of disk.payloadFiles) {
    const missingFrom = payload.filter((m) => !m.covered.has(nfcKey(f.path))).map((m) => m.file);
    if (missingFrom.length > 0)
      plan.findings.push(
        bagError(
          C.notInManifest,
          `Tệp tải không có trong ${missingFrom.join(', ')}`,
          `payload file not listed in ${missingFrom.join(', ')}`,
          f.path,
        ),
      );
  }
}

/** Compares the computed digests with the manifests. `unreadable` maps a path to the read error. */
export function judgeDigests(
  plan: BagPlan,
  digests: ReadonlyMap<string, ReadonlyMap<BagAlgorithm, string>>,
  unreadable: ReadonlyMap<string, string> = new Map(),
): Finding[] {
  const findings: Finding[] = [];
  for (const [path, why] of unreadable)
    findings.push(bagError(C.unreadable, `Không đọc được tệp: ${why}`, `cannot read the file: ${why}`, path));
  for (const c of plan.checks) {
    if (unreadable.has(c.diskPath)) continue;
    const actual = digests.get(c.diskPath)?.get(c.algorithm);
    if (actual === undefined)
      findings.push(bagError(C.unreadable, `Chưa tính được ${c.algorithm} của tệp`, `no ${c.algorithm} digest was computed`, c.diskPath));
    else if (actual !== c.expected)
      findings.push(
        bagError(
          C.checksum,
          `Giá trị ${c.algorithm} khác với ${c.manifest}`,
          `${c.algorithm} digest differs from ${c.manifest} (expected ${c.expected}, got ${actual})`,
          c.diskPath,
        ),
      );
  }
  return findings;
}
